import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where the generated secret lives: the git-ignored data folder, never committed. */
export function authSecretFile(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.DATA_DIR ?? "data", "auth-secret");
}

let cached: string | undefined;

/**
 * NEXTAUTH_SECRET (or AUTH_SECRET) when configured; otherwise a secret generated once into the
 * data folder, so that a local start needs no environment variable.
 */
export function getAuthSecret(): string {
  if (cached) return cached;
  const configured = process.env.NEXTAUTH_SECRET?.trim() || process.env.AUTH_SECRET?.trim();
  if (configured) return (cached = configured);
  const file = authSecretFile();
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored) return (cached = stored);
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return (cached = secret);
}
