import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensurePrismaClient } from "./prepare";

/**
 * `npm test`: every check, in the order that fails fastest — lint, types, unit tests,
 * production build, browser tests against the built app, the crash test, all on SQLite; then
 * the PostgreSQL leg on a throwaway server (scripts/test-postgres.ts, `npm run test:postgres`:
 * the database unit tests, the data-touching browser tests, two instances serving one class,
 * the crash test). PostgreSQL's programs are a prerequisite, as for the unit tests already.
 * Stops at the first failure.
 */
const root = path.resolve(__dirname, "..");
process.chdir(root);
const REPORTS = path.join(root, ".test-reports");
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

const steps: { name: string; command: string; args: string[] }[] = [
  { name: "lint", command: "npx", args: ["eslint", ".", "--max-warnings", "0"] },
  { name: "types", command: "npx", args: ["tsc", "--noEmit"] },
  { name: "unit tests", command: "npx", args: ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(REPORTS, "vitest.json")}`] },
  { name: "build", command: "npx", args: ["next", "build"] },
  { name: "browser tests", command: "npx", args: ["playwright", "test"] },
  { name: "crash test on SQLite", command: "npx", args: ["tsx", "scripts/crash-test.ts", "--db", "sqlite"] },
  { name: "PostgreSQL leg", command: "npx", args: ["tsx", "scripts/test-postgres.ts"] },
];

ensurePrismaClient();
const typegen = spawnSync("npx", ["next", "typegen"], { stdio: "inherit", env });
if (typegen.status !== 0) process.exit(typegen.status ?? 1);

for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const result = spawnSync(step.command, step.args, { stdio: "inherit", env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${step.name} failed (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${step.name} (${seconds} s)`);
}
/** The counts of both test runners, read from their JSON reports, as one closing line. */
function testCounts(): { passed: number; failed: number; skipped: number } {
  const read = (file: string) => (existsSync(path.join(REPORTS, file)) ? JSON.parse(readFileSync(path.join(REPORTS, file), "utf8")) : null);
  // Each runner's report on SQLite, then on PostgreSQL.
  const vitest = ["vitest.json", "vitest-postgres.json"].map(read);
  const playwright = ["playwright.json", "playwright-postgres.json"].map(read);
  const sum = (values: (number | undefined)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);
  return {
    passed: sum(vitest.map((report) => report?.numPassedTests)) + sum(playwright.map((report) => (report?.stats?.expected ?? 0) + (report?.stats?.flaky ?? 0))),
    failed: sum(vitest.map((report) => report?.numFailedTests)) + sum(playwright.map((report) => report?.stats?.unexpected)),
    skipped: sum(vitest.map((report) => (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0))) + sum(playwright.map((report) => report?.stats?.skipped)),
  };
}

const counts = testCounts();
console.log("\nAll checks passed.");
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`);
