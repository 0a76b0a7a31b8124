// Bad configuration stops `npm start` with one line, never a stack trace or a reset database.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DatabaseConfigError, resolveDatabaseConfig } from "@/lib/db/config";

function start(env: Record<string, string>) {
  const result = spawnSync("npx", ["tsx", "scripts/start.ts"], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  const errorLines = result.stderr.split("\n").filter((line) => line.trim() && !line.startsWith("npm warn"));
  return { status: result.status, errorLines, stdout: result.stdout };
}

describe("resolveDatabaseConfig", () => {
  it("defaults to ./data/workbench.db, made absolute", () => {
    expect(resolveDatabaseConfig(undefined, "/srv/app")).toEqual({
      provider: "sqlite",
      url: "file:/srv/app/data/workbench.db",
      filePath: "/srv/app/data/workbench.db",
    });
  });

  it("accepts PostgreSQL URLs", () => {
    expect(resolveDatabaseConfig("postgresql://u:p@db:5432/workbench").provider).toBe("postgresql");
  });

  it.each(["mysql://localhost/db", "workbench.db", "file:", "file:./data/", "postgresql://", "postgresql://host"])(
    "rejects %s with a message naming DATABASE_URL",
    (url) => {
      expect(() => resolveDatabaseConfig(url)).toThrow(DatabaseConfigError);
      expect(() => resolveDatabaseConfig(url)).toThrow(/DATABASE_URL/);
    },
  );
});

describe("npm start with bad configuration", () => {
  it("explains a malformed DATABASE_URL in one line", () => {
    const { status, errorLines } = start({ DATABASE_URL: "mysql://localhost/workbench" });
    expect(status).toBe(1);
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(/^Forecast Workbench cannot start: DATABASE_URL/);
  });

  it("explains an unwritable database path in one line", () => {
    const { status, errorLines } = start({ DATABASE_URL: "file:/dev/null/workbench/workbench.db" });
    expect(status).toBe(1);
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(/^Forecast Workbench cannot start: Cannot create the database folder/);
  });

  it("refuses a file that is not a workbench database, and leaves it untouched", () => {
    const folder = path.resolve(".tmp/vitest/not-a-db");
    mkdirSync(folder, { recursive: true });
    const filePath = path.join(folder, "workbench.db");
    writeFileSync(filePath, "these are someone's notes, not a database\n".repeat(200));
    try {
      const { status, errorLines } = start({ DATABASE_URL: `file:${filePath}` });
      expect(status).toBe(1);
      expect(errorLines).toHaveLength(1);
      expect(errorLines[0]).toMatch(/^Forecast Workbench cannot start: Database migration failed/);
      expect(readFileSync(filePath, "utf8")).toBe("these are someone's notes, not a database\n".repeat(200));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("rejects a PORT that is not a port", () => {
    const { status, errorLines } = start({ DATABASE_URL: "file:./.tmp/vitest/port/workbench.db", PORT: "http" });
    expect(status).toBe(1);
    expect(errorLines[0]).toMatch(/PORT "http" is not a port number/);
  });
});
