import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl } from "./lib/server/database-url";

// The Prisma CLI on PostgreSQL, for inspection: `npx prisma migrate status --config prisma.postgres.config.ts`.
// Migrations are applied by `npm run db:migrate` (scripts/migrate-postgres.ts), not `migrate deploy`,
// which fails through the pg driver adapter.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "postgres", "schema.prisma"),
  migrations: { path: path.join("prisma", "postgres", "migrations") },
  adapter: async () => new PrismaPg({ connectionString: databaseUrl() }),
});
