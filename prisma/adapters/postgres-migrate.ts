// Driver-adapter factory for the Prisma 6.19 CLI on PostgreSQL. Three engine defects need
// working around; the runtime client (lib/db) uses the plain PrismaPg adapter.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// (1) Prisma issue #27403: the schema engine reads catalog columns of types such as `name`
// (oid 19), which adapter-pg cannot map. Reporting them as text (oid 25) is lossless here.
const CATALOG_TYPE_AS_TEXT: Record<number, number> = { 18: 25, 19: 25, 24: 25, 2205: 25, 1002: 1009, 1003: 1009 };

type FieldsCarrier = { fields?: { dataTypeID: number }[] };
function reportCatalogTypesAsText<T>(result: T): T {
  for (const part of (Array.isArray(result) ? result : [result]) as FieldsCarrier[]) {
    for (const field of part?.fields ?? [])
      field.dataTypeID = CATALOG_TYPE_AS_TEXT[field.dataTypeID] ?? field.dataTypeID;
  }
  return result;
}

class CatalogFriendlyClient extends pg.Client {}
const originalQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(CatalogFriendlyClient.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (
  this: pg.Client,
  ...args: unknown[]
) {
  const last = args[args.length - 1];
  if (typeof last === "function") {
    args[args.length - 1] = (error: unknown, result: unknown) =>
      last(error, error ? result : reportCatalogTypesAsText(result));
  }
  const returned = originalQuery.apply(this, args);
  return returned instanceof Promise ? returned.then(reportCatalogTypesAsText) : returned;
};

// (2) With a connection string, adapter-pg's shadow pool would ignore `database`: use discrete fields.
function connectionFields(databaseUrl: string): pg.PoolConfig {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
    Client: CatalogFriendlyClient,
    allowExitOnIdle: true,
  } as pg.PoolConfig;
}

// (3) adapter-pg drops the shadow database before closing its pool ("being accessed by other users").
export class PostgresMigrationAdapterFactory extends PrismaPg {
  private readonly fields: pg.PoolConfig;

  constructor(databaseUrl: string) {
    const fields = connectionFields(databaseUrl);
    super(fields);
    this.fields = fields;
  }

  override async connectToShadowDb() {
    const main = await this.connect();
    const name = `prisma_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
    await main.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({ ...this.fields, database: name }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await main.dispose();
    };
    return shadow;
  }
}
