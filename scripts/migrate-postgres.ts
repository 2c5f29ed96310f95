import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";

/**
 * Applies the committed PostgreSQL migrations (prisma/postgres/migrations) the way
 * `prisma migrate deploy` would, which cannot run through the pg driver adapter (prisma issue
 * 27403): all pending migrations in ONE transaction under Prisma's advisory lock, each recorded in
 * Prisma's `_prisma_migrations` table with Prisma's columns and checksum (SHA-256 of the file), so
 * that `prisma migrate status` agrees. Either every pending migration is applied or none is: a
 * failing migration leaves the database as it was, and the app refuses to start.
 */
export const POSTGRES_MIGRATIONS_DIR = path.resolve(__dirname, "../prisma/postgres/migrations");

// The lock id `prisma migrate` itself takes, so that the two never run at once either.
const PRISMA_MIGRATE_LOCK = 72707369;

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

export type Migration = { name: string; sql: string; checksum: string };

export function listCommittedMigrations(dir = POSTGRES_MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** host:port/database of a URL, without the password, for messages. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "(an unreadable DATABASE_URL)";
  }
}

export type MigrationReport = { applied: string[]; alreadyApplied: number };

export async function migratePostgres(url: string, migrations: Migration[] = listCommittedMigrations()): Promise<MigrationReport> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new MigrationError(`cannot reach the PostgreSQL database at ${describeUrl(url)}: ${(error as Error).message}`);
  }
  // An error event after connecting (the server going away) must not crash the process.
  client.on("error", () => {});
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [PRISMA_MIGRATE_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    );
    const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed) throw new MigrationError(`migration ${failed.migration_name} failed earlier and was never resolved; see \`prisma migrate resolve\``);
    const applied = new Map(rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => [row.migration_name, row.checksum]));
    const known = new Set(migrations.map((migration) => migration.name));
    const unknown = [...applied.keys()].filter((name) => !known.has(name));
    if (unknown.length) throw new MigrationError(`the database has migrations this version of the app does not know (${unknown.join(", ")}): it is newer than the app`);
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined && checksum !== migration.checksum) {
        throw new MigrationError(`migration ${migration.name} was changed after it was applied to the database (checksums differ)`);
      }
    }
    const pending = migrations.filter((migration) => !applied.has(migration.name));
    for (const migration of pending) {
      try {
        // Without parameters pg sends the simple query protocol, which runs the file's statements in order.
        await client.query(migration.sql);
      } catch (error) {
        throw new MigrationError(`migration ${migration.name} failed, nothing was applied: ${(error as Error).message}`);
      }
      await client.query(
        'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, NULL, NULL, now(), 1)',
        [randomUUID(), migration.checksum, migration.name],
      );
    }
    await client.query("COMMIT");
    return { applied: pending.map((migration) => migration.name), alreadyApplied: applied.size };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    if (error instanceof MigrationError) throw error;
    throw new MigrationError(`the PostgreSQL migrations could not be applied, nothing was changed: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}
