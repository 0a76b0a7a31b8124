// PostgreSQL: the stock adapter returns a pooled connection only after COMMIT/ROLLBACK succeed;
// when they fail (the server went away mid-transaction) the connection would be held forever and
// the pool would run dry. The wrapper always hands it back.
import type { PrismaPg } from "@prisma/adapter-pg";
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { NO_ARGS, transactionClosed } from "./errors";

const PG_ADAPTER_NAME = "@prisma/adapter-pg";

export class ReleasingPgAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = PG_ADAPTER_NAME;

  constructor(private readonly inner: PrismaPg) {}

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    return {
      provider: "postgres",
      adapterName: PG_ADAPTER_NAME,
      queryRaw: (query) => adapter.queryRaw(query),
      executeRaw: (query) => adapter.executeRaw(query),
      executeScript: (script) => adapter.executeScript(script),
      ...(adapter.getConnectionInfo ? { getConnectionInfo: () => adapter.getConnectionInfo!() } : {}),
      dispose: () => adapter.dispose(),
      startTransaction: async (isolationLevel) =>
        new ReleasingPgTransaction(await adapter.startTransaction(isolationLevel)),
    };
  }
}

class ReleasingPgTransaction implements Transaction {
  readonly provider = "postgres";
  readonly adapterName = PG_ADAPTER_NAME;
  readonly options = { usePhantomQuery: true };
  #closed = false;

  constructor(private readonly inner: Transaction) {}

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    if (this.#closed) throw transactionClosed();
    return this.inner.queryRaw(query);
  }

  async executeRaw(query: SqlQuery): Promise<number> {
    if (this.#closed) throw transactionClosed();
    return this.inner.executeRaw(query);
  }

  async commit(): Promise<void> {
    if (this.#closed) throw transactionClosed();
    this.#closed = true;
    try {
      await this.inner.executeRaw({ sql: "COMMIT", ...NO_ARGS });
    } catch (error) {
      // PostgreSQL ends a transaction whose COMMIT fails; the ROLLBACK only matters if the
      // connection is still alive, and failing is fine when it is not.
      await this.inner.executeRaw({ sql: "ROLLBACK", ...NO_ARGS }).catch(() => undefined);
      throw error;
    } finally {
      // Hands the connection back; the pool discards it if it is broken.
      await this.inner.rollback();
    }
  }

  async rollback(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      await this.inner.executeRaw({ sql: "ROLLBACK", ...NO_ARGS });
    } catch (error) {
      // The connection died (the server rolls back on its own); never keep it checked out.
      console.error(`PostgreSQL ROLLBACK failed: ${(error as Error).message}`);
    } finally {
      await this.inner.rollback();
    }
  }
}
