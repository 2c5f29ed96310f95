import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * prisma/schema.prisma (SQLite) is the one source of the data model. A Prisma schema names one
 * provider, so the PostgreSQL schema is generated from it: the same models with the `postgresql`
 * provider and its own client (lib/generated/prisma-pg). It is committed beside the PostgreSQL
 * migrations and is the state those migrations produce, so that `npm run db:pg-migration` can
 * diff it against the next generated schema without a database.
 *
 * `npm run db:pg-schema` writes prisma/postgres/schema.prisma; `-- --check` fails when the
 * committed file is not what the SQLite schema gives (the data model changed without a
 * PostgreSQL migration: run `npm run db:pg-migration -- <name>`).
 */
const root = path.resolve(__dirname, "..");
export const SQLITE_SCHEMA = path.join(root, "prisma/schema.prisma");
export const POSTGRES_DIR = path.join(root, "prisma/postgres");
export const POSTGRES_SCHEMA = path.join(POSTGRES_DIR, "schema.prisma");
export const POSTGRES_MIGRATIONS = path.join(POSTGRES_DIR, "migrations");

const HEADER = "// GENERATED from prisma/schema.prisma by scripts/pg-schema.ts: do not edit; change prisma/schema.prisma\n// and run `npm run db:pg-migration -- <name>`.\n\n";

function replaceBlock(schema: string, keyword: "generator" | "datasource", name: string, body: string): string {
  const pattern = new RegExp(`${keyword}\\s+${name}\\s*\\{[^}]*\\}`);
  if (!pattern.test(schema)) throw new Error(`prisma/schema.prisma has no \`${keyword} ${name}\` block`);
  return schema.replace(pattern, `${keyword} ${name} {\n${body}\n}`);
}

/** The PostgreSQL schema for a SQLite schema's text: only the generator and the datasource differ. */
export function postgresSchemaFrom(sqliteSchema: string): string {
  let schema = replaceBlock(
    sqliteSchema,
    "generator",
    "client",
    ['  provider   = "prisma-client"', '  output     = "../../lib/generated/prisma-pg"', '  engineType = "client"'].join("\n"),
  );
  schema = replaceBlock(
    schema,
    "datasource",
    "db",
    [
      '  provider = "postgresql"',
      "  // The app connects through the pg driver adapter (lib/server/prisma-client.ts); the literal",
      "  // keeps `prisma generate` from needing the variable.",
      '  url      = "postgresql://localhost/workbench"',
    ].join("\n"),
  );
  return HEADER + schema;
}

export function generatedPostgresSchema(): string {
  return postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8"));
}

export function isPostgresSchemaCurrent(): boolean {
  return existsSync(POSTGRES_SCHEMA) && readFileSync(POSTGRES_SCHEMA, "utf8") === generatedPostgresSchema();
}

if (require.main === module) {
  if (process.argv.includes("--check")) {
    if (!isPostgresSchemaCurrent()) {
      console.error("prisma/postgres/schema.prisma is out of date with prisma/schema.prisma: run `npm run db:pg-migration -- <name>`");
      process.exit(1);
    }
    console.log("prisma/postgres/schema.prisma is up to date.");
  } else {
    writeFileSync(POSTGRES_SCHEMA, generatedPostgresSchema());
    console.log("wrote prisma/postgres/schema.prisma");
  }
}
