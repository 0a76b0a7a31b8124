// SQLite: the app shares ONE connection per process, and the stock adapter only serializes
// interactive transactions against each other, so any other request's statement would run inside
// an open transaction (and vanish when it rolls back). This adapter puts every statement
// outside a transaction behind the same lock as the transactions, takes the write lock at BEGIN
// (BEGIN IMMEDIATE), always leaves the connection outside a transaction when BEGIN, COMMIT or
// ROLLBACK fails, and reopens the file after it went missing, was replaced, or failed with an I/O
// error, so the app recovers without a restart.
//
// In WAL mode a second, read-only connection answers plain SELECTs issued outside a transaction:
// WAL readers never wait for the writer, so pages and health checks keep being served while a
// long write (resolving a question with thousands of forecasts) holds the write lock. Each such
// read sees everything committed before it started, which is what the shared connection gave
// (it only ever ran them between transactions). Reads inside a transaction stay on the writer.
import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";
import { NO_ARGS, transactionClosed, unreachable } from "./errors";
import { Mutex } from "./mutex";

/** How long a statement waits for another process (the admin CLI, a backup) to release a lock. */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

const SQLITE_ADAPTER_NAME = "@prisma/adapter-better-sqlite3";

type FileIdentity = { dev: number; ino: number };
type SqliteHandle = {
  adapter: SqlDriverAdapter;
  database: BetterSqlite3.Database;
  identity: FileIdentity | null;
  /** Set after an error that means the handle must be reopened (I/O error, file moved, …). */
  broken: boolean;
  /** The file is in WAL mode, so a separate read-only connection can read beside the writer. */
  wal: boolean;
};

/** Statements the read-only connection may answer: a single plain SELECT. */
const PLAIN_SELECT = /^\s*SELECT\b/i;

/** SQLite result codes after which the open handle is not trusted any more. */
const REOPEN_AFTER = /^SQLITE_(IOERR|CANTOPEN|NOTADB|CORRUPT|READONLY_DBMOVED|READONLY_RECOVERY|READONLY_CANTINIT)/;

function sqliteCodeOf(error: unknown): string | undefined {
  const direct = (error as { code?: unknown } | null)?.code;
  if (typeof direct === "string") return direct;
  const original = (error as { cause?: { originalCode?: unknown } } | null)?.cause?.originalCode;
  return typeof original === "string" ? original : undefined;
}

export class SerializedSqliteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName = SQLITE_ADAPTER_NAME;

  constructor(private readonly url: string) {}

  connect(): Promise<SqlDriverAdapter> {
    // Opening is lazy: a missing file at startup is an error on the first query (health: 503),
    // retried on the next one, never a client that stays broken.
    return Promise.resolve(new SerializedSqliteAdapter(this.url));
  }
}

class SerializedSqliteAdapter implements SqlDriverAdapter {
  readonly provider = "sqlite";
  readonly adapterName = SQLITE_ADAPTER_NAME;
  readonly #url: string;
  readonly #filePath: string | null;
  readonly #lock = new Mutex();
  #handle: SqliteHandle | null = null;
  #reader: SqliteHandle | null = null;
  #openedBefore = false;
  #disposed = false;

  constructor(url: string) {
    this.#url = url;
    const location = url.replace(/^file:/, "");
    this.#filePath = location === ":memory:" || location === "" ? null : location;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    if (PLAIN_SELECT.test(query.sql) && this.#handle?.wal && !this.#handle.broken) return this.#read(query);
    return this.#exclusive((handle) => handle.adapter.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.#exclusive((handle) => handle.adapter.executeRaw(query));
  }

  executeScript(script: string): Promise<void> {
    return this.#exclusive((handle) => handle.adapter.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
      throw new DriverAdapterError({ kind: "InvalidIsolationLevel", level: isolationLevel });
    }
    const release = await this.#lock.acquire();
    let handle: SqliteHandle;
    try {
      handle = await this.#current();
      // IMMEDIATE takes the write lock now (waiting up to the busy timeout for another process),
      // so a transaction that reads and then writes cannot fail half-way with SQLITE_BUSY.
      await handle.adapter.executeRaw({ sql: "BEGIN IMMEDIATE", ...NO_ARGS });
    } catch (error) {
      if (this.#handle) this.#leaveTransaction(this.#handle, error);
      release();
      throw error;
    }
    return new SerializedSqliteTransaction(handle, release, {
      noteError: (h, error) => this.#noteError(h, error),
      leaveTransaction: (h, error) => this.#leaveTransaction(h, error),
    });
  }

  async dispose(): Promise<void> {
    this.#disposed = true;
    this.#close();
    this.#closeReader();
  }

  /** A SELECT on the read-only connection: no lock, it never waits for an open transaction. */
  async #read(query: SqlQuery): Promise<SqlResultSet> {
    let reader: SqliteHandle;
    try {
      reader = await this.#currentReader();
    } catch {
      // No reader (the file cannot be opened read-only right now): the writer answers instead.
      return this.#exclusive((handle) => handle.adapter.queryRaw(query));
    }
    try {
      return await reader.adapter.queryRaw(query);
    } catch (error) {
      this.#noteError(reader, error);
      throw error;
    }
  }

  async #currentReader(): Promise<SqliteHandle> {
    if (this.#disposed) throw new DriverAdapterError({ kind: "ConnectionClosed" });
    const reader = this.#reader;
    if (reader && !reader.broken && reader.database.open && this.#isSameFile(reader)) return reader;
    this.#closeReader();
    const factory = new PrismaBetterSQLite3({
      url: this.#url,
      fileMustExist: true,
      readonly: true,
      timeout: SQLITE_BUSY_TIMEOUT_MS,
    });
    const adapter = await factory.connect();
    const database = connectionOf(adapter);
    const identity = this.#filePath ? statSync(this.#filePath) : null;
    this.#reader = {
      adapter,
      database,
      identity: identity ? { dev: identity.dev, ino: identity.ino } : null,
      broken: false,
      wal: true,
    };
    return this.#reader;
  }

  #closeReader(): void {
    const reader = this.#reader;
    this.#reader = null;
    closeQuietly(reader, "reader");
  }

  /** One statement outside a transaction: waits while a transaction holds the connection. */
  async #exclusive<T>(run: (handle: SqliteHandle) => Promise<T>): Promise<T> {
    const release = await this.#lock.acquire();
    let handle: SqliteHandle | null = null;
    try {
      handle = await this.#current();
      return await run(handle);
    } catch (error) {
      if (handle) this.#noteError(handle, error);
      // A statement that failed part-way through a multi-statement script may leave BEGIN behind.
      if (handle && handle.database.open && handle.database.inTransaction) this.#leaveTransaction(handle, error);
      throw error;
    } finally {
      release();
    }
  }

  /** The open handle, reopened when the file went away, was replaced, or the handle failed. */
  async #current(): Promise<SqliteHandle> {
    if (this.#disposed) throw new DriverAdapterError({ kind: "ConnectionClosed" });
    const handle = this.#handle;
    if (handle && !handle.broken && handle.database.open && this.#isSameFile(handle)) return handle;
    if (handle) this.#close();
    this.#handle = await this.#open();
    return this.#handle;
  }

  #isSameFile(handle: SqliteHandle): boolean {
    if (!this.#filePath || !handle.identity) return true;
    const stats = statSync(this.#filePath, { throwIfNoEntry: false });
    return stats !== undefined && stats.dev === handle.identity.dev && stats.ino === handle.identity.ino;
  }

  async #open(): Promise<SqliteHandle> {
    // The first open may create the file (as the stock adapter does); a reopen never creates an
    // empty database where the real one went missing.
    const factory = new PrismaBetterSQLite3({
      url: this.#url,
      fileMustExist: this.#openedBefore,
      timeout: SQLITE_BUSY_TIMEOUT_MS,
    });
    let adapter: SqlDriverAdapter;
    try {
      adapter = await factory.connect();
    } catch (error) {
      console.error(`SQLite database ${this.#filePath ?? this.#url} cannot be opened: ${(error as Error).message}`);
      throw unreachable();
    }
    const database = connectionOf(adapter);
    try {
      const identity = this.#filePath ? statSync(this.#filePath) : null;
      database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
      database.pragma("foreign_keys = ON");
      let journal = String(database.pragma("journal_mode", { simple: true })).toLowerCase();
      if (journal !== "wal" && journal !== "memory") {
        try {
          journal = String(database.pragma("journal_mode = WAL", { simple: true })).toLowerCase();
        } catch (error) {
          // Another process holds a lock; stay in rollback-journal mode (fully synchronous) for now.
          console.warn(`SQLite could not switch to WAL yet: ${(error as Error).message}`);
        }
      }
      // In WAL mode NORMAL survives process crashes (only an OS crash can lose the last commits);
      // in rollback-journal mode only FULL is safe.
      database.pragma(journal === "wal" ? "synchronous = NORMAL" : "synchronous = FULL");
      this.#openedBefore = true;
      return {
        adapter,
        database,
        identity: identity ? { dev: identity.dev, ino: identity.ino } : null,
        broken: false,
        // An in-memory database is private to its connection: no second connection can see it.
        wal: journal === "wal" && this.#filePath !== null,
      };
    } catch (error) {
      database.close();
      console.error(`SQLite database ${this.#filePath ?? this.#url} is not usable: ${(error as Error).message}`);
      throw unreachable();
    }
  }

  #close(): void {
    // The reader follows the writer: after a reopen both look at the same file again.
    this.#closeReader();
    const handle = this.#handle;
    this.#handle = null;
    // If the file was moved or replaced, SQLite neither checkpoints into it nor deletes the WAL
    // file now at that path (it checks that the database is unmoved first).
    closeQuietly(handle, "database");
  }

  #noteError(handle: SqliteHandle, error: unknown): void {
    const code = sqliteCodeOf(error);
    if ((code && REOPEN_AFTER.test(code)) || !handle.database.open) handle.broken = true;
  }

  /** After a failed BEGIN/COMMIT/ROLLBACK: the connection must not stay inside a transaction. */
  #leaveTransaction(handle: SqliteHandle, error: unknown): void {
    if (error !== undefined) this.#noteError(handle, error);
    if (!handle.database.open || !handle.database.inTransaction) return;
    try {
      handle.database.prepare("ROLLBACK").run();
    } catch (rollbackError) {
      console.error(`SQLite ROLLBACK failed: ${(rollbackError as Error).message}`);
    }
    if (handle.database.inTransaction) {
      // Still inside: drop the connection rather than let later statements join this transaction.
      handle.broken = true;
      if (this.#handle === handle) this.#close();
    }
  }
}

/** How long a transaction runs its statements back to back before letting other requests in. */
const TRANSACTION_SLICE_MS = 10;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Closes a connection; a failure is logged, never thrown (the handle is being dropped anyway). */
function closeQuietly(handle: SqliteHandle | null, what: "database" | "reader"): void {
  if (!handle || !handle.database.open) return;
  try {
    handle.database.close();
  } catch (error) {
    console.error(`Closing the SQLite ${what} failed: ${(error as Error).message}`);
  }
}

/** The better-sqlite3 connection behind the stock adapter (for pragmas and transaction state). */
function connectionOf(adapter: SqlDriverAdapter): BetterSqlite3.Database {
  const database = (adapter as unknown as { client?: BetterSqlite3.Database }).client;
  if (!database || typeof database.pragma !== "function") {
    void adapter.dispose();
    throw new Error("The SQLite driver adapter does not expose its connection; check @prisma/adapter-better-sqlite3");
  }
  return database;
}

class SerializedSqliteTransaction implements Transaction {
  readonly provider = "sqlite";
  readonly adapterName = SQLITE_ADAPTER_NAME;
  // The engine calls commit()/rollback() and sends no COMMIT/ROLLBACK statement of its own.
  readonly options = { usePhantomQuery: true };
  #closed = false;
  #ranSince = performance.now();

  constructor(
    private readonly handle: SqliteHandle,
    private readonly release: () => void,
    private readonly connection: {
      noteError: (handle: SqliteHandle, error: unknown) => void;
      leaveTransaction: (handle: SqliteHandle, error: unknown) => void;
    },
  ) {}

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.#statement(() => this.handle.adapter.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.#statement(() => this.handle.adapter.executeRaw(query));
  }

  async #statement<T>(run: () => Promise<T>): Promise<T> {
    // better-sqlite3 answers synchronously, so a transaction's statements would follow each
    // other as one chain of microtasks and starve every other request until it commits (a
    // resolution rescoring 10,000 forecasts stalled health checks for its whole second). A
    // transaction that has run for a while lets pending I/O run before its next statement; a
    // short one (a forecast) never pauses, so it does not hold the write lock any longer.
    if (performance.now() - this.#ranSince >= TRANSACTION_SLICE_MS) {
      await yieldToEventLoop();
      this.#ranSince = performance.now();
    }
    // After a timeout the engine rolls back; a late statement must not run outside the lock.
    if (this.#closed) throw transactionClosed();
    try {
      return await run();
    } catch (error) {
      this.connection.noteError(this.handle, error);
      throw error;
    }
  }

  async commit(): Promise<void> {
    if (this.#closed) throw transactionClosed();
    this.#closed = true;
    try {
      await this.handle.adapter.executeRaw({ sql: "COMMIT", ...NO_ARGS });
    } catch (error) {
      // SQLITE_BUSY, a deferred constraint or an I/O error at COMMIT keeps SQLite inside the
      // transaction: roll it back so nothing later joins it, and report the failure.
      this.connection.leaveTransaction(this.handle, error);
      throw error;
    } finally {
      this.release();
    }
  }

  async rollback(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      this.connection.leaveTransaction(this.handle, undefined);
    } finally {
      this.release();
    }
  }
}
