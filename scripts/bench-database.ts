import { createDatabase, recreateDatabaseAt, startTemporaryPostgres, type TemporaryPostgres } from "./pg-cluster";

/**
 * `--db sqlite` (the default) or `--db postgres` for a benchmark: PostgreSQL is the server that
 * DATABASE_URL names (a new database on it), else a throwaway server started for the run.
 */
export type BenchDatabase = { engine: "sqlite" | "postgres"; url: string | undefined; stop: () => void };

export async function benchDatabase(argv: string[], name: string): Promise<BenchDatabase> {
  const index = argv.indexOf("--db");
  const engine = index >= 0 ? argv[index + 1] : "sqlite";
  if (engine === "sqlite") return { engine, url: undefined, stop: () => {} };
  if (engine !== "postgres") throw new Error('--db must be "sqlite" or "postgres"');
  const given = process.env.DATABASE_URL;
  if (given && /^postgres(ql)?:\/\//.test(given)) {
    return { engine, url: await recreateDatabaseAt(given, name), stop: () => {} };
  }
  const server: TemporaryPostgres = await startTemporaryPostgres();
  return { engine, url: await createDatabase(server, name), stop: () => server.stop() };
}
