import { databaseEngine, databaseUrl } from "@/lib/server/database-url";
import { createPostgresPubSub } from "./pubsub-postgres";
import type { ClassEventType } from "./view";

/**
 * One small publish/subscribe interface for a class's live events. The in-process implementation
 * serves one app instance (SQLite); on PostgreSQL, LISTEN/NOTIFY serves several instances
 * (./pubsub-postgres.ts). The features only call `getClassPubSub()`.
 * An event is published only after it was appended to the events table: its id is the SSE id.
 */
export type StoredClassEvent = { id: number; type: ClassEventType; data: unknown };

export type ClassEventListener = (event: StoredClassEvent) => void;

/** The part of a Prisma transaction the pub/sub may use while a class's events are written. */
export type ClassWriteTransaction = { $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<number> };

export interface ClassPubSub {
  /**
   * Optional, inside the transaction that appends a class's events. `beginWrite` first: several
   * app instances must append a class's events one at a time, so that ids commit in order and a
   * reader that has seen id n has seen every event of the class before it. `announce` last: a
   * notification sent by the transaction itself goes out if and only if it commits.
   */
  beginWrite?(tx: ClassWriteTransaction, classId: string): Promise<void>;
  announce?(tx: ClassWriteTransaction, classId: string, events: StoredClassEvent[]): Promise<void>;
  /** After the commit, in id order. */
  publish(classId: string, event: StoredClassEvent): void;
  subscribe(classId: string, listener: ClassEventListener): () => void;
  /**
   * Optional: resolves once a subscription made before it hears every event committed from then
   * on. On PostgreSQL that is when the instance's LISTEN is in place (it starts with the first
   * subscription): a catch-up read from the events table must wait for it, or the events
   * committed between the read and the LISTEN would reach neither.
   */
  ready?(): Promise<void>;
  /** Listeners of a class now (for tests and the benchmark's figures). */
  count(classId: string): number;
}

export function createInProcessPubSub(): ClassPubSub {
  const listeners = new Map<string, Set<ClassEventListener>>();
  return {
    publish(classId, event) {
      const set = listeners.get(classId);
      if (!set) return;
      for (const listener of [...set]) {
        try {
          listener(event);
        } catch (error) {
          // One broken connection must not stop the others from hearing the event.
          console.error("[classes] event listener failed", error);
        }
      }
    },
    subscribe(classId, listener) {
      let set = listeners.get(classId);
      if (!set) {
        set = new Set();
        listeners.set(classId, set);
      }
      set.add(listener);
      return () => {
        const current = listeners.get(classId);
        if (!current) return;
        current.delete(listener);
        if (current.size === 0) listeners.delete(classId);
      };
    },
    count(classId) {
      return listeners.get(classId)?.size ?? 0;
    },
  };
}

// One instance per process, kept across Next's module reloading (like lib/server/db.ts).
const globalForPubSub = globalThis as unknown as { classPubSub?: ClassPubSub };

export function getClassPubSub(): ClassPubSub {
  globalForPubSub.classPubSub ??= databaseEngine() === "postgresql" ? createPostgresPubSub(databaseUrl(), createInProcessPubSub()) : createInProcessPubSub();
  return globalForPubSub.classPubSub;
}
