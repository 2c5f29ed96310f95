import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensurePrismaClient } from "./prepare";
import { migrate } from "./migrate";
import { nextStartArgs } from "./next-server";

/**
 * `npm start`: prepares everything a fresh clone needs, then serves the app.
 * Generates the database client, applies migrations, seeds the demo content while demo mode is
 * on (lib/demo/accounts.ts: a local start, or DEMO=1),
 * builds the app when the sources changed since the last build, and runs `next start`.
 * `npm run dev` (`--dev`) prepares the same way, then runs `next dev` instead of building.
 */
const isDev = process.argv.includes("--dev");
const root = path.resolve(__dirname, "..");
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

const port = process.env.PORT ?? "3000";
const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
const buildStamp = path.join(distDir, "workbench-source-hash");

function log(message: string) {
  console.log(`[workbench] ${message}`);
}

function sourceHash(): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    const full = path.join(root, entry);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const child of readdirSync(full).sort()) {
        if (child === "generated" || child === "node_modules" || child.endsWith(".test.ts")) continue;
        visit(path.join(entry, child));
      }
    } else {
      hash.update(entry).update(readFileSync(full));
    }
  };
  for (const entry of ["app", "lib", "types", "public", "proxy.ts", "instrumentation-client.ts", "next.config.js", "package-lock.json", "tsconfig.json", "prisma/schema.prisma"]) {
    visit(entry);
  }
  return hash.digest("hex");
}

async function main() {
  ensurePrismaClient();
  log("applying database migrations");
  await migrate();
  const { isDemoMode } = await import("../lib/demo/accounts");
  if (isDemoMode()) {
    const { createPrismaClient } = await import("../lib/server/prisma-client");
    const { seedDemo } = await import("../lib/demo/seed");
    const db = createPrismaClient();
    const { created } = await seedDemo(db);
    await db.$disconnect();
    if (created.length) log(`demo content created (${created.join(", ")})`);
  }
  // Creates the auth secret in data/ on the first start when none is configured.
  const { getAuthSecret } = await import("../lib/server/auth-secret");
  const secret = getAuthSecret();

  if (isDev) {
    log(`development server on http://localhost:${port}`);
    serve([require.resolve("next/dist/bin/next"), "dev", "-p", port], secret);
    return;
  }

  const hash = sourceHash();
  const isBuilt = existsSync(path.join(distDir, "BUILD_ID")) && existsSync(buildStamp) && readFileSync(buildStamp, "utf8") === hash;
  if (!isBuilt || process.env.FORCE_BUILD === "1") {
    log("building the app (the first time takes a few minutes)");
    const build = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) {
      console.error("[workbench] the build failed; see the messages above");
      process.exit(build.status ?? 1);
    }
    writeFileSync(buildStamp, hash);
  }

  log(`serving http://localhost:${port}`);
  serve(nextStartArgs(port), secret);
}

function serve(args: string[], secret: string) {
  const server = spawn(process.execPath, args, {
    stdio: "inherit",
    env: {
      ...process.env,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    },
  });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(`[workbench] could not start: ${(error as Error).message}`);
  process.exit(1);
});
