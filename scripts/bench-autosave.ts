/**
 * Speed of the autosave round trip (PUT /api/drafts/[id]) against the built app. Prints figures,
 * asserts nothing (house style: speed goals are measured by benchmark scripts, not timed tests).
 * Goal: p95 under 50 ms for a 200-paragraph draft, each save based on the previous revision.
 *
 *   npm run build && npm run bench:autosave      (NEXT_DIST_DIR picks another build folder)
 *   npm run bench:autosave -- --db postgres     (on PostgreSQL: DATABASE_URL's server, or a throwaway one)
 */
import { createServer } from "node:net";
import { performance } from "node:perf_hooks";
import { benchDatabase, type BenchDatabase } from "./bench-database";
import { startBenchServer, type BenchServer } from "./bench-server";

const PARAGRAPHS = 200;
const SAVES = Number(process.env.BENCH_SAVES ?? 200);
const WARM_UP = 10;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function draftOf(size: number, round: number) {
  const preambleCount = Math.floor(size / 4);
  return {
    schemaVersion: 1,
    body: "security-council",
    symbol: "S/2026/100",
    date: "2026-01-15",
    agendaItem: "Maintenance of international peace and security",
    sponsors: ["ALB", "NOR", "GBR"],
    preamble: Array.from({ length: preambleCount }, (_, index) => ({
      id: `pp${index}`,
      phrase: "Recalling",
      text: `its resolution ${2000 + index} (2011) and the statements of its President on the matter, in particular of ${index + 1} March 2025`,
    })),
    operative: Array.from({ length: size - preambleCount }, (_, index) => ({
      id: `op${index}`,
      phrase: "Requests",
      text: `the Secretary-General to report on the implementation of paragraph ${index + 1} of this resolution within ninety days (round ${round})`,
      subparagraphs: [],
    })),
  };
}

function percentile(sorted: number[], share: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

async function main() {
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  let bench: BenchServer | undefined;
  let database: BenchDatabase | undefined;
  process.on("SIGINT", () => {
    bench?.stop();
    database?.stop();
    process.exit(130);
  });
  try {
    database = await benchDatabase(process.argv, "workbench_bench_autosave");
    bench = await startBenchServer(port, { email: "bench@example.org", name: "Bench Delegate", role: "student" }, "workbench-bench-", { databaseUrl: database.url });
    const { baseUrl } = bench;
    const headers = { "Content-Type": "application/json", Cookie: bench.cookie };
    const created = await fetch(`${baseUrl}/api/drafts`, { method: "POST", headers, body: JSON.stringify({ document: draftOf(PARAGRAPHS, 0) }) });
    if (created.status !== 201) throw new Error(`creating the draft failed (${created.status}): ${await created.text()}`);
    const { id } = (await created.json()) as { id: string };
    let revision = 1;
    const bodyBytes = JSON.stringify({ baseRevision: 1, document: draftOf(PARAGRAPHS, 0) }).length;

    const timings: number[] = [];
    for (let round = 1; round <= WARM_UP + SAVES; round++) {
      const body = JSON.stringify({ baseRevision: revision, document: draftOf(PARAGRAPHS, round) });
      const started = performance.now();
      const response = await fetch(`${baseUrl}/api/drafts/${id}`, { method: "PUT", headers, body });
      const answer = (await response.json()) as { revision?: number };
      const elapsed = performance.now() - started;
      if (response.status !== 200 || typeof answer.revision !== "number") throw new Error(`save ${round} failed (${response.status})`);
      revision = answer.revision;
      if (round > WARM_UP) timings.push(elapsed);
    }

    const sorted = [...timings].sort((left, right) => left - right);
    const mean = timings.reduce((total, value) => total + value, 0) / timings.length;
    console.log(`autosave round trips on ${database.engine}: ${timings.length} sequential PUTs of a ${PARAGRAPHS}-paragraph draft (${(bodyBytes / 1024).toFixed(1)} KiB), after ${WARM_UP} warm-up saves`);
    console.log(`  p50  ${percentile(sorted, 0.5).toFixed(1)} ms`);
    console.log(`  p95  ${percentile(sorted, 0.95).toFixed(1)} ms   (goal < 50 ms)`);
    console.log(`  mean ${mean.toFixed(1)} ms`);
    console.log(`  min  ${sorted[0].toFixed(1)} ms   max ${sorted[sorted.length - 1].toFixed(1)} ms`);
    console.log(`  final revision ${revision}`);
  } finally {
    bench?.stop();
    database?.stop();
  }
}

main().catch((error) => {
  console.error(`bench:autosave failed: ${(error as Error).message}`);
  process.exit(1);
});
