import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseUrl, sqliteFilePath } from "../lib/server/database-url";

/** Applies the committed migrations, then puts the SQLite file in WAL mode. */
export function migrate(env: NodeJS.ProcessEnv = process.env): void {
  const file = sqliteFilePath(env);
  if (file) mkdirSync(path.dirname(file), { recursive: true });
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...env, DATABASE_URL: databaseUrl(env), CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (file) {
    const database = new Database(file);
    // WAL lets readers go on while a save is written; the mode is stored in the file.
    database.pragma("journal_mode = WAL");
    database.close();
  }
}

if (require.main === module) {
  migrate();
  console.log("Database is up to date.");
}
