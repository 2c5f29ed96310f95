import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrate } from "./migrate";
import { nextStartArgs } from "./next-server";

/**
 * Serves the built app for the browser tests on a throwaway database and data folder,
 * with demo mode on so that the demo accounts exist. The Playwright config names the folder
 * (E2E_DATA_DIR, one per port) so that the test fixtures can remove the users they create.
 */
async function main() {
  const root = path.resolve(__dirname, "..");
  const dataDir = process.env.E2E_DATA_DIR ? freshFolder(process.env.E2E_DATA_DIR) : mkdtempSync(path.join(tmpdir(), "workbench-e2e-"));
  // E2E_DATABASE_URL (postgresql://…) runs the suite on PostgreSQL: that database is emptied first.
  const postgresUrl = process.env.E2E_DATABASE_URL;
  if (postgresUrl) await emptyPostgresDatabase(postgresUrl);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: postgresUrl || `file:${path.join(dataDir, "e2e.db")}`,
    DATA_DIR: dataDir,
    DEMO: "1",
    // Every browser test registers its users from this one address.
    REGISTRATIONS_PER_HOUR: "100000",
    // The authorization matrix shares a new draft by invitations for every row that changes one.
    INVITATIONS_PER_HOUR: "100000",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: "e2e-secret-not-for-production-use-0123456789",
  };
  const port = process.env.E2E_PORT ?? "3100";
  env.NEXTAUTH_URL = `http://127.0.0.1:${port}`;
  await migrate(env);
  Object.assign(process.env, env);
  const { createPrismaClient } = await import("../lib/server/prisma-client");
  const { seedDemo } = await import("../lib/demo/seed");
  const db = createPrismaClient(env);
  await seedDemo(db);
  await db.$disconnect();

  const server = spawn(process.execPath, nextStartArgs(port, "127.0.0.1"), {
    cwd: root,
    env,
    stdio: "inherit",
  });
  const cleanUp = () => {
    server.kill("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.on("SIGTERM", () => {
    cleanUp();
    process.exit(0);
  });
  process.on("SIGINT", () => {
    cleanUp();
    process.exit(0);
  });
  server.on("exit", (code) => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(code ?? 0);
  });
}

/** Drops everything in the database's public schema: the server is given a throwaway database. */
async function emptyPostgresDatabase(url: string): Promise<void> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
  } finally {
    await client.end();
  }
}

/** An empty folder at that path: whatever an earlier run left there is removed. */
function freshFolder(dataDir: string): string {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  return dataDir;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
