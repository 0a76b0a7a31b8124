// Resolves DATABASE_URL into a connection the whole app agrees on. Relative SQLite paths are
// made absolute once, so the CLI, the seed and the server all open the same file.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/workbench.db";

export type DatabaseConfig =
  { provider: "sqlite"; url: string; filePath: string } | { provider: "postgresql"; url: string };

export class DatabaseConfigError extends Error {
  override name = "DatabaseConfigError";
}

export function resolveDatabaseConfig(rawUrl: string | undefined, cwd = process.cwd()): DatabaseConfig {
  const url = (rawUrl ?? "").trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const location =
      url
        .slice("file:".length)
        .replace(/^\/\/(?=\/)/, "")
        .split("?")[0] ?? "";
    if (location === "" || location.endsWith("/")) {
      throw new DatabaseConfigError(
        `DATABASE_URL "${url}" names no database file (expected e.g. file:./data/workbench.db)`,
      );
    }
    const filePath = path.resolve(cwd, location);
    return { provider: "sqlite", url: `file:${filePath}`, filePath };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new DatabaseConfigError(
        `DATABASE_URL is not a valid PostgreSQL URL (expected postgresql://user:password@host:5432/db)`,
      );
    }
    if (!parsed.hostname || parsed.pathname.length <= 1) {
      throw new DatabaseConfigError(
        `DATABASE_URL must name a host and a database (postgresql://user:password@host:5432/db)`,
      );
    }
    return { provider: "postgresql", url };
  }
  const scheme = url.includes(":") ? `"${url.split(":")[0]}:"` : "no scheme";
  throw new DatabaseConfigError(
    `DATABASE_URL has ${scheme}; use file:<path> for SQLite (default ${DEFAULT_DATABASE_URL}) or postgresql://… for PostgreSQL`,
  );
}
