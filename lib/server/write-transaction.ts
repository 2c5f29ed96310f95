import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";
import { isRetryableWriteConflict } from "./db-errors";

const WRITE_RETRY_DELAYS_MS = [20, 50, 100, 200, 400];

/**
 * Runs again, after a short pause, what the database refused only because another connection
 * wrote first (isRetryableWriteConflict: SQLite's busy snapshot when another process wrote to the
 * file, PostgreSQL's write conflict): a few times, then the refusal stands. Only for work whose
 * every effect is inside the database transaction it runs, so that a refused attempt left nothing.
 */
export async function withWriteRetries<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isRetryableWriteConflict(error) || attempt >= WRITE_RETRY_DELAYS_MS.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, WRITE_RETRY_DELAYS_MS[attempt]));
    }
  }
}

/** An interactive transaction that reads, then writes, run again when the database asks for it (withWriteRetries). */
export function writeTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>, options?: { maxWait?: number; timeout?: number }): Promise<T> {
  return withWriteRetries(() => db.$transaction(work, options));
}
