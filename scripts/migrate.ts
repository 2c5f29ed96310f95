import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseEngine, databaseUrl, sqliteFilePath } from "../lib/server/database-url";
import { MigrationError, migratePostgres } from "./migrate-postgres";

/**
 * Applies the committed migrations of the configured engine: SQLite's (prisma/migrations) with
 * `prisma migrate deploy`, then WAL mode; PostgreSQL's (prisma/postgres/migrations) in one
 * transaction (scripts/migrate-postgres.ts). Throws a MigrationError with a clear message when
 * the database cannot be reached or brought up to date.
 */
export async function migrate(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (databaseEngine(env) === "postgresql") {
    await migratePostgres(databaseUrl(env));
    return;
  }
  const file = sqliteFilePath(env);
  if (file) mkdirSync(path.dirname(file), { recursive: true });
  try {
    execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...env, DATABASE_URL: databaseUrl(env), CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? "").trim();
    throw new MigrationError(`the SQLite migrations could not be applied: ${stderr || (error as Error).message}`);
  }
  if (file) {
    const database = new Database(file);
    // WAL lets readers go on while a save is written; the mode is stored in the file.
    database.pragma("journal_mode = WAL");
    database.close();
  }
}

if (require.main === module) {
  migrate().then(
    () => console.log("Database is up to date."),
    (error: Error) => {
      console.error(`Database not migrated: ${error.message}`);
      process.exit(1);
    },
  );
}
