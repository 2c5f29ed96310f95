import { Client, type Notification } from "pg";
import type { ClassPubSub, ClassWriteTransaction, StoredClassEvent } from "./pubsub";
import type { ClassEventType } from "./view";

/**
 * A class's live events across several app instances, through PostgreSQL's LISTEN/NOTIFY.
 *
 * - Writing: the transaction that appends a class's events first takes the class's advisory lock
 *   (instances append a class's events one at a time, so ids commit in id order), then NOTIFYs
 *   each event; PostgreSQL delivers the notifications when, and only if, the transaction commits,
 *   in commit order. Nothing committed goes unannounced, even if the process dies right after.
 * - Reading: each instance keeps one listening connection and hands what it hears to the
 *   subscribers of that instance (including its own writes: one ordered path for all events).
 *   A notification carries the event itself when it fits (PostgreSQL's limit is 8000 bytes),
 *   else only its id, and the event is read from the events table.
 * - A lost listening connection is reopened; the events of the gap are then read from the table
 *   (after the last id heard for each class that has subscribers), so live streams miss nothing.
 *   Reconnecting clients catch up from the table anyway (event-stream.ts), on whichever instance.
 */
export const CLASS_EVENTS_CHANNEL = "class_events";
/** Below PostgreSQL's 8000-byte NOTIFY payload limit, with room to spare. */
export const MAX_INLINE_PAYLOAD_BYTES = 7_500;
/** The first key of the two-key advisory locks that serialize a class's writes (the second: the class id's hash). */
const CLASS_WRITE_LOCK_SPACE = 17_017;
const MAX_GAP_EVENTS = 1_000;
/** How the listening connections show in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = "workbench-class-events";

type Payload = { c: string; i: number; t?: ClassEventType; d?: unknown };
type EventRow = { id: number; type: string; data: string };

export type PostgresPubSub = ClassPubSub & Required<Pick<ClassPubSub, "beginWrite" | "announce">> & {
  /** Resolves once the listening connection is open (event streams wait for it before their catch-up read). */
  ready(): Promise<void>;
  close(): Promise<void>;
};

export function notificationPayload(classId: string, event: StoredClassEvent): string {
  const full = JSON.stringify({ c: classId, i: event.id, t: event.type, d: event.data } satisfies Payload);
  return Buffer.byteLength(full) <= MAX_INLINE_PAYLOAD_BYTES ? full : JSON.stringify({ c: classId, i: event.id } satisfies Payload);
}

function toEvent(row: EventRow): StoredClassEvent {
  return { id: Number(row.id), type: row.type as ClassEventType, data: JSON.parse(row.data) as unknown };
}

export function createPostgresPubSub(url: string, local: ClassPubSub, options: { reconnectDelayMs?: number } = {}): PostgresPubSub {
  const reconnectDelayMs = options.reconnectDelayMs ?? 1_000;
  let client: Client | null = null;
  let connecting: Promise<void> | null = null;
  let hasConnectedBefore = false;
  let isClosed = false;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  /** For each class with subscribers here: the highest event id handed to them (or in the table when they came). */
  const lastHeard = new Map<string, number>();
  /** Per class, the delivery waiting for a read from the table: later events wait behind it. */
  const chains = new Map<string, Promise<void>>();

  const deliver = (classId: string, event: StoredClassEvent) => {
    lastHeard.set(classId, Math.max(lastHeard.get(classId) ?? 0, event.id));
    local.publish(classId, event);
  };

  const enqueue = (classId: string, task: () => Promise<void>) => {
    const next = (chains.get(classId) ?? Promise.resolve()).then(task).catch((error: unknown) => console.error("[classes] reading a class event failed", error));
    chains.set(classId, next);
    void next.then(() => {
      if (chains.get(classId) === next) chains.delete(classId);
    });
  };

  const query = async (text: string, values: unknown[]): Promise<EventRow[]> => {
    if (!client) throw new Error("the listening connection is closed");
    return (await client.query<EventRow>(text, values)).rows;
  };

  const onNotification = (message: Notification) => {
    if (message.channel !== CLASS_EVENTS_CHANNEL || !message.payload) return;
    let payload: Payload;
    try {
      payload = JSON.parse(message.payload) as Payload;
    } catch {
      return;
    }
    if (local.count(payload.c) === 0) return;
    if (payload.t !== undefined && !chains.has(payload.c)) {
      deliver(payload.c, { id: payload.i, type: payload.t, data: payload.d });
      return;
    }
    enqueue(payload.c, async () => {
      if (payload.t !== undefined) {
        deliver(payload.c, { id: payload.i, type: payload.t, data: payload.d });
        return;
      }
      const [row] = await query('SELECT id, type, data FROM "ClassEvent" WHERE id = $1', [payload.i]);
      if (row) deliver(payload.c, toEvent(row));
    });
  };

  /** After a lost connection: what each followed class wrote meanwhile, from the table. */
  const catchUp = () => {
    for (const classId of lastHeard.keys()) {
      enqueue(classId, async () => {
        const rows = await query('SELECT id, type, data FROM "ClassEvent" WHERE "classId" = $1 AND id > $2 ORDER BY id LIMIT $3', [classId, lastHeard.get(classId) ?? 0, MAX_GAP_EVENTS]);
        for (const row of rows) deliver(classId, toEvent(row));
      });
    }
  };

  const scheduleReconnect = () => {
    if (isClosed || reconnectTimer) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      void connect().catch(() => scheduleReconnect());
    }, reconnectDelayMs);
  };

  const connect = (): Promise<void> => {
    if (client) return Promise.resolve();
    if (connecting) return connecting;
    const next = new Client({ connectionString: url, connectionTimeoutMillis: 10_000, application_name: LISTENER_APPLICATION_NAME });
    let isLost = false;
    const lost = () => {
      if (isLost) return;
      isLost = true;
      if (client === next) client = null;
      void next.end().catch(() => {});
      if (!isClosed) console.error("[classes] the PostgreSQL event connection was lost; reconnecting");
      scheduleReconnect();
    };
    next.on("notification", onNotification);
    next.on("error", lost);
    next.on("end", lost);
    connecting = (async () => {
      try {
        await next.connect();
        await next.query(`LISTEN ${CLASS_EVENTS_CHANNEL}`);
        if (isClosed) {
          await next.end();
          return;
        }
        client = next;
        if (hasConnectedBefore) catchUp();
        hasConnectedBefore = true;
      } catch (error) {
        lost();
        throw error;
      } finally {
        connecting = null;
      }
    })();
    return connecting;
  };

  const follow = (classId: string) => {
    lastHeard.set(classId, 0);
    // Where the class stands now, for a catch-up after a lost connection (the notifications heard meanwhile count too).
    enqueue(classId, async () => {
      await connect();
      const [row] = await query('SELECT COALESCE(MAX(id), 0) AS id, \'\' AS type, \'\' AS data FROM "ClassEvent" WHERE "classId" = $1', [classId]);
      if (lastHeard.has(classId)) lastHeard.set(classId, Math.max(lastHeard.get(classId) ?? 0, Number(row?.id ?? 0)));
    });
  };

  return {
    async beginWrite(tx: ClassWriteTransaction, classId: string) {
      await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock($1::int, hashtext($2::text))", CLASS_WRITE_LOCK_SPACE, classId);
    },
    async announce(tx: ClassWriteTransaction, classId: string, events: StoredClassEvent[]) {
      if (events.length === 0) return;
      // One statement for the whole batch (a burst of ballots is one transaction holding the
      // class's lock: one round trip, not one per event), the notifications in the events' order.
      await tx.$executeRawUnsafe(
        "SELECT pg_notify($1::text, payload) FROM unnest($2::text[]) WITH ORDINALITY AS batch(payload, position) ORDER BY position",
        CLASS_EVENTS_CHANNEL,
        events.map((event) => notificationPayload(classId, event)),
      );
    },
    // Delivery goes through LISTEN, this instance's own events included: nothing to do after the commit.
    publish() {},
    subscribe(classId, listener) {
      if (local.count(classId) === 0) follow(classId);
      const unsubscribe = local.subscribe(classId, listener);
      return () => {
        unsubscribe();
        if (local.count(classId) === 0) lastHeard.delete(classId);
      };
    },
    count: (classId) => local.count(classId),
    ready: () => connect(),
    async close() {
      isClosed = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      const current = client;
      client = null;
      await current?.end().catch(() => {});
    },
  };
}
