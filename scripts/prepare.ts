import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
// One client per engine: SQLite's from prisma/schema.prisma, PostgreSQL's from the schema
// generated from it (scripts/pg-schema.ts). The app picks one at run time (lib/server/prisma-client.ts).
const clients = [
  { schema: "prisma/schema.prisma", output: "lib/generated/prisma" },
  { schema: "prisma/postgres/schema.prisma", output: "lib/generated/prisma-pg" },
];

/** Generates each Prisma client when it is missing or its schema changed since. */
export function ensurePrismaClient(): void {
  for (const client of clients) {
    const schema = readFileSync(path.join(root, client.schema));
    const hash = createHash("sha256").update(schema).digest("hex");
    const stampFile = path.join(root, client.output, ".schema-hash");
    if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash) continue;
    execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate", "--schema", client.schema], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
    writeFileSync(stampFile, hash);
  }
}

if (require.main === module) ensurePrismaClient();
