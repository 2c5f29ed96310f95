// What a database failure means for the caller, told apart by code, never by message.

/** Prisma's unique-constraint failure, told apart by code, not by message. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/**
 * The database could not take the write just now and the same transaction may simply be run
 * again: SQLite's busy errors (in WAL mode a transaction that read an older snapshot cannot
 * upgrade to a write once another connection has written: SQLITE_BUSY_SNAPSHOT, which the busy
 * timeout does not wait out) and Prisma's "write conflict or deadlock, please retry" (P2034).
 */
export function isRetryableWriteConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (code === "P2034" || (typeof code === "string" && code.startsWith("SQLITE_BUSY"))) return true;
  // Through the driver adapter, SQLite's busy error after the busy timeout reaches us as Prisma's
  // P1008 ("operation has timed out"), with SQLite's own code kept in the adapter's cause.
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } }).meta?.driverAdapterError?.cause;
  return code === "P1008" && typeof cause?.originalCode === "string" && cause.originalCode.startsWith("SQLITE_BUSY");
}
