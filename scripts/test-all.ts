import { spawnSync } from "node:child_process";
import path from "node:path";
import { ensurePrismaClient } from "./prepare";

/**
 * `npm test`: every check, in the order that fails fastest — lint, types, unit tests,
 * production build, browser tests against the built app. Stops at the first failure.
 */
const root = path.resolve(__dirname, "..");
process.chdir(root);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

const steps: { name: string; command: string; args: string[] }[] = [
  { name: "lint", command: "npx", args: ["eslint", ".", "--max-warnings", "0"] },
  { name: "types", command: "npx", args: ["tsc", "--noEmit"] },
  { name: "unit tests", command: "npx", args: ["vitest", "run"] },
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
console.log("\nAll checks passed.");
