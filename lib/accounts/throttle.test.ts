import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { hitRateLimit, readCount } from "@/lib/server/rate-limit-store";
import { createTestDatabase, type TestDatabase } from "../../scripts/test-database";
import { peekSignInRefusal, recordSignInSuccess, reserveSignInAttempt } from "./throttle";
import { SIGN_IN_ADDRESS_RULE, SIGN_IN_EMAIL_RULE, SIGN_IN_PAIR_RULE } from "./throttle-policy";

/** The counters on a real (throwaway) database, hit in parallel as a script would. */
describe("sign-in throttle on the database", () => {
  // On the run's engine: SQLite, or PostgreSQL when DATABASE_URL names it (shared by all instances).
  let database: TestDatabase;
  let db: PrismaClient;
  const now = new Date("2026-03-02T10:01:00Z");

  beforeAll(async () => {
    database = await createTestDatabase("throttle");
    db = createPrismaClient(database.env);
  }, 60_000);
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it("counts thirty parallel failed sign-ins exactly and lets only five be checked", async () => {
    const subject = { email: "teacher@school.example", address: "203.0.113.9" };
    const decisions = await Promise.all(Array.from({ length: 30 }, () => reserveSignInAttempt(db, subject, now)));
    expect(decisions.filter((decision) => decision.kind === "allow")).toHaveLength(SIGN_IN_PAIR_RULE.limit);
    expect(decisions.filter((decision) => decision.kind === "refuse")).toHaveLength(30 - SIGN_IN_PAIR_RULE.limit);
    expect(await readCount(db, SIGN_IN_PAIR_RULE, `${subject.email}|${subject.address}`, now)).toBe(30);
    expect(await readCount(db, SIGN_IN_EMAIL_RULE, subject.email, now)).toBe(30);
    expect((await peekSignInRefusal(db, subject, now)).kind).toBe("refuse");
  });

  it("does not lock the teacher out from another address", async () => {
    const teacher = { email: "teacher@school.example", address: "198.51.100.20" };
    const decision = await reserveSignInAttempt(db, teacher, now);
    expect(decision.kind).toBe("allow");
    await recordSignInSuccess(db, teacher, now);
    expect((await peekSignInRefusal(db, teacher, now)).kind).toBe("allow");
  });

  it("refuses an address that tries one password on many accounts, in parallel", async () => {
    const address = "192.0.2.44";
    const decisions = await Promise.all(Array.from({ length: 80 }, (_, index) => reserveSignInAttempt(db, { email: `student${index}@school.example`, address }, now)));
    expect(decisions.filter((decision) => decision.kind === "allow")).toHaveLength(SIGN_IN_ADDRESS_RULE.limit);
    expect(await readCount(db, SIGN_IN_ADDRESS_RULE, address, now)).toBe(80);
  });

  it("takes a right password back from the address's count, so a class signing in does not add up", async () => {
    const address = "192.0.2.99";
    for (let index = 0; index < 40; index++) {
      const subject = { email: `pupil${index}@school.example`, address };
      expect((await reserveSignInAttempt(db, subject, now)).kind).toBe("allow");
      await recordSignInSuccess(db, subject, now);
    }
    expect(await readCount(db, SIGN_IN_ADDRESS_RULE, address, now)).toBe(0);
  });

  it("starts afresh in the next window and clears windows that have run out", async () => {
    const subject = { email: "teacher@school.example", address: "203.0.113.9" };
    const later = new Date(now.getTime() + 15 * 60 * 1000);
    expect((await reserveSignInAttempt(db, subject, later)).kind).toBe("allow");
    expect(await readCount(db, SIGN_IN_PAIR_RULE, `${subject.email}|${subject.address}`, now)).toBe(0);
  });

  it("counts any rule's parallel hits exactly", async () => {
    const rule = { id: "burst", limit: 7, windowMs: 60_000, message: "Too many." };
    const decisions = await Promise.all(Array.from({ length: 25 }, () => hitRateLimit(db, rule, "user-1", now)));
    expect(decisions.map((decision) => decision.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
    expect(decisions.filter((decision) => decision.kind === "allow")).toHaveLength(7);
  });
});
