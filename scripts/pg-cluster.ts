import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A throwaway PostgreSQL server for tests, CI and benchmarks: `initdb` in a temporary folder,
 * then `pg_ctl start` on a free port (5433 and up, so that a system server on 5432 is left alone).
 * As root the server runs as the `postgres` user (PostgreSQL refuses to run as root).
 * `npx tsx scripts/pg-cluster.ts` starts one and prints its DATABASE_URL; Ctrl-C stops it.
 */
export type TemporaryPostgres = { url: (database?: string) => string; port: number; dataDir: string; stop: () => void };

const CANDIDATE_BIN_DIRS = ["/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin", "/usr/local/pgsql/bin"];

export function postgresBinDir(): string {
  const configured = process.env.PG_BIN_DIR;
  if (configured) return configured;
  const found = CANDIDATE_BIN_DIRS.find((dir) => existsSync(path.join(dir, "initdb")));
  if (!found) throw new Error("PostgreSQL's initdb was not found: install Debian's postgresql package or set PG_BIN_DIR");
  return found;
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) if (await isPortFree(port)) return port;
  throw new Error(`no free port from ${from}`);
}

export async function startTemporaryPostgres(options: { port?: number } = {}): Promise<TemporaryPostgres> {
  const bin = postgresBinDir();
  const port = options.port ?? (await freePort(Number(process.env.PG_TEST_PORT ?? 5433)));
  const dataDir = mkdtempSync(path.join(tmpdir(), "workbench-pg-"));
  const isRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const [file, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, command), ...args]] : [path.join(bin, command), args];
    const result = spawnSync(file, argv, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  if (isRoot) {
    const postgresUser = execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim();
    const postgresGroup = execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim();
    chownSync(dataDir, Number(postgresUser), Number(postgresGroup));
  }
  const cluster = path.join(dataDir, "cluster");
  run("initdb", ["-D", cluster, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
  // fsync stays on: the crash test relies on what a committed transaction promises.
  const settings = `-p ${port} -k ${dataDir} -h 127.0.0.1 -c max_connections=200 -c shared_buffers=64MB`;
  run("pg_ctl", ["-D", cluster, "-l", path.join(dataDir, "server.log"), "-w", "-t", "60", "-o", settings, "start"]);
  let stopped = false;
  return {
    port,
    dataDir,
    url: (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", cluster, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** Creates an empty database on the server and returns its URL. */
export async function createDatabase(server: TemporaryPostgres, name: string): Promise<string> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: server.url() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return server.url(name);
}

if (require.main === module) {
  void startTemporaryPostgres().then(async (server) => {
    const url = await createDatabase(server, "workbench");
    console.log(`PostgreSQL is running: DATABASE_URL=${url}`);
    const stop = () => {
      server.stop();
      process.exit(0);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    setInterval(() => {}, 1 << 30);
  });
}

/** A new, empty database `name` on the server of a given PostgreSQL URL (dropped first if it exists); its URL. */
export async function recreateDatabaseAt(givenUrl: string, name: string): Promise<string> {
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: givenUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(givenUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
