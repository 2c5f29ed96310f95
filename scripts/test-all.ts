import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensurePrismaClient } from "./prepare";

/**
 * `npm test`: every check, in the order that fails fastest — lint, types, unit tests,
 * production build, browser tests against the built app. Stops at the first failure.
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
  const vitest = read("vitest.json");
  const playwright = read("playwright.json");
  return {
    passed: (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0),
    failed: (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0),
    skipped: (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0),
  };
}

const counts = testCounts();
console.log("\nAll checks passed.");
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`);
