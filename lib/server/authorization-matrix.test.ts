import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUTHORIZATION_MATRIX, handlerOf } from "./authorization-matrix";

const ROOT = path.resolve(__dirname, "../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((file) => !file.startsWith("lib/generated/"));
}

/** Every HTTP method each `app/**\/route.ts` exports, as "METHOD /path": `export async function GET`, `export const GET`, `export { handler as GET }`. */
function routeHandlersInCode(): string[] {
  const handlers: string[] = [];
  for (const file of filesUnder("app").filter((name) => name.endsWith("/route.ts"))) {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    const routePath = `/${file.slice("app/".length, -"/route.ts".length)}`.replace(/\/\([^)]+\)/g, "");
    const methods = new Set<string>();
    for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) methods.add(match[1]);
    for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
      for (const part of match[1].split(",")) methods.add(part.trim().split(/\s+as\s+/).pop()!.trim());
    }
    for (const method of methods) if (HTTP_METHODS.includes(method)) handlers.push(`${method} ${routePath}`);
  }
  return handlers.sort();
}

/** Every export of each file that starts with "use server", as "file#name": each one is a public endpoint. */
function serverActionsInCode(): string[] {
  const actions: string[] = [];
  for (const file of [...filesUnder("app"), ...filesUnder("lib")]) {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    if (!/^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(source)) continue;
    for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function\*?|const|let)\s+([A-Za-z0-9_$]+)/g)) actions.push(`${file}#${match[1]}`);
    for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
      for (const part of match[1].split(",")) if (part.trim()) actions.push(`${file}#${part.trim().split(/\s+as\s+/).pop()!.trim()}`);
    }
  }
  return actions.sort();
}

describe("the authorization matrix (lib/server/authorization-matrix.ts)", () => {
  const inCode = [...routeHandlersInCode(), ...serverActionsInCode()];
  const inMatrix = Object.keys(AUTHORIZATION_MATRIX).sort();
  // A further case of a handler ("… (what)") counts for that handler.
  const handlersInMatrix = inMatrix.map(handlerOf);

  it("finds the app's route handlers and server actions (the scan itself works)", () => {
    expect(inCode).toContain("GET /api/drafts/[id]");
    expect(inCode).toContain("POST /api/auth/[...nextauth]");
    expect(inCode).toContain("lib/drafts/actions.ts#inviteToDraftAction");
  });

  it("has a row for every route handler and server action in the code", () => {
    const missing = inCode.filter((key) => !handlersInMatrix.includes(key));
    expect(
      missing,
      `These have no row in AUTHORIZATION_MATRIX (lib/server/authorization-matrix.ts); add one for each, with the outcome for every actor:\n${missing.map((key) => `  "${key}"`).join("\n")}`,
    ).toEqual([]);
  });

  it("has no row for a route handler or server action that no longer exists", () => {
    const stale = inMatrix.filter((key) => !inCode.includes(handlerOf(key)));
    expect(stale, `These rows of AUTHORIZATION_MATRIX (lib/server/authorization-matrix.ts) name nothing in the code; remove or rename them:\n${stale.map((key) => `  "${key}"`).join("\n")}`).toEqual([]);
  });
});
