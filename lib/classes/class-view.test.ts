import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TestDatabase } from "../../scripts/test-database";
import type { ClassMember } from "./identity";

/**
 * Runs `between` once, right after the first of the view's two reads (the class, the last event
 * id) has answered: a write that commits while another request reads the view.
 */
const state = vi.hoisted(() => ({ database: null as TestDatabase | null, db: null as PrismaClient | null, between: null as (() => Promise<void>) | null }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/server/db", async () => {
  const { createTestDatabase } = await import("../../scripts/test-database");
  const { createPrismaClient } = await import("@/lib/server/prisma-client");
  state.database = await createTestDatabase("class-view");
  state.db = createPrismaClient(state.database.env);
  const afterRead = async <T>(read: Promise<T>): Promise<T> => {
    const result = await read;
    const between = state.between;
    state.between = null;
    if (between) await between();
    return result;
  };
  const db = state.db;
  const classroom = { ...db.classroom, findUnique: ((args: never) => afterRead(db.classroom.findUnique(args))) as typeof db.classroom.findUnique };
  const classEvent = { ...db.classEvent, findFirst: ((args: never) => afterRead(db.classEvent.findFirst(args))) as typeof db.classEvent.findFirst };
  return { db: new Proxy(db, { get: (target, key) => (key === "classroom" ? classroom : key === "classEvent" ? classEvent : Reflect.get(target, key)) }) };
});

import { getClassView } from "./data";

afterAll(async () => {
  await state.db?.$disconnect();
  await state.database?.drop();
});

describe("the class as a screen loads it", () => {
  let chair: ClassMember;
  let voteId = "";

  beforeAll(async () => {
    const db = state.db!;
    const owner = await db.user.create({ data: { email: "teacher@example.org", name: "Tess", passwordHash: "x", role: "teacher" } });
    const classroom = await db.classroom.create({ data: { ownerId: owner.id, name: "Class", body: "security-council", year: 2022, joinCode: "QWERTY" } });
    const delegate = await db.classDelegate.create({ data: { classId: classroom.id, userId: owner.id, name: "Tess", isChair: true } });
    const vote = await db.classVote.create({ data: { classId: classroom.id, kind: "draft", title: "S/2022/155", matter: "substantive", seats: "[]" } });
    voteId = vote.id;
    await db.classEvent.create({ data: { classId: classroom.id, type: "vote-opened", data: JSON.stringify({ voteId }) } });
    chair = { classId: classroom.id, delegateId: delegate.id, name: "Tess", userId: owner.id, isGuest: false, isTeacher: true, isChair: true, seat: null, role: "teacher", classStatus: "open", user: null };
  }, 120_000);

  // The screen skips the stream's events up to the view's event id: a ballot whose event is
  // counted in that id but missing from the view would never reach it (the chair's row would
  // stay "Not yet voted").
  it("holds a ballot written while it is read, or leaves its event to come on the stream", async () => {
    const db = state.db!;
    let ballotEventId = 0;
    state.between = async () => {
      await db.classBallot.create({ data: { voteId, iso3: "USA", value: "Y", castBy: "delegate", castAt: new Date() } });
      const event = await db.classEvent.create({ data: { classId: chair.classId, type: "ballot", data: JSON.stringify({ voteId, iso3: "USA" }) } });
      ballotEventId = event.id;
    };
    const view = await getClassView(chair);
    expect(ballotEventId).toBeGreaterThan(0);
    const hasBallot = view.votes.find((vote) => vote.id === voteId)?.ballots?.USA !== undefined;
    expect(hasBallot || view.eventId < ballotEventId).toBe(true);
  });
});
