import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { writeTransaction } from "@/lib/server/write-transaction";
import { getClassPubSub, type StoredClassEvent } from "./pubsub";
import type { ClassEvent, ClassEventType } from "./view";

/**
 * Every change of a class is written under the class's write queue: the change and its events in
 * one transaction, then the events published in the order of their ids. One queue per class keeps
 * a class's events in order (and its checks, such as "one open vote", free of races) while other
 * classes write in parallel.
 */
const globalForQueues = globalThis as unknown as { classWriteQueues?: Map<string, Promise<unknown>> };
const queues = (globalForQueues.classWriteQueues ??= new Map());

export async function serializeClassWrites<T>(classId: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(classId) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(classId, settled);
  void settled.then(() => {
    if (queues.get(classId) === settled) queues.delete(classId);
  });
  return run;
}

export type ClassWrite<T> = { value: T; events: ClassEvent[] };

/**
 * Prisma's default of 5 s is too short for the first vote a process opens: the bots' votes come
 * from the prediction model, loaded then, inside the transaction (a loaded machine takes seconds).
 */
const CLASS_TRANSACTION_OPTIONS = { timeout: 30_000, maxWait: 10_000 };

/** Runs a class's change and appends its events in one transaction, then publishes them. */
export async function writeClass<T>(classId: string, change: (tx: Prisma.TransactionClient) => Promise<ClassWrite<T>>): Promise<T> {
  const pubsub = getClassPubSub();
  return serializeClassWrites(classId, async () => {
    const { value, stored } = await writeTransaction(async (tx) => {
      await pubsub.beginWrite?.(tx, classId);
      const result = await change(tx);
      const stored: StoredClassEvent[] = [];
      if (result.events.length === 1) {
        const [event] = result.events;
        const row = await tx.classEvent.create({ data: { classId, type: event.type, data: JSON.stringify(event.data) }, select: { id: true } });
        stored.push({ id: row.id, type: event.type, data: event.data });
      } else if (result.events.length > 1) {
        // One statement for a batch; the ids come in the order of the rows inserted.
        const rows = await tx.classEvent.createManyAndReturn({
          data: result.events.map((event) => ({ classId, type: event.type, data: JSON.stringify(event.data) })),
          select: { id: true },
        });
        const ids = rows.map((row) => row.id).sort((left, right) => left - right);
        result.events.forEach((event, index) => stored.push({ id: ids[index], type: event.type, data: event.data }));
      }
      await pubsub.announce?.(tx, classId, stored);
      return { value: result.value, stored };
    }, CLASS_TRANSACTION_OPTIONS);
    for (const event of stored) pubsub.publish(classId, event);
    return value;
  });
}

/** The most a reconnecting client is sent one by one; beyond it, a snapshot. */
export const MAX_CATCH_UP_EVENTS = 500;

/** Events after `afterId`, oldest first; "too-many" when the gap is larger than a catch-up. */
export async function listEventsSince(classId: string, afterId: number): Promise<StoredClassEvent[] | "too-many"> {
  const rows = await db.classEvent.findMany({
    where: { classId, id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: MAX_CATCH_UP_EVENTS + 1,
    select: { id: true, type: true, data: true },
  });
  if (rows.length > MAX_CATCH_UP_EVENTS) return "too-many";
  return rows.map((row) => ({ id: row.id, type: row.type as ClassEventType, data: JSON.parse(row.data) as unknown }));
}

export async function getLastEventId(classId: string): Promise<number> {
  const row = await db.classEvent.findFirst({ where: { classId }, orderBy: { id: "desc" }, select: { id: true } });
  return row?.id ?? 0;
}
