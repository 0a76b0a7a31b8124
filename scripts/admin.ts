// Administration for headless deployments.
//   npm run admin -- create-user --email E --name N [--role admin] [--api-key]
// prints exactly one JSON object on stdout: { "userId", "apiKey"? }. Errors go to stderr, exit 1.
import { parseArgs } from "node:util";
import { createApiKey } from "../lib/auth/api-keys";
import { createDb } from "../lib/db/client";
import { DatabaseConfigError, resolveDatabaseConfig } from "../lib/db/config";
import { PrepareError, prepareDatabase } from "../lib/db/prepare";
import { AppError } from "../lib/errors";
import { createUser } from "../lib/users/create-user";

const USAGE = "usage: npm run admin -- create-user --email E --name N [--role admin|user] [--api-key]";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== "create-user") fail(USAGE);
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        "api-key": { type: "boolean", default: false },
      },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
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
    const user = await createUser(db, { email: values.email, name: values.name, role: values.role });
    const key = values["api-key"] ? await createApiKey(db, user.id, "created by npm run admin") : null;
    process.stdout.write(`${JSON.stringify({ userId: user.id, ...(key ? { apiKey: key.key } : {}) })}\n`);
  } catch (error) {
    if (error instanceof AppError) fail(`create-user: ${error.message}`);
    throw error;
  } finally {
    await db.$disconnect();
  }
}

void main();
