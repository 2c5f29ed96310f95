import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { databaseEngine } from "../lib/server/database-url";
import { migrate } from "./migrate";

/**
 * A fresh, migrated database for a test, on the engine the run is for: with a postgresql://
 * DATABASE_URL, a new database on that server (removed by `drop`); otherwise a SQLite file in a
 * temporary folder. The suite runs against either by setting DATABASE_URL (.ci/run does both).
 */
export type TestDatabase = { env: NodeJS.ProcessEnv; drop: () => Promise<void> };

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  if (databaseEngine() === "postgresql") {
    const server = new URL(process.env.DATABASE_URL!);
    const name = `test_${label.replace(/[^a-z0-9]/gi, "_").toLowerCase()}_${process.pid}_${Date.now().toString(36)}`;
    const admin = new Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    const env = { ...process.env, DATABASE_URL: url.toString() };
    await migrate(env);
    return {
      env,
      drop: async () => {
        const client = new Client({ connectionString: server.toString() });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), `workbench-${label}-`));
  const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "test.db")}` };
  await migrate(env);
  return { env, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}
