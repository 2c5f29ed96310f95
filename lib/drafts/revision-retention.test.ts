import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { STORAGE_QUOTAS } from "@/lib/server/storage-quotas";
import { createTestDatabase, type TestDatabase } from "../../scripts/test-database";
import { pruneRevisions } from "./revision-retention";

describe("revisions kept per draft", () => {
  // On the run's engine: SQLite, or PostgreSQL when DATABASE_URL names it.
  let database: TestDatabase;
  let db: PrismaClient;
  let draftId = "";

  beforeAll(async () => {
    database = await createTestDatabase("revisions");
    db = createPrismaClient(database.env);
    const owner = await db.user.create({ data: { email: "owner@example.org", name: "Owner", passwordHash: "x" } });
    const draft = await db.draft.create({ data: { ownerId: owner.id, document: "{}", revision: 30 } });
    draftId = draft.id;
    // Revisions 1…30 with a gap (numbers 10–14 were pruned before).
    const numbers = Array.from({ length: 30 }, (_, index) => index + 1).filter((number) => number < 10 || number > 14);
    await db.draftRevision.createMany({ data: numbers.map((number) => ({ draftId, number, document: "{}", kind: "save" })) });
  }, 60_000);

  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it("keeps a draft's revisions as they are below the quota", async () => {
    expect(await pruneRevisions(db, draftId, 30, 30)).toBe(0);
    expect(await db.draftRevision.count({ where: { draftId } })).toBe(25);
  });

  it("removes the oldest past the quota and keeps the newest with their numbers", async () => {
    expect(await pruneRevisions(db, draftId, 30, 10)).toBe(15);
    const kept = await db.draftRevision.findMany({ where: { draftId }, orderBy: { number: "asc" }, select: { number: true } });
    expect(kept.map((row) => row.number)).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
  });

  it("keeps hundreds of revisions, not a handful", () => {
    expect(STORAGE_QUOTAS.revisionsPerDraft).toBeGreaterThanOrEqual(200);
  });
});
