import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const generatedDir = path.join(root, "lib/generated/prisma");
const stampFile = path.join(generatedDir, ".schema-hash");

/** Generates the Prisma client when it is missing or the schema changed since. */
export function ensurePrismaClient(): void {
  const schema = readFileSync(path.join(root, "prisma/schema.prisma"));
  const hash = createHash("sha256").update(schema).digest("hex");
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash) return;
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  writeFileSync(stampFile, hash);
}

if (require.main === module) ensurePrismaClient();
