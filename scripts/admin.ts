// Administration for headless deployments. Each command prints exactly one JSON object on stdout;
// errors go to stderr as one line, exit 1. Everything it changes is in the audit log, by "admin CLI".
//   npm run admin -- create-user --email E --name N [--role admin] [--api-key]   → { "userId", "apiKey"? }
//   npm run admin -- deactivate-user --email E        → { "userId", "email", "deactivatedAt", "sessionsRevoked" }
//   npm run admin -- reactivate-user --email E        → { "userId", "email", "deactivatedAt": null }
//   npm run admin -- reset-link --email E [--base-url URL]   → { "url", "expiresAt" }
//   npm run admin -- rebuild-read-models               → { "questions", "forecasts" }
//     (recomputes crowd series, latest forecasts and counts from the forecast log; progress on stderr)
//     (the link's origin: --base-url, else PUBLIC_URL, else BETTER_AUTH_URL, else http://localhost:3000)
//   npm run admin -- export --out FILE   → { "file", "exportedAt", "rows" }  the whole install (gzip for .gz)
//   npm run admin -- import FILE         → { "file", "exportedAt", "rows" }  into an empty, migrated database
//   npm run admin -- backup FILE         → { "file", "pages" }  a consistent copy of a live SQLite database
import { parseArgs } from "node:util";
import { ADMIN_CLI_ACTOR } from "../lib/audit/record";
import { createApiKey } from "../lib/auth/api-keys";
import { createDb, type Db } from "../lib/db/client";
import { DatabaseConfigError, resolveDatabaseConfig } from "../lib/db/config";
import { PrepareError, prepareDatabase } from "../lib/db/prepare";
import { applyMigrations, summarizeCliFailure } from "../lib/db/migrations";
import { backupSqlite, exportToFile, importFromFile } from "../lib/backup/commands";
import { BackupLoadError } from "../lib/backup/load";
import { rebuildAllReadModels } from "../lib/forecasts/read-model";
import { AppError } from "../lib/errors";
import { ADMIN_CLI } from "../lib/users/access";
import { createUser } from "../lib/users/create-user";
import { deactivateUser, reactivateUser } from "../lib/users/deactivate";
import { issuePasswordResetLink } from "../lib/users/password-reset";

const USAGE = [
  "usage: npm run admin -- create-user --email E --name N [--role admin|user] [--api-key]",
  "       npm run admin -- deactivate-user --email E",
  "       npm run admin -- reactivate-user --email E",
  "       npm run admin -- reset-link --email E [--base-url URL]",
  "       npm run admin -- rebuild-read-models",
  "       npm run admin -- export --out FILE[.gz]",
  "       npm run admin -- import FILE[.gz]",
  "       npm run admin -- backup FILE",
].join("\n");

type Values = { email?: string; name?: string; role?: string; "api-key"?: boolean; "base-url"?: string };

const OPTIONS = {
  "create-user": {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string" },
    "api-key": { type: "boolean", default: false },
  },
  "deactivate-user": { email: { type: "string" } },
  "reactivate-user": { email: { type: "string" } },
  "reset-link": { email: { type: "string" }, "base-url": { type: "string" } },
  "rebuild-read-models": {},
} as const;
type Command = keyof typeof OPTIONS;

const COMMANDS: Record<Command, (db: Db, values: Values) => Promise<object>> = {
  "create-user": async (db, values) => {
    const user = await createUser(db, { email: values.email, name: values.name, role: values.role });
    const key = values["api-key"] ? await createApiKey(db, user.id, "created by npm run admin", ADMIN_CLI_ACTOR) : null;
    return { userId: user.id, ...(key ? { apiKey: key.key } : {}) };
  },
  "deactivate-user": (db, values) => deactivateUser(db, ADMIN_CLI, { email: values.email }),
  "reactivate-user": (db, values) => reactivateUser(db, ADMIN_CLI, { email: values.email }),
  "reset-link": async (db, values) => {
    const baseUrl =
      values["base-url"] ??
      (process.env.PUBLIC_URL?.trim() || process.env.BETTER_AUTH_URL?.trim() || "http://localhost:3000");
    const link = await issuePasswordResetLink(db, ADMIN_CLI, { email: values.email }, baseUrl);
    return { url: link.url, expiresAt: link.expiresAt };
  },
  "rebuild-read-models": (db) =>
    rebuildAllReadModels(db, (done, total) => {
      if (done === total || done % 100 === 0) process.stderr.write(`rebuilt ${done}/${total} questions\n`);
    }),
};

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const isCommand = (name: string | undefined): name is Command => name !== undefined && Object.hasOwn(OPTIONS, name);

const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Moving data in and out: these open the database as it is. Export and backup never seed or
 * migrate what they copy; import migrates an empty database and loads the file into it.
 */
async function fileCommand(command: string, rest: string[]): Promise<boolean> {
  if (command !== "export" && command !== "import" && command !== "backup") return false;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { out: { type: "string" } }, allowPositionals: true, strict: true });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const file = command === "export" ? parsed.values.out : parsed.positionals[0];
  if (!file) fail(`${command}: name the file${command === "export" ? " with --out FILE" : ""}\n${USAGE}`);
  let config;
  try {
    config = resolveDatabaseConfig(process.env.DATABASE_URL);
  } catch (error) {
    if (error instanceof DatabaseConfigError) fail(error.message);
    throw error;
  }
  if (command === "backup") {
    try {
      process.stdout.write(`${JSON.stringify(await backupSqlite(config, file, log))}\n`);
    } catch (error) {
      fail(`backup: ${(error as Error).message}`);
    }
    return true;
  }
  if (command === "import") {
    const migrated = applyMigrations(config);
    if (!migrated.ok) fail(`import: the database could not be migrated: ${summarizeCliFailure(migrated.output)}`);
  }
  const db = createDb(config);
  try {
    const result =
      command === "export" ? await exportToFile(db, config, file, log) : await importFromFile(db, config, file, log);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } catch (error) {
    if (error instanceof BackupLoadError || (error as NodeJS.ErrnoException).code === "ENOENT") {
      fail(`${command}: ${(error as Error).message}`);
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
  return true;
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command && (await fileCommand(command, rest))) return;
  if (!isCommand(command)) fail(USAGE);
  let values: Values;
  try {
    values = parseArgs({ args: rest, options: OPTIONS[command], strict: true }).values as Values;
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (command !== "create-user" && command !== "rebuild-read-models" && !values.email)
    fail(`${command}: --email is required\n${USAGE}`);
  let config;
  try {
    config = resolveDatabaseConfig(process.env.DATABASE_URL);
    // A headless install may create its first account before the first start: bring the database up first.
    await prepareDatabase(config, (message) => process.stderr.write(`${message}\n`));
  } catch (error) {
    if (error instanceof DatabaseConfigError || error instanceof PrepareError) fail(error.message);
    throw error;
  }
  const db = createDb(config);
  try {
    process.stdout.write(`${JSON.stringify(await COMMANDS[command](db, values))}\n`);
  } catch (error) {
    if (error instanceof AppError) fail(`${command}: ${error.message}`);
    throw error;
  } finally {
    await db.$disconnect();
  }
}

void main();
