/**
 * Nothing acknowledged is lost: the built app is killed with SIGKILL in the middle of a burst of
 * autosaves and ballots, then the database is read directly. Every save that got a 200 must be
 * there with its text (its revision row and the draft at that revision or later), every ballot
 * that got a 200 must be recorded with its vote. Prints the counts; exits 1 on any loss.
 *
 *   npx next build && npm run test:crash -- --db sqlite|postgres
 *   (postgres: DATABASE_URL=postgresql://… names a server, else a throwaway one; the port:
 *   CRASH_PORT, else E2E_PORT + 20, E2E_PORT defaulting to 3208)
 */
import { readdirSync, readFileSync } from "node:fs";
import type { ChildProcess } from "node:child_process";
import { createDatabase, startTemporaryPostgres, type TemporaryPostgres } from "./pg-cluster";
import { CookieJar, startBenchServer, type BenchServer } from "./bench-server";
import { requestJson, waitUntil } from "./sse-reader";

const PORT = Number(process.env.CRASH_PORT ?? Number(process.env.E2E_PORT ?? 3208) + 20);
const DRAFTS = 8;
const GUESTS = 120;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** The process and every descendant, killed at once: no graceful shutdown of any part. */
function killTree(root: ChildProcess): void {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1] ?? 0);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // ended meanwhile
    }
  }
  const pids: number[] = [];
  const stack = [root.pid!];
  while (stack.length) {
    const pid = stack.pop()!;
    pids.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

function documentOf(title: string, marker: string) {
  return {
    schemaVersion: 1,
    body: "security-council",
    symbol: "S/2026/1",
    date: "2026-01-15",
    agendaItem: title,
    sponsors: [],
    preamble: [{ id: "pp0", phrase: "Recalling", text: "its previous resolutions" }],
    operative: [{ id: "op0", phrase: "Requests", text: `the Secretary-General to report (${marker})`, subparagraphs: [] }],
  };
}

async function main() {
  const engine = argument("db") ?? "sqlite";
  if (engine !== "sqlite" && engine !== "postgres") throw new Error('--db must be "sqlite" or "postgres"');
  let postgres: TemporaryPostgres | undefined;
  let bench: BenchServer | undefined;
  try {
    let databaseUrl: string | undefined;
    if (engine === "postgres") {
      if (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")) {
        databaseUrl = process.env.DATABASE_URL;
      } else {
        postgres = await startTemporaryPostgres();
        databaseUrl = await createDatabase(postgres, "crash");
      }
    }
    bench = await startBenchServer(PORT, { email: "crash-teacher@example.org", name: "Crash Teacher", role: "teacher" }, "workbench-crash-", { databaseUrl });
    const base = bench.baseUrl;
    const teacher = bench.cookie;
    console.log(`crash test on ${engine}: the built app on port ${PORT}`);

    // Drafts to autosave, and a General Assembly class with a seated guest per seat.
    const drafts: { id: string; revision: number }[] = [];
    for (let index = 0; index < DRAFTS; index++) {
      const created = await requestJson(base, "POST", "/api/drafts", teacher, { document: documentOf(`Draft ${index}`, "created") });
      if (created.status !== 201) throw new Error(`creating a draft failed (${created.status})`);
      drafts.push({ id: (created.data as { id: string }).id, revision: 1 });
    }
    const created = await requestJson(base, "POST", "/api/classes", teacher, { name: "Crash", body: "general-assembly", year: 2022 });
    const { id: classId, joinCode } = created.data as { id: string; joinCode: string };
    const guests: { cookie: string; delegateId: string; seat?: string }[] = [];
    for (let batch = 0; batch < GUESTS; batch += 20) {
      guests.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(20, GUESTS - batch) }, async (_, index) => {
            const response = await fetch(`${base}/api/classes/join`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ code: joinCode, name: `Delegate ${batch + index}` }) });
            const jar = new CookieJar();
            jar.take(response);
            return { cookie: jar.header(), delegateId: ((await response.json()) as { delegateId: string }).delegateId };
          }),
        )),
      );
    }
    const seats = ((await requestJson(base, "POST", `/api/classes/${classId}/seats/auto`, teacher, { mode: "joined" })).data as { seats: Record<string, string | null> }).seats;
    const seatOf = new Map(Object.entries(seats).map(([iso3, delegateId]) => [delegateId, iso3]));
    for (const guest of guests) guest.seat = seatOf.get(guest.delegateId);
    const opened = await requestJson(base, "POST", `/api/classes/${classId}/votes`, teacher, { title: "Crash vote", matter: "substantive" });
    const { voteId } = opened.data as { voteId: string };

    // The burst: each draft saved again and again, ballots coming in one after another; SIGKILL part-way.
    const savedAcks: { draftId: string; revision: number; marker: string }[] = [];
    const ballotAcks: { iso3: string; vote: string }[] = [];
    let killed = false;
    const saveLoop = async (draft: { id: string; revision: number }) => {
      for (let round = 1; !killed; round++) {
        const marker = `${draft.id}-save-${round}`;
        try {
          const answer = await requestJson(base, "PUT", `/api/drafts/${draft.id}`, teacher, { baseRevision: draft.revision, document: documentOf("Saved", marker) });
          if (answer.status !== 200) {
            if (!killed) throw new Error(`a save was refused (${answer.status})`);
            return;
          }
          draft.revision = (answer.data as { revision: number }).revision;
          savedAcks.push({ draftId: draft.id, revision: draft.revision, marker });
        } catch (error) {
          if (killed) return;
          throw error;
        }
      }
    };
    const ballotLoop = async () => {
      const values = ["Y", "N", "A"];
      await Promise.all(
        guests.map(async (guest, index) => {
          await new Promise((resolve) => setTimeout(resolve, index * 15));
          if (killed) return;
          const vote = values[index % 3];
          try {
            const answer = await requestJson(base, "POST", `/api/classes/${classId}/votes/${voteId}/ballot`, guest.cookie, { vote });
            if (answer.status === 200) ballotAcks.push({ iso3: guest.seat!, vote });
          } catch {
            // cut off by the kill: not acknowledged
          }
        }),
      );
    };
    const burst = Promise.all([...drafts.map(saveLoop), ballotLoop()]);
    await waitUntil(() => ballotAcks.length >= GUESTS / 3 && savedAcks.length >= 40, 120_000, "the burst to be under way");
    killed = true;
    killTree(bench.process);
    await burst.catch(() => undefined);
    console.log(`  SIGKILL after ${savedAcks.length} acknowledged saves and ${ballotAcks.length} acknowledged ballots (of ${GUESTS})`);

    // Read the database directly, as the next start would.
    process.env.DATABASE_URL = bench.env.DATABASE_URL;
    const { createPrismaClient } = await import("../lib/server/prisma-client");
    const db = createPrismaClient(bench.env);
    let missing = 0;
    try {
      for (const ack of savedAcks) {
        const revision = await db.draftRevision.findUnique({ where: { draftId_number: { draftId: ack.draftId, number: ack.revision } }, select: { document: true } });
        const draft = await db.draft.findUnique({ where: { id: ack.draftId }, select: { revision: true } });
        if (!revision?.document.includes(ack.marker) || !draft || draft.revision < ack.revision) {
          missing++;
          console.error(`  ✗ save ${ack.marker} (revision ${ack.revision}) is not in the database`);
        }
      }
      const ballots = new Map((await db.classBallot.findMany({ where: { voteId }, select: { iso3: true, value: true } })).map((row) => [row.iso3, row.value]));
      for (const ack of ballotAcks) {
        if (ballots.get(ack.iso3) !== ack.vote) {
          missing++;
          console.error(`  ✗ the ballot of ${ack.iso3} (${ack.vote}) is not in the database`);
        }
      }
      console.log(`  in the database: ${savedAcks.length} saves checked, ${ballotAcks.length} ballots checked, ${ballots.size} ballot rows (bot seats included); acknowledged but lost: ${missing}`);
    } finally {
      await db.$disconnect();
    }
    if (missing > 0) throw new Error(`${missing} acknowledged writes were lost on ${engine}`);
    console.log(`crash test on ${engine}: nothing acknowledged was lost`);
  } finally {
    bench?.stop();
    postgres?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`✗ crash test: ${error.message}`);
    process.exit(1);
  },
);
