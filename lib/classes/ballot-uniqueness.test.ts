import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { createTestDatabase, type TestDatabase } from "../../scripts/test-database";

/** Prisma's unique-constraint failure, told apart by its code (as lib/server/db.ts does). */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/**
 * "Each seat counts once per vote", enforced by the database and not only by the code: a second
 * ballot row for the same seat of the same vote is refused by the committed schema itself.
 */
describe("the ballots table", () => {
  // On the run's engine: SQLite, or PostgreSQL when DATABASE_URL names it.
  let database: TestDatabase;
  let db: PrismaClient;
  let voteId = "";

  beforeAll(async () => {
    database = await createTestDatabase("ballots");
    db = createPrismaClient(database.env);
    const owner = await db.user.create({ data: { email: "teacher@example.org", name: "Teacher", passwordHash: "x", role: "teacher" } });
    const classroom = await db.classroom.create({ data: { ownerId: owner.id, name: "Class", body: "security-council", year: 2022, joinCode: "ABCDEF" } });
    const vote = await db.classVote.create({ data: { classId: classroom.id, kind: "draft", title: "S/2022/155", matter: "substantive", seats: "[]" } });
    voteId = vote.id;
  }, 60_000);

  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it("refuses a second ballot for the same seat of the same vote", async () => {
    await db.classBallot.create({ data: { voteId, iso3: "RUS", value: "N", castBy: "delegate", castAt: new Date() } });
    const second = db.classBallot.create({ data: { voteId, iso3: "RUS", value: "Y", castBy: "bot", castAt: new Date() } });
    await expect(second).rejects.toSatisfy(isUniqueViolation);
    const rows = await db.classBallot.findMany({ where: { voteId, iso3: "RUS" } });
    expect(rows.map((row) => row.value)).toEqual(["N"]);
  });

  it("refuses two ballots for one seat written in one batch", async () => {
    const batch = db.classBallot.createMany({
      data: [
        { voteId, iso3: "USA", value: "Y", castBy: "delegate", castAt: new Date() },
        { voteId, iso3: "USA", value: "N", castBy: "delegate", castAt: new Date() },
      ],
    });
    await expect(batch).rejects.toSatisfy(isUniqueViolation);
    expect(await db.classBallot.count({ where: { voteId, iso3: "USA" } })).toBe(0);
  });

  it("keeps join codes unique across classes", async () => {
    const owner = await db.user.findFirstOrThrow();
    await expect(db.classroom.create({ data: { ownerId: owner.id, name: "Other", body: "general-assembly", year: 2022, joinCode: "ABCDEF" } })).rejects.toSatisfy(isUniqueViolation);
  });
});
