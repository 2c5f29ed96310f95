import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Where the e2e server keeps its throwaway database and data folder: one folder per port, so
 * that runs on other ports never share it, known to both the server (through E2E_DATA_DIR,
 * set by the Playwright config) and the test fixtures, which remove the users they created.
 */
export function e2eDataDir(port: number | string): string {
  return path.join(tmpdir(), `workbench-e2e-${port}`);
}

export function e2eDatabasePath(dataDir: string): string {
  return path.join(dataDir, "e2e.db");
}

export const e2ePort = (): number => Number(process.env.E2E_PORT ?? 3100);
