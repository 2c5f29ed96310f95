import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrate } from "./migrate";
import { nextStartArgs } from "./next-server";

/**
 * The built app served for a benchmark: a throwaway database and data folder, one user created
 * in it and signed in through next-auth's credentials endpoint, loopback only. `stop()` ends the
 * server and removes the folder.
 */
export type BenchServer = { baseUrl: string; cookie: string; process: ChildProcess; stop: () => void; env: NodeJS.ProcessEnv };

/** Options: another database than the throwaway SQLite file (say, a PostgreSQL database made for the run). */
export type BenchServerOptions = { databaseUrl?: string };

/** `next start` of the built app on a port, loopback only; resolves once it answers. */
export async function startAppInstance(port: number, env: NodeJS.ProcessEnv, stdio: "ignore" | "inherit" = "ignore"): Promise<ChildProcess> {
  const root = path.resolve(__dirname, "..");
  const baseUrl = `http://127.0.0.1:${port}`;
  // BENCH_NODE_ARGS passes flags to the server's Node (for example --cpu-prof to profile it).
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, ...nextStartArgs(port, "127.0.0.1")], {
    cwd: root,
    env: { ...env, NEXTAUTH_URL: baseUrl },
    stdio: ["ignore", stdio, "inherit"],
  });
  try {
    await waitFor(`${baseUrl}/sign-in`, 90_000);
  } catch (error) {
    server.kill("SIGKILL");
    throw error;
  }
  return server;
}

export type BenchUser = { email: string; name: string; role: "teacher" | "student" };

/** Cookies as a browser keeps them: Set-Cookie answers in, one Cookie header out. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

export async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not answer at ${url}`);
}

export async function startBenchServer(port: number, user: BenchUser, folderPrefix: string, options: BenchServerOptions = {}): Promise<BenchServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), folderPrefix));
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: options.databaseUrl ?? `file:${path.join(dataDir, "bench.db")}`,
    DATA_DIR: dataDir,
    DEMO: "0",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: "bench-secret-not-for-production-use-0123456789",
    NEXTAUTH_URL: baseUrl,
  };
  let server: ChildProcess | undefined;
  const stop = () => {
    server?.kill("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await migrate(env);
    Object.assign(process.env, { DATABASE_URL: env.DATABASE_URL });
    const { createPrismaClient } = await import("../lib/server/prisma-client");
    const { hashPassword } = await import("../lib/accounts/password");
    const db = createPrismaClient(env);
    const password = "bench-password-0123";
    await db.user.create({ data: { email: user.email, name: user.name, passwordHash: await hashPassword(password), role: user.role } });
    await db.$disconnect();

    server = await startAppInstance(port, env);

    // Sign in through next-auth's credentials endpoint: csrf token, then the callback.
    const jar = new CookieJar();
    const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
    jar.take(csrfResponse);
    const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
    const signIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.header() },
      body: new URLSearchParams({ csrfToken, email: user.email, password, json: "true", callbackUrl: baseUrl }),
    });
    jar.take(signIn);
    if (!jar.header().includes("session-token")) throw new Error(`sign-in failed (${signIn.status})`);
    return { baseUrl, cookie: jar.header(), process: server, stop, env };
  } catch (error) {
    stop();
    throw error;
  }
}
