// What both adapters share, in the driver-adapter vocabulary Prisma understands.
import { DriverAdapterError, type SqlQuery } from "@prisma/driver-adapter-utils";

export const NO_ARGS = { args: [], argTypes: [] } satisfies Omit<SqlQuery, "sql">;

export function unreachable(): DriverAdapterError {
  return new DriverAdapterError({ kind: "DatabaseNotReachable" });
}

export function transactionClosed(): DriverAdapterError {
  return new DriverAdapterError({ kind: "TransactionAlreadyClosed", cause: "the transaction was already closed" });
}
