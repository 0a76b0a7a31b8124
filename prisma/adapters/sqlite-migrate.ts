// The Prisma 6.19 schema engine sends whole migration files through executeRaw, which
// better-sqlite3 rejects for multi-statement SQL ("External error id#0"). Falling back
// to executeScript for argument-less statements lets migrate deploy/dev/diff work.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type RawCapable = {
  executeRaw(query: { sql: string; args: unknown[] }): Promise<number>;
  executeScript(script: string): Promise<void>;
};

function acceptMultiStatementRaw<T>(adapter: T): T {
  const raw = adapter as unknown as RawCapable;
  const executeRaw = raw.executeRaw.bind(raw);
  raw.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length > 0) throw error;
      await raw.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

export class SqliteMigrationAdapterFactory extends PrismaBetterSQLite3 {
  override async connect() {
    return acceptMultiStatementRaw(await super.connect());
  }

  override async connectToShadowDb() {
    return acceptMultiStatementRaw(await super.connectToShadowDb());
  }
}
