import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "./database-url";

/** A client over the configured database; the app keeps one (lib/server/db.ts), scripts make their own. */
export function createPrismaClient(env: NodeJS.ProcessEnv = process.env): PrismaClient {
  // WAL mode is stored in the database file by scripts/migrate.ts; the busy timeout is per connection.
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl(env), timeout: 5_000 });
  return new PrismaClient({ adapter });
}
