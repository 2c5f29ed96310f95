import { describe, expect, it } from "vitest";
import { isRetryableWriteConflict, isUniqueViolation } from "./db-errors";

describe("database failures", () => {
  it("a unique violation is Prisma's P2002", () => {
    expect(isUniqueViolation({ code: "P2002" })).toBe(true);
    expect(isUniqueViolation({ code: "P2025" })).toBe(false);
    expect(isUniqueViolation(new Error("Unique constraint failed"))).toBe(false);
  });

  it("SQLite's busy errors and Prisma's write conflict may be retried", () => {
    expect(isRetryableWriteConflict({ code: "P2034" })).toBe(true);
    expect(isRetryableWriteConflict({ code: "SQLITE_BUSY_SNAPSHOT" })).toBe(true);
    // SQLite busy after the busy timeout, as the driver adapter hands it to Prisma.
    expect(isRetryableWriteConflict({ code: "P1008", meta: { driverAdapterError: { cause: { originalCode: "SQLITE_BUSY", kind: "SocketTimeout" } } } })).toBe(true);
  });

  it("other failures are not retried: a timeout of another cause, a missing record, anything without a code", () => {
    expect(isRetryableWriteConflict({ code: "P1008", meta: { driverAdapterError: { cause: { kind: "SocketTimeout" } } } })).toBe(false);
    expect(isRetryableWriteConflict({ code: "P2025" })).toBe(false);
    expect(isRetryableWriteConflict(new Error("busy"))).toBe(false);
    expect(isRetryableWriteConflict(null)).toBe(false);
  });
});
