import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { databaseEngine, databaseUrl } from "./database-url";

/**
 * A client over the configured database; the app keeps one (lib/server/db.ts), scripts make their own.
 * SQLite by default; a postgresql:// DATABASE_URL selects PostgreSQL. Prisma checks a driver
 * adapter's engine against the schema's provider, so PostgreSQL has its own client, generated
 * from a schema that is itself generated from prisma/schema.prisma (scripts/pg-schema.ts): the
 * same models, fields and queries, hence the one type the features program against.
 */
export function createPrismaClient(env: NodeJS.ProcessEnv = process.env): PrismaClient {
  const url = databaseUrl(env);
  if (databaseEngine(env) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: Number(env.DATABASE_POOL_SIZE) || 10 });
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  // WAL mode is stored in the database file by scripts/migrate.ts; the busy timeout is per connection.
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5_000 });
  return new PrismaClient({ adapter });
}
