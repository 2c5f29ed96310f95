import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { databaseEngine } from "../lib/server/database-url";
import { createDatabase, recreateDatabaseAt, startTemporaryPostgres, type TemporaryPostgres } from "./pg-cluster";
import { ensurePrismaClient } from "./prepare";

/**
 * `npm run test:postgres`: the PostgreSQL leg of the checks (`npm test` runs it after the SQLite
 * leg). On a throwaway PostgreSQL server (or the one DATABASE_URL names: each step gets its own
 * new database on it): the unit tests that open a database (through scripts/test-database.ts;
 * the others do not depend on the engine, and the PostgreSQL-only ones ran in the SQLite leg
 * already, on servers of their own); the browser tests whose data the engine could change
 * (POSTGRES_BROWSER_SPECS); two app instances serving one class; the crash test. Builds the
 * app first when no build is there. Stops at the first failure. Its test runners' reports go to
 * .test-reports/*-postgres.json (counted by `npm test`'s closing line).
 */
const root = path.resolve(__dirname, "..");
process.chdir(root);
const REPORTS = path.join(root, ".test-reports");

// The browser specs whose data the engine could change: accounts, drafts, saved simulations,
// amendments, classes, and every cell of the authorization matrix (who may read or write what is
// decided where the data is read and written). The others write data too (each registers its
// users; several import or create drafts) through the same data layer, but what they check (pages,
// accessibility, layout, the Charter's rules, the Word file, security headers) does not depend on
// the engine: they run on SQLite only, to keep this leg short.
export const POSTGRES_BROWSER_SPECS = [
  "e2e/authorization.spec.ts",
  "e2e/accounts.spec.ts",
  "e2e/drafts.spec.ts",
  "e2e/simulate.spec.ts",
  "e2e/amendments.spec.ts",
  "e2e/amendment-votes.spec.ts",
  "e2e/classroom.spec.ts",
  "e2e/classroom-api.spec.ts",
  "e2e/class-president.spec.ts",
];

/** The unit test files that take their database from scripts/test-database.ts (SQLite or DATABASE_URL's PostgreSQL). */
export function databaseUnitTests(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") walk(relative);
      } else if (entry.name.endsWith(".test.ts") && /\/test-database"/.test(readFileSync(path.join(root, relative), "utf8"))) {
        found.push(relative);
      }
    }
  };
  for (const dir of ["lib", "scripts"]) walk(dir);
  return found.sort();
}

async function main() {
  let server: TemporaryPostgres | undefined;
  const given = databaseEngine() === "postgresql" ? process.env.DATABASE_URL! : null;
  const database = async (name: string): Promise<string> => {
    if (!given) return createDatabase(server!, name);
    return recreateDatabaseAt(given, name);
  };
  try {
    if (!given) server = await startTemporaryPostgres();
    ensurePrismaClient();
    const base = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
    mkdirSync(REPORTS, { recursive: true });
    const unitTests = databaseUnitTests();
    const steps: { name: string; command: string; args: string[]; env: () => Promise<NodeJS.ProcessEnv> }[] = [
      {
        name: `unit tests on PostgreSQL (${unitTests.length} files that open a database)`,
        command: "npx",
        args: ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(REPORTS, "vitest-postgres.json")}`, ...unitTests],
        env: async () => ({ ...base, DATABASE_URL: await database("workbench_unit") }),
      },
      {
        name: "browser tests on PostgreSQL",
        command: "npx",
        args: ["playwright", "test", "--reporter=list,json", ...POSTGRES_BROWSER_SPECS],
        env: async () => ({ ...base, E2E_DATABASE_URL: await database("workbench_e2e"), PLAYWRIGHT_JSON_OUTPUT_FILE: path.join(REPORTS, "playwright-postgres.json") }),
      },
      { name: "two instances, one class", command: "npx", args: ["tsx", "scripts/check-instances.ts"], env: async () => ({ ...base, DATABASE_URL: await database("workbench_instances") }) },
      { name: "crash test on PostgreSQL", command: "npx", args: ["tsx", "scripts/crash-test.ts", "--db", "postgres"], env: async () => ({ ...base, DATABASE_URL: await database("workbench_crash") }) },
    ];
    if (!existsSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
      steps.splice(1, 0, { name: "build", command: "npx", args: ["next", "build"], env: async () => base });
    }
    for (const step of steps) {
      console.log(`\n=== ${step.name} ===`);
      const started = Date.now();
      const result = spawnSync(step.command, step.args, { stdio: "inherit", env: await step.env() });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (result.status !== 0) {
        console.error(`\n✗ ${step.name} failed (${seconds} s)`);
        process.exitCode = result.status ?? 1;
        return;
      }
      console.log(`✓ ${step.name} (${seconds} s)`);
    }
    console.log("\nAll PostgreSQL checks passed.");
  } finally {
    server?.stop();
  }
}

main().catch((error) => {
  console.error(`test:postgres: ${(error as Error).message}`);
  process.exit(1);
});
