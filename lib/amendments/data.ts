import "server-only";
import type { ChairOrder } from "@/lib/core/amend/order";
import { toAmendmentsFile } from "@/lib/core/amend/portable";
import { amendmentSchema, type Amendment, type PortableAmendment } from "@/lib/core/amend/schema";
import type { Draft } from "@/lib/core/draft/schema";
import type { DraftRole } from "@/lib/drafts/access";
import { getDraftForUser, type DbClient } from "@/lib/drafts/data";
import { db } from "@/lib/server/db";
import { storedVotingOrderSchema } from "./schema";

export type StoredAmendment = Amendment & { number: number; authorId: string | null; authorName: string | null };

export type AmendmentsView = {
  draftId: string;
  role: DraftRole;
  document: Draft;
  revision: number;
  amendments: StoredAmendment[];
  /** The chair's ruling on the order of voting, or null for the order the rules propose. */
  votingOrder: ChairOrder | null;
};

/** Every stored amendment of a draft, parsed through its schema; the caller has checked access. */
export async function readAmendments(client: DbClient, draftId: string): Promise<StoredAmendment[]> {
  const rows = await client.draftAmendment.findMany({
    where: { draftId },
    orderBy: { number: "asc" },
    select: { number: true, authorId: true, data: true, author: { select: { name: true } } },
  });
  return rows.map((row) => ({ ...amendmentSchema.parse(JSON.parse(row.data)), number: row.number, authorId: row.authorId, authorName: row.author?.name ?? null }));
}

/** The chair's ruling on the order of voting on a draft's amendments, if any; the caller has checked access. */
export async function readVotingOrder(client: DbClient, draftId: string): Promise<ChairOrder | null> {
  const row = await client.amendmentVotingOrder.findUnique({ where: { draftId }, select: { order: true, reason: true, byName: true, updatedAt: true } });
  if (!row) return null;
  return { order: storedVotingOrderSchema.parse(JSON.parse(row.order)), reason: row.reason, by: row.byName, at: row.updatedAt.toISOString() };
}

/** The draft and its amendments as the user may see them, or null when the draft is not theirs to read. */
export async function getAmendmentsForUser(userId: string, draftId: string): Promise<AmendmentsView | null> {
  const draft = await getDraftForUser(userId, draftId);
  if (!draft) return null;
  const [amendments, votingOrder] = await Promise.all([readAmendments(db, draft.id), readVotingOrder(db, draft.id)]);
  return { draftId: draft.id, role: draft.role, document: draft.document, revision: draft.revision, amendments, votingOrder };
}

/** The amendments in the portable form (printed targets), for the draft's JSON export; the caller has checked access. */
export async function listPortableAmendments(draftId: string, document: Draft): Promise<PortableAmendment[]> {
  const amendments = await readAmendments(db, draftId);
  return toAmendmentsFile(document, amendments).file.amendments;
}
