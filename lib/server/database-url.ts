import path from "node:path";

/** The default database is one SQLite file in the git-ignored data/ folder. */
export const DEFAULT_DATABASE_URL = "file:./data/workbench.db";

/** DATABASE_URL, or the default; relative SQLite paths are taken from the project folder. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) return url;
  const file = url.slice("file:".length);
  return path.isAbsolute(file) ? url : `file:${path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)}`;
}

export function sqliteFilePath(env: NodeJS.ProcessEnv = process.env): string | null {
  const url = databaseUrl(env);
  return url.startsWith("file:") ? url.slice("file:".length) : null;
}

export type DatabaseEngine = "sqlite" | "postgresql";

/** A postgres:// or postgresql:// URL selects PostgreSQL; a file: URL (or none) keeps SQLite. */
export function databaseEngine(env: NodeJS.ProcessEnv = process.env): DatabaseEngine {
  return /^postgres(ql)?:\/\//i.test(databaseUrl(env)) ? "postgresql" : "sqlite";
}
