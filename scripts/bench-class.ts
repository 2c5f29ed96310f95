/**
 * The live classroom under load, against the built app on a throwaway database (loopback only):
 * 2,000 Server-Sent Events clients connected to one General Assembly class of 193 seats, one
 * guest delegate per seat, all 193 ballots sent at once. Prints figures, asserts nothing; bounded
 * in count and time, and stops by itself.
 *
 *   npm run build && npm run bench:class      (BENCH_PORT, default 3205; BENCH_CLIENTS, default 2000)
 *   npm run bench:class -- --db postgres --instances 2
 *     on PostgreSQL (DATABASE_URL's server, or a throwaway one), with the clients and the ballots
 *     spread over two app instances (ports BENCH_PORT, BENCH_PORT + 10): a ballot sent to one
 *     instance reaches the clients of the other through LISTEN/NOTIFY.
 *
 * Figures:
 * - ballot → broadcast: from the moment a ballot's request is sent to the moment each client
 *   receives that ballot's event (p50 / p95 over every ballot × client). All 193 are sent at
 *   once, so this includes the wait behind the other ballots of the burst. Goal p95 < 100 ms.
 * - fan-out: for each ballot, from the first client's delivery to the last client's: the share of
 *   the broadcast itself, apart from the wait behind the burst.
 * - events lost: ballot and close events a client should have received and did not. Goal 0.
 * - server memory per connection: the server's RSS after connecting the clients minus before,
 *   divided by the number of clients.
 * - close → result on all clients: from sending "close" to each client's `vote-closed` (p95 and
 *   the last client). Goal p95 < 500 ms.
 * - on PostgreSQL, the ballot → broadcast latency split at the commit: the process that sends the
 *   ballots LISTENs on the class events' channel itself (it is idle while the server works, where
 *   this one is busy reading the streams, and shares this one's clock), and a ballot's
 *   notification reaching it marks its commit (the notification leaves when the transaction commits). Queueing: request sent → commit (the
 *   HTTP request, the wait behind the burst, the transaction). Propagation: commit → delivery on
 *   each client (NOTIFY to the instances' LISTEN, the write rounds, the stream), apart for the
 *   clients of the instance that took the ballot and those of the other one.
 */
import { readFileSync, readdirSync } from "node:fs";
import { spawn } from "node:child_process";
import http from "node:http";
import { performance } from "node:perf_hooks";
import type { ChildProcess } from "node:child_process";
import { Client as PostgresClient } from "pg";
import { CLASS_EVENTS_CHANNEL } from "../lib/classes/pubsub-postgres";
import { benchDatabase, type BenchDatabase } from "./bench-database";
import { CookieJar, startAppInstance, startBenchServer, type BenchServer } from "./bench-server";

const PORT = Number(process.env.BENCH_PORT ?? 3205);
const CLIENTS = Math.min(5_000, Number(process.env.BENCH_CLIENTS ?? 2_000));
const SEATS = 193;
const DEADLINE_MS = 480_000;

const baseUrl = `http://127.0.0.1:${PORT}`;
const instancesArgument = process.argv.indexOf("--instances");
const INSTANCES = Math.max(1, Math.min(4, instancesArgument >= 0 ? Number(process.argv[instancesArgument + 1]) || 1 : 1));
/** The instances' addresses: clients and ballots go round-robin over them. */
const instanceUrls = Array.from({ length: INSTANCES }, (_, index) => `http://127.0.0.1:${PORT + 10 * index}`);
/** Milliseconds on a clock that the sender process and this one share. */
const clock = () => performance.timeOrigin + performance.now();
const started = clock();

function progress(step: string): void {
  console.error(`  [${((clock() - started) / 1000).toFixed(1)} s] ${step}`);
}

async function json(method: string, url: string, cookie: string, body?: unknown, base = baseUrl): Promise<{ status: number; data: unknown }> {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: { "Content-Type": "application/json", Cookie: cookie },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, data: text ? JSON.parse(text) : null };
}

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1))];
}

/** RSS of a process and all its descendants (next start may run its server in a child). */
function treeRssBytes(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      rss.set(Number(entry), kb * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** The vote being measured; events of other votes are ignored by the clients. */
const target: { voteId: string | null } = { voteId: null };

type Client = {
  /** The instance serving the stream (its index in instanceUrls). */
  instance: number;
  request: http.ClientRequest;
  buffer: string;
  connected: boolean;
  ballots: Map<string, number>;
  opened: number | null;
  closed: number | null;
};

function connect(classId: string, cookie: string, agent: http.Agent, base = baseUrl): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client: Client = { instance: Math.max(0, instanceUrls.indexOf(base)), request: undefined as unknown as http.ClientRequest, buffer: "", connected: false, ballots: new Map(), opened: null, closed: null };
    const request = http.get(`${base}/api/classes/${classId}/events`, { agent, headers: { Cookie: cookie, Accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`event stream answered ${response.statusCode}`));
        response.resume();
        return;
      }
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        const now = clock();
        client.buffer += chunk;
        let end: number;
        while ((end = client.buffer.indexOf("\n\n")) >= 0) {
          const block = client.buffer.slice(0, end);
          client.buffer = client.buffer.slice(end + 2);
          if (!client.connected && block.includes(": connected")) {
            client.connected = true;
            resolve(client);
          }
          // Only the measured vote counts (the warm-up and the probe have votes of their own).
          if (!target.voteId || !block.includes(target.voteId)) continue;
          if (block.includes("\nevent: ballot\n")) {
            const iso3 = /"iso3":"([A-Z]{3})"/.exec(block)?.[1];
            if (iso3 && !client.ballots.has(iso3)) client.ballots.set(iso3, now);
          } else if (block.includes("\nevent: vote-opened\n")) client.opened = now;
          else if (block.includes("\nevent: vote-closed\n")) client.closed = now;
        }
      });
      response.on("error", () => undefined);
    });
    request.on("error", reject);
    client.request = request;
  });
}

type BurstRequest = { seat: string; cookie: string; url: string; body: string };
/** PostgreSQL: the sender listens for the ballots of this vote committed on the class events' channel. */
type BurstListen = { databaseUrl: string; voteId: string };
/** `committed`: when the ballot's notification reached the sender (PostgreSQL only, when heard). */
type BurstAnswer = { seat: string; status: number; sent: number; answered: number; committed?: number };

/**
 * Sends every request at once from a child process (this script with --sender) and returns when
 * all are answered (and, with `listen`, their commits heard or a few seconds passed).
 */
function sendBurst(requests: BurstRequest[], listen: BurstListen | null): Promise<BurstAnswer[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, __filename, "--sender"], { stdio: ["pipe", "pipe", "inherit"] });
    let output = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) reject(new Error(`the ballot sender stopped with code ${code}`));
      else resolve(JSON.parse(output) as BurstAnswer[]);
    });
    child.stdin.end(JSON.stringify({ requests, listen }));
  });
}

/**
 * The sender: reads the requests on stdin, sends them all at once, prints when each was sent and
 * answered and, on PostgreSQL, when its commit was heard on the channel.
 */
async function runSender(): Promise<void> {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  const { requests, listen } = JSON.parse(input) as { requests: BurstRequest[]; listen: BurstListen | null };
  const committedAt = new Map<string, number>();
  const listener = listen ? new PostgresClient({ connectionString: listen.databaseUrl }) : null;
  if (listener && listen) {
    await listener.connect();
    listener.on("notification", (message) => {
      const now = clock();
      if (!message.payload?.includes(listen.voteId)) return;
      const payload = JSON.parse(message.payload) as { t?: string; d?: { voteId?: string; iso3?: string } };
      if (payload.t === "ballot" && payload.d?.voteId === listen.voteId && payload.d.iso3 && !committedAt.has(payload.d.iso3)) committedAt.set(payload.d.iso3, now);
    });
    await listener.query(`LISTEN ${CLASS_EVENTS_CHANNEL}`);
  }
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const answers = await Promise.all(
    requests.map(
      (entry) =>
        new Promise<BurstAnswer>((resolve, reject) => {
          const sent = clock();
          const request = http.request(entry.url, { method: "POST", agent, headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(entry.body), Cookie: entry.cookie } }, (response) => {
            response.resume();
            response.on("end", () => resolve({ seat: entry.seat, status: response.statusCode ?? 0, sent, answered: clock() }));
          });
          request.on("error", reject);
          request.end(entry.body);
        }),
    ),
  );
  if (listener) {
    // A notification leaves at the commit, before the answer; it may still be on its way here.
    const accepted = answers.filter((answer) => answer.status === 200);
    await waitUntil(() => accepted.every((answer) => committedAt.has(answer.seat)), 5_000, "the commits on the channel").catch(() => undefined);
    await listener.end();
  }
  process.stdout.write(JSON.stringify(answers.map((answer) => ({ ...answer, committed: committedAt.get(answer.seat) }))));
}

async function waitUntil(test: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function main() {
  let bench: BenchServer | undefined;
  let database: BenchDatabase | undefined;
  const others: ChildProcess[] = [];
  const clients: Client[] = [];
  const cleanUp = () => {
    for (const client of clients) client.request.destroy();
    for (const other of others) other.kill("SIGTERM");
    bench?.stop();
    database?.stop();
  };
  const watchdog = setTimeout(() => {
    console.error(`bench:class stopped after ${DEADLINE_MS / 1000} s`);
    cleanUp();
    process.exit(1);
  }, DEADLINE_MS);
  process.on("SIGINT", () => {
    cleanUp();
    process.exit(130);
  });
  try {
    database = await benchDatabase(process.argv, "workbench_bench_class");
    if (INSTANCES > 1 && database.engine !== "postgres") throw new Error("several instances share a class through PostgreSQL: add --db postgres");
    bench = await startBenchServer(PORT, { email: "bench-teacher@example.org", name: "Bench Teacher", role: "teacher" }, "workbench-bench-class-", { databaseUrl: database.url });
    for (const url of instanceUrls.slice(1)) others.push(await startAppInstance(Number(new URL(url).port), bench.env));
    const teacher = bench.cookie;

    const created = await json("POST", "/api/classes", teacher, { name: "Benchmark Assembly", body: "general-assembly", year: 2022 });
    if (created.status !== 201) throw new Error(`creating the class failed (${created.status})`);
    const { id: classId, joinCode } = created.data as { id: string; joinCode: string };

    // One guest delegate per seat, joined in batches, then seated in the order joined.
    const guests: { cookie: string; seat?: string }[] = [];
    for (let batch = 0; batch < SEATS; batch += 20) {
      const joined = await Promise.all(
        Array.from({ length: Math.min(20, SEATS - batch) }, async (_, index) => {
          const response = await fetch(`${baseUrl}/api/classes/join`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ code: joinCode, name: `Delegate ${batch + index + 1}` }) });
          if (response.status !== 200) throw new Error(`join failed (${response.status})`);
          const jar = new CookieJar();
          jar.take(response);
          return { cookie: jar.header(), delegateId: ((await response.json()) as { delegateId: string }).delegateId };
        }),
      );
      guests.push(...joined.map((entry) => ({ cookie: entry.cookie, delegateId: entry.delegateId })));
    }
    const assigned = await json("POST", `/api/classes/${classId}/seats/auto`, teacher, { mode: "joined" });
    const seats = (assigned.data as { seats: Record<string, string | null> }).seats;
    const delegateSeat = new Map(Object.entries(seats).map(([iso3, delegateId]) => [delegateId, iso3]));
    const seated = guests.map((entry) => ({ ...entry, seat: delegateSeat.get((entry as unknown as { delegateId: string }).delegateId) }));
    if (seated.some((entry) => !entry.seat)) throw new Error("not every guest got a seat");

    // Warm the routes once (the first request of a route loads its code).
    const warm = await json("POST", `/api/classes/${classId}/votes`, teacher, { title: "Warm-up", matter: "procedural" });
    const warmId = (warm.data as { voteId: string }).voteId;
    await json("POST", `/api/classes/${classId}/votes/${warmId}/ballot`, seated[0].cookie, { vote: "Y" });
    await json("POST", `/api/classes/${classId}/votes/${warmId}/close`, teacher, {});

    progress("class ready: 193 guests seated");
    const roundTrips = async (voteId: string): Promise<number> => {
      const times: number[] = [];
      for (let round = 0; round < 5; round++) {
        const sent = performance.now();
        await json("POST", `/api/classes/${classId}/votes/${voteId}/ballot`, seated[1].cookie, { vote: round % 2 === 0 ? "Y" : "A" });
        times.push(performance.now() - sent);
      }
      return times.sort((left, right) => left - right)[2];
    };
    const probe = (await json("POST", `/api/classes/${classId}/votes`, teacher, { title: "Probe", matter: "procedural" })).data as { voteId: string };
    const quietBallot = await roundTrips(probe.voteId);
    const serverPids = [bench.process.pid!, ...others.map((other) => other.pid!)];
    const rssOfInstances = () => serverPids.reduce((total, pid) => total + treeRssBytes(pid), 0);
    const rssBefore = rssOfInstances();
    const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
    const connectStarted = performance.now();
    for (let batch = 0; batch < CLIENTS; batch += 100) {
      if (batch % 500 === 0) progress(`connecting clients ${batch}…`);
      const opened = await Promise.all(Array.from({ length: Math.min(100, CLIENTS - batch) }, (_, index) => connect(classId, seated[(batch + index) % seated.length].cookie, agent, instanceUrls[(batch + index) % INSTANCES])));
      clients.push(...opened);
    }
    const connectMs = performance.now() - connectStarted;
    progress(`${clients.length} clients connected`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const rssAfter = rssOfInstances();

    const busyBallot = await roundTrips(probe.voteId);
    await json("POST", `/api/classes/${classId}/votes/${probe.voteId}/close`, teacher, {});
    const opened = await json("POST", `/api/classes/${classId}/votes`, teacher, { title: "Draft resolution A/ES-11/L.1", matter: "substantive" });
    if (opened.status !== 201) throw new Error(`opening the vote failed (${opened.status})`);
    const voteId = (opened.data as { voteId: string }).voteId;
    target.voteId = voteId;
    // vote-opened may reach a client before the answer to "open" reaches the benchmark: any event of the vote will do.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    progress("vote opened");

    // All 193 ballots at once, from a process of their own: the 2,000 streams read here must not
    // hold the ballots back (the burst would then measure this process, not the server).
    const values = ["Y", "Y", "Y", "N", "A"] as const;
    const burst = await sendBurst(
      seated.map((entry, index) => ({
        seat: entry.seat!,
        cookie: entry.cookie,
        // With several instances, a ballot goes to the instance after the one its sender's first stream is on.
        url: `${instanceUrls[(index + 1) % INSTANCES]}/api/classes/${classId}/votes/${voteId}/ballot`,
        body: JSON.stringify({ vote: values[index % values.length] }),
      })),
      database.engine === "postgres" && database.url ? { databaseUrl: database.url, voteId } : null,
    );
    const sentAt = new Map(burst.map((entry) => [entry.seat, entry.sent]));
    /** PostgreSQL: when each seat's ballot was heard committed on the channel. */
    const committedAt = new Map(burst.filter((entry) => entry.committed !== undefined).map((entry) => [entry.seat, entry.committed!]));
    const answers = burst;
    const burstMs = Math.max(...burst.map((entry) => entry.answered)) - Math.min(...burst.map((entry) => entry.sent));
    const refused = answers.filter((entry) => entry.status !== 200).length;
    progress(`ballots answered (${refused} refused)`);
    await waitUntil(() => clients.every((client) => client.ballots.size >= SEATS), 60_000, "every ballot on every client").catch(() => undefined);

    progress("ballots delivered");
    const closeSent = clock();
    const closed = await json("POST", `/api/classes/${classId}/votes/${voteId}/close`, teacher, {});
    const closeAnswered = clock() - closeSent;
    await waitUntil(() => clients.every((client) => client.closed !== null), 30_000, "vote-closed on every client").catch(() => undefined);

    const latencies: number[] = [];
    let lost = 0;
    for (const client of clients) {
      for (const [iso3, sent] of sentAt) {
        const received = client.ballots.get(iso3);
        if (received === undefined) lost++;
        else latencies.push(received - sent);
      }
      if (client.closed === null) lost++;
    }
    latencies.sort((left, right) => left - right);
    // The broadcast's own share: for each ballot, from the first client that got it to the last.
    const spreads: number[] = [];
    for (const iso3 of sentAt.keys()) {
      const times = clients.map((client) => client.ballots.get(iso3)).filter((time): time is number => time !== undefined);
      if (times.length > 0) spreads.push(Math.max(...times) - Math.min(...times));
    }
    spreads.sort((left, right) => left - right);
    // PostgreSQL: queueing (sent → commit) and propagation (commit → each delivery), per instance.
    const ballotInstance = new Map(seated.map((entry, index) => [entry.seat!, (index + 1) % INSTANCES]));
    const queueing = [...sentAt].filter(([iso3]) => committedAt.has(iso3)).map(([iso3, sent]) => committedAt.get(iso3)! - sent).sort((left, right) => left - right);
    const propagation = { same: [] as number[], other: [] as number[] };
    for (const client of clients) {
      for (const [iso3, received] of client.ballots) {
        const committed = committedAt.get(iso3);
        if (committed !== undefined) propagation[client.instance === ballotInstance.get(iso3) ? "same" : "other"].push(received - committed);
      }
    }
    propagation.same.sort((left, right) => left - right);
    propagation.other.sort((left, right) => left - right);
    const closeTimes = clients.filter((client) => client.closed !== null).map((client) => client.closed! - closeSent).sort((left, right) => left - right);
    const result = closed.data as { outcome: string; yes: number; no: number; abstain: number };

    console.log(`bench:class — ${clients.length} SSE clients on one General Assembly class of ${SEATS} seats (built app, loopback, ${database.engine}, ${INSTANCES} instance${INSTANCES > 1 ? "s" : ""} from port ${PORT})`);
    console.log(`  connected ${clients.length} clients in ${(connectMs / 1000).toFixed(1)} s`);
    console.log(`  one ballot's round trip, one at a time (median of 5): ${quietBallot.toFixed(0)} ms with no client connected, ${busyBallot.toFixed(0)} ms with ${clients.length} connected`);
    console.log(`  ${SEATS} ballots sent at once: all answered in ${burstMs.toFixed(0)} ms, ${refused} refused`);
    console.log(`  ballot → broadcast latency (${latencies.length} deliveries): p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p95 ${percentile(latencies, 0.95).toFixed(0)} ms, max ${latencies[latencies.length - 1]?.toFixed(0)} ms   (goal p95 < 100 ms)`);
    if (committedAt.size > 0) {
      const figures = (values: number[]) => `p50 ${percentile(values, 0.5).toFixed(0)} ms, p95 ${percentile(values, 0.95).toFixed(0)} ms, max ${values[values.length - 1]?.toFixed(0)} ms`;
      console.log(`    of which queueing, ballot sent → committed (${queueing.length} of ${SEATS} heard on the channel): ${figures(queueing)}`);
      if (INSTANCES > 1) console.log(`    and propagation, committed → delivered: on the other instance ${figures(propagation.other)}; on the instance that took the ballot ${figures(propagation.same)}`);
      else console.log(`    and propagation, committed → delivered: ${figures(propagation.same)}`);
    }
    console.log(`  fan-out of one ballot to all ${clients.length} clients (first to last delivery): p50 ${percentile(spreads, 0.5).toFixed(0)} ms, p95 ${percentile(spreads, 0.95).toFixed(0)} ms`);
    console.log(`  events lost: ${lost}   (goal 0)`);
    console.log(`  server memory: RSS ${(rssBefore / 2 ** 20).toFixed(0)} MiB before, ${(rssAfter / 2 ** 20).toFixed(0)} MiB with the clients: ${((rssAfter - rssBefore) / clients.length / 1024).toFixed(1)} KiB per connection`);
    console.log(`  close → result on all clients: p50 ${percentile(closeTimes, 0.5).toFixed(0)} ms, p95 ${percentile(closeTimes, 0.95).toFixed(0)} ms, last ${closeTimes[closeTimes.length - 1]?.toFixed(0)} ms (close answered in ${closeAnswered.toFixed(0)} ms)   (goal p95 < 500 ms)`);
    console.log(`  result: ${result.outcome}, ${result.yes}-${result.no}-${result.abstain}`);
  } finally {
    clearTimeout(watchdog);
    cleanUp();
  }
}

if (process.argv.includes("--sender")) {
  runSender().catch((error) => {
    console.error(`bench:class sender failed: ${(error as Error).message}`);
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(`bench:class failed: ${(error as Error).message}`);
    process.exit(1);
  });
}
