import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ukraineDraft } from "@/lib/core/amend/amend.test-support";
import type { TestDatabase } from "../../scripts/test-database";

const state = vi.hoisted(() => ({ database: null as TestDatabase | null, db: null as PrismaClient | null }));
vi.mock("server-only", () => ({}));
// The feature's mutations on a database of their own, on the run's engine (SQLite, or PostgreSQL when DATABASE_URL names it).
vi.mock("@/lib/server/db", async () => {
  const { createTestDatabase } = await import("../../scripts/test-database");
  const { createPrismaClient } = await import("@/lib/server/prisma-client");
  state.database = await createTestDatabase("amendments");
  state.db = createPrismaClient(state.database.env);
  return { db: state.db };
});

import { importDraft } from "@/lib/drafts/mutations";
import { proposeAmendment, proposeSubAmendment } from "./mutations";
import { proposeSubAmendmentInputSchema } from "./schema";

afterAll(async () => {
  await state.db?.$disconnect();
  await state.database?.drop();
});

describe("an amendment to an amendment, proposed on the server", () => {
  const draft = ukraineDraft();
  const operative = draft.operative[1];
  let actor = { id: "", name: "Ana" };
  let draftId = "";
  let db: PrismaClient;
  const subparagraphs = [{ text: "the first item" }, { text: "the second item" }];

  beforeAll(async () => {
    db = state.db!;
    const owner = await db.user.create({ data: { email: "owner@example.org", name: "Ana", passwordHash: "x" } });
    actor = { id: owner.id, name: owner.name ?? "Ana" };
    const row = await db.draft.create({ data: { ownerId: owner.id, document: JSON.stringify(draft) } });
    draftId = row.id;
    await proposeAmendment(actor, { draftId, sponsors: ["RUS"], action: "replace", targetId: operative.id, paragraph: { phrase: "Regrets", text: "the situation, and:", subparagraphs } });
  }, 120_000);

  const storedData = async (id: string) => {
    const row = await db.draftAmendment.findUniqueOrThrow({ where: { draftId_number: { draftId, number: Number(id.slice(1)) } }, select: { data: true } });
    return JSON.parse(row.data) as { amends?: string; paragraph?: { phrase?: string; text: string; subparagraphs?: unknown[] } };
  };

  it("keeps the subparagraphs of the amendment it amends, whatever the caller sends", async () => {
    const parsed = proposeSubAmendmentInputSchema.parse({ draftId, amendmentId: "A1", sponsors: ["USA"], paragraph: { phrase: "Deplores", text: "the situation, and:", subparagraphs: [{ text: "something else entirely" }] } });
    const { id } = await proposeSubAmendment(actor, parsed);
    expect(await storedData(id)).toMatchObject({ amends: "A1", paragraph: { phrase: "Deplores", text: "the situation, and:", subparagraphs: [{ text: "the first item" }, { text: "the second item" }] } });
  });

  it("refuses, with the reason, new words the amendment could not apply to the text as it stands", async () => {
    // The draft was edited since: the paragraph the amendment replaces is no longer in it.
    await db.draft.update({ where: { id: draftId }, data: { document: JSON.stringify({ ...draft, operative: draft.operative.filter((paragraph) => paragraph.id !== operative.id) }) } });
    const before = await db.draftAmendment.count({ where: { draftId } });
    await expect(proposeSubAmendment(actor, { draftId, amendmentId: "A1", sponsors: ["USA"], paragraph: { phrase: "Condemns", text: "the situation" } })).rejects.toMatchObject({ code: "invalid-request", message: expect.stringMatching(/\S/) });
    expect(await db.draftAmendment.count({ where: { draftId } })).toBe(before);
  });
});

describe("amendments imported with a draft", () => {
  it("are stored as a proposed one is, numbered in order, in the name of the importing user", async () => {
    const db = state.db!;
    const owner = await db.user.create({ data: { email: "importer@example.org", name: "Bea", passwordHash: "x" } });
    const { id, amendments } = await importDraft(owner, ukraineDraft(), [{ id: "A3", sponsors: ["RUS"], action: "delete", target: "op4" }], new Date("2026-11-30T10:00:00.000Z"));
    expect(amendments).toEqual({ imported: 1, notImported: [] });
    const rows = await db.draftAmendment.findMany({ where: { draftId: id }, select: { number: true, status: true, authorId: true, data: true } });
    expect(rows).toMatchObject([{ number: 1, status: "proposed", authorId: owner.id }]);
    expect(JSON.parse(rows[0].data)).toMatchObject({ id: "A1", history: [{ status: "proposed", by: "Bea", at: "2026-11-30T10:00:00.000Z" }] });
  });
});
