import "server-only";
import { getLastEventId, listEventsSince } from "./events";
import type { ClassMember } from "./identity";
import { getClassPubSub, type StoredClassEvent } from "./pubsub";

/**
 * The class's Server-Sent Events stream for one member. On connect it sends what the client
 * missed since `lastEventId` (from the database), or one `snapshot` event when the gap is too
 * large; then the live events, each once and in id order; a heartbeat comment every 15 s.
 * It ends, releasing its subscription, when the client goes away or the member is removed.
 */
export const HEARTBEAT_MS = 15_000;
export const COALESCE_MS = 20;

const encoder = new TextEncoder();
// One encoding per event, shared by every connection that sends it.
const encoded = new WeakMap<StoredClassEvent, Uint8Array>();

export function formatEvent(event: StoredClassEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

function encodeEvent(event: StoredClassEvent): Uint8Array {
  let bytes = encoded.get(event);
  if (!bytes) {
    bytes = encoder.encode(formatEvent(event));
    encoded.set(event, bytes);
  }
  return bytes;
}

const HEARTBEAT = encoder.encode(": heartbeat\n\n");

/**
 * Writing to thousands of connections costs more than the events themselves, so a class's
 * connections are written in rounds: events within COALESCE_MS of each other (a room voting at
 * once) leave in one write per connection, and a new round waits at least as long as the last
 * one took, so that the requests that bring ballots in are served between rounds.
 */
type Outlet = { queued: Uint8Array[]; write: (bytes: Uint8Array) => void };
type ClassRounds = { outlets: Set<Outlet>; timer: ReturnType<typeof setTimeout> | null; lastRoundMs: number; lastRoundEnd: number };

const globalForRounds = globalThis as unknown as { classWriteRounds?: Map<string, ClassRounds> };
const rounds = (globalForRounds.classWriteRounds ??= new Map());

function scheduleRound(classId: string, outlet: Outlet): void {
  let state = rounds.get(classId);
  if (!state) {
    state = { outlets: new Set(), timer: null, lastRoundMs: 0, lastRoundEnd: 0 };
    rounds.set(classId, state);
  }
  state.outlets.add(outlet);
  if (state.timer) return;
  // Until the last round has ended, the next waits for at least as long as the last one took.
  const lastEnd = Number.isFinite(state.lastRoundEnd) ? state.lastRoundEnd : performance.now();
  const wait = Math.max(COALESCE_MS, lastEnd + state.lastRoundMs - performance.now());
  const current = state;
  current.timer = setTimeout(() => runRound(current), wait);
}

function runRound(state: ClassRounds): void {
  state.timer = null;
  const started = performance.now();
  for (const outlet of state.outlets) {
    const parts = outlet.queued;
    if (parts.length === 0) continue;
    outlet.queued = [];
    if (parts.length === 1) outlet.write(parts[0]);
    else {
      const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
      let offset = 0;
      for (const part of parts) {
        joined.set(part, offset);
        offset += part.length;
      }
      outlet.write(joined);
    }
  }
  // The writes themselves finish in the microtasks and ticks that follow (each connection's pipe
  // to its socket): the round has ended when they have, at the next turn of the event loop.
  state.lastRoundEnd = Number.POSITIVE_INFINITY;
  setImmediate(() => {
    state.lastRoundEnd = performance.now();
    state.lastRoundMs = state.lastRoundEnd - started;
  });
}

function leaveRounds(classId: string, outlet: Outlet): void {
  const state = rounds.get(classId);
  if (!state) return;
  state.outlets.delete(outlet);
  if (state.outlets.size === 0) {
    if (state.timer) clearTimeout(state.timer);
    rounds.delete(classId);
  }
}

/** `Last-Event-ID` header, else `?lastEventId=`; null when absent or not a number. */
export function readLastEventId(request: Request): number | null {
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
  if (raw === null || !/^\d{1,15}$/.test(raw.trim())) return null;
  return Number(raw.trim());
}

export function openClassEventStream(member: ClassMember, lastEventId: number | null, signal: AbortSignal): ReadableStream<Uint8Array> {
  const pubsub = getClassPubSub();
  let release: (() => void) | null = null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let caughtUp = false;
      let lastSent = lastEventId ?? Number.MAX_SAFE_INTEGER;
      const pending: StoredClassEvent[] = [];
      const enqueue = (bytes: Uint8Array) => {
        if (closed) return;
        try {
          controller.enqueue(bytes);
        } catch {
          stop();
        }
      };
      const outlet: Outlet = { queued: [], write: enqueue };
      const send = (event: StoredClassEvent) => {
        if (event.id <= lastSent) return;
        lastSent = event.id;
        outlet.queued.push(encodeEvent(event));
        scheduleRound(member.classId, outlet);
      };
      const stop = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        leaveRounds(member.classId, outlet);
        clearInterval(heartbeat);
        signal.removeEventListener("abort", stop);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      release = stop;
      // Subscribe before reading the log, so that nothing written in between is lost; duplicates are skipped by id.
      const unsubscribe = pubsub.subscribe(member.classId, (event) => {
        if (!caughtUp) pending.push(event);
        else send(event);
        // A removed delegate's stream ends at once: their cookie opens nothing any more.
        if (event.type === "class-updated" && (event.data as { removedDelegateId?: string }).removedDelegateId === member.delegateId) stop();
      });
      const heartbeat = setInterval(() => enqueue(HEARTBEAT), HEARTBEAT_MS);
      signal.addEventListener("abort", stop);
      enqueue(encoder.encode("retry: 2000\n: connected\n\n"));
      void (async () => {
        try {
          // The subscription must be live before the log is read (PostgreSQL: LISTEN in place).
          await pubsub.ready?.();
          if (lastEventId === null) {
            lastSent = await getLastEventId(member.classId);
          } else {
            const missed = await listEventsSince(member.classId, lastEventId);
            if (missed === "too-many") {
              const latest = await getLastEventId(member.classId);
              send({ id: latest, type: "snapshot", data: {} });
            } else {
              for (const event of missed) send(event);
            }
          }
          caughtUp = true;
          for (const event of pending.splice(0)) send(event);
        } catch (error) {
          console.error("[classes] event stream catch-up failed", error);
          stop();
        }
      })();
    },
    cancel() {
      release?.();
    },
  });
}
