/**
 * Two app instances on one PostgreSQL database, as behind a load balancer: a delegate whose
 * event stream is served by instance A sees the vote opened and the ballot cast through
 * instance B; after a lost connection the delegate reconnects to B with Last-Event-ID and
 * catches up, from the database, with what happened meanwhile on A. Exits 1 when it does not.
 *
 *   npx next build && npm run test:instances     (DATABASE_URL=postgresql://… to use a server,
 *                                                 else a throwaway one; E2E_PORT, default 3208)
 */
import { performance } from "node:perf_hooks";
import type { ChildProcess } from "node:child_process";
import { databaseEngine } from "../lib/server/database-url";
import { startAppInstance, startBenchServer, CookieJar, type BenchServer } from "./bench-server";
import { createDatabase, startTemporaryPostgres, type TemporaryPostgres } from "./pg-cluster";
import { openEventStream, requestJson, waitUntil } from "./sse-reader";

const PORT_A = Number(process.env.E2E_PORT ?? 3208);
const PORT_B = PORT_A + 10;

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
  console.log(`  ✓ ${message}`);
}

async function main() {
  let postgres: TemporaryPostgres | undefined;
  let bench: BenchServer | undefined;
  let instanceB: ChildProcess | undefined;
  const closers: (() => void)[] = [];
  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl || databaseEngine() !== "postgresql") {
      postgres = await startTemporaryPostgres();
      databaseUrl = await createDatabase(postgres, "instances");
    }
    bench = await startBenchServer(PORT_A, { email: "chair@example.org", name: "Chair Teacher", role: "teacher" }, "workbench-instances-", { databaseUrl });
    instanceB = await startAppInstance(PORT_B, bench.env);
    const a = `http://127.0.0.1:${PORT_A}`;
    const b = `http://127.0.0.1:${PORT_B}`;
    console.log(`two instances on one PostgreSQL database: A ${a}, B ${b}`);
    const teacher = bench.cookie;

    const created = await requestJson(a, "POST", "/api/classes", teacher, { name: "Two instances", body: "security-council", year: 2022 });
    check(created.status === 201, "the teacher opens a class on A");
    const { id: classId, joinCode } = created.data as { id: string; joinCode: string };
    const joined = await fetch(`${b}/api/classes/join`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ code: joinCode, name: "Delegate of France" }) });
    check(joined.status === 200, "a guest delegate joins through B");
    const jar = new CookieJar();
    jar.take(joined);
    const delegate = jar.header();
    const { delegateId } = (await joined.json()) as { delegateId: string };
    const seated = await requestJson(b, "PUT", `/api/classes/${classId}/seats/FRA`, teacher, { delegateIds: [delegateId] });
    check(seated.status === 200, "the chair seats the delegate as France through B");

    const onA = await openEventStream(a, classId, delegate);
    closers.push(onA.close);
    const opened = await requestJson(b, "POST", `/api/classes/${classId}/votes`, teacher, { title: "Draft resolution S/2022/155", matter: "substantive", basis: "chapter-vii" });
    check(opened.status === 201, "the chair opens a vote through B");
    const { voteId } = opened.data as { voteId: string };
    await waitUntil(() => onA.events.some((event) => event.type === "vote-opened"), 10_000, "vote-opened on A");
    check(true, "the delegate's stream on A hears the vote opened through B");
    const sent = performance.now();
    const ballot = await requestJson(b, "POST", `/api/classes/${classId}/votes/${voteId}/ballot`, delegate, { vote: "Y" });
    check(ballot.status === 200, "the delegate casts Yes through B");
    await waitUntil(() => onA.events.some((event) => event.type === "ballot"), 10_000, "the ballot on A");
    const heard = onA.events.find((event) => event.type === "ballot")!;
    check(JSON.stringify(heard.data).includes('"FRA"'), `the stream on A hears France's ballot cast through B (${(heard.at - sent).toFixed(0)} ms after it was sent)`);

    // The connection to A drops; meanwhile France changes its vote through A and the chair closes the vote through A.
    const lastSeen = onA.events.at(-1)!.id;
    onA.close();
    const changed = await requestJson(a, "POST", `/api/classes/${classId}/votes/${voteId}/ballot`, delegate, { vote: "A" });
    check(changed.status === 200, "while disconnected, France abstains instead, through A");
    const closed = await requestJson(a, "POST", `/api/classes/${classId}/votes/${voteId}/close`, teacher, {});
    check(closed.status === 200, "the chair closes the vote through A");
    const onB = await openEventStream(b, classId, delegate, lastSeen);
    closers.push(onB.close);
    await waitUntil(() => onB.events.some((event) => event.type === "vote-closed"), 10_000, "the catch-up on B");
    const missed = onB.events.map((event) => event.type);
    check(missed[0] === "ballot" && missed.includes("vote-closed") && onB.events.every((event) => event.id > lastSeen), `reconnecting to B with Last-Event-ID ${lastSeen} replays what was missed, from the database (${missed.join(", ")})`);
    console.log("two instances: all checks passed");
  } finally {
    for (const close of closers) close();
    instanceB?.kill("SIGTERM");
    bench?.stop();
    postgres?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  },
);
