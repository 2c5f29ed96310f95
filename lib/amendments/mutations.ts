import "server-only";
import { confirmReviewed } from "@/lib/core/amend/anchor";
import { applyAmendment } from "@/lib/core/amend/apply";
import { checkChairOrder, proposeOrderOfVoting, type ChairOrder } from "@/lib/core/amend/order";
import { buildSubAmendment, checkAmendable, withAdoptedSubAmendment } from "@/lib/core/amend/sub-amendment";
import type { Amendment, AmendmentStatus } from "@/lib/core/amend/schema";
import { indexParagraphs } from "@/lib/core/amend/targets";
import { findDraftRole } from "@/lib/drafts/data";
import { parseStoredDocument } from "@/lib/drafts/document";
import { DraftError, NOT_FOUND_MESSAGE } from "@/lib/drafts/errors";
import { db } from "@/lib/server/db";
import { writeTransaction } from "@/lib/server/write-transaction";
import { canOnAmendment, type AmendmentPermission } from "./access";
import { readAmendments } from "./data";
import type { AmendmentChange, ProposeAmendmentInput, ProposeSubAmendmentInput } from "./schema";

type Actor = { id: string; name: string };

const FORBIDDEN: Record<AmendmentPermission, string> = {
  propose: "You cannot propose amendments to this draft.",
  "accept-friendly": "Only the draft's owner and co-authors can accept an amendment as friendly.",
  withdraw: "Only the amendment's author or the draft's owner can withdraw it.",
  "confirm-review": "Only the amendment's author or the draft's owner and co-authors can confirm it.",
  "record-votes": "Only the draft's owner and co-authors can record votes on amendments.",
  "rule-order": "Only the draft's owner and co-authors can set the order of voting.",
};

async function loadForChange(client: Parameters<Parameters<typeof db.$transaction>[0]>[0], userId: string, draftId: string) {
  const role = await findDraftRole(client, userId, draftId);
  if (role === null) throw new DraftError("not-found", NOT_FOUND_MESSAGE);
  const row = await client.draft.findUnique({ where: { id: draftId }, select: { document: true } });
  if (!row) throw new DraftError("not-found", NOT_FOUND_MESSAGE);
  return { role, document: parseStoredDocument(row.document) };
}

function withStatus(amendment: Amendment, status: AmendmentStatus, actor: Actor, now: Date, note?: string): Amendment {
  return {
    ...amendment,
    status,
    ...(note && status === "lapsed" ? { reason: note } : {}),
    history: [...amendment.history, { status, at: now.toISOString(), by: actor.name, ...(note ? { note } : {}) }].slice(-200),
  };
}

/** Proposes an amendment to a paragraph of a draft the user can read; returns its id (A1, A2 …). */
export async function proposeAmendment(actor: Actor, input: ProposeAmendmentInput, now = new Date()): Promise<{ id: string }> {
  return writeTransaction(async (client) => {
    const { role, document } = await loadForChange(client, actor.id, input.draftId);
    if (!canOnAmendment(role, "propose")) throw new DraftError("forbidden", FORBIDDEN.propose);
    const target = indexParagraphs(document).byId.get(input.targetId);
    if (!target) throw new DraftError("invalid-request", "That paragraph is no longer in the draft. Reload the page and choose again.");
    const number = await nextNumber(client, input.draftId);
    const id = `A${number}`;
    const amendment: Amendment = {
      id,
      sponsors: [...new Set(input.sponsors)],
      action: input.action,
      targetId: target.id,
      ...(input.action === "insert" || input.action === "move" ? { position: input.position ?? "after" } : {}),
      ...(input.action === "move" ? { destinationId: input.destinationId } : {}),
      ...(input.action === "insert" || input.action === "replace" ? { paragraph: input.paragraph } : {}),
      status: "proposed",
      writtenAgainst: { label: target.label, phrase: target.phrase, text: target.text },
      history: [{ status: "proposed", at: now.toISOString(), by: actor.name }],
    };
    // The amendment must apply to the text as it stands (a move among paragraphs of its kind, …).
    const check = applyAmendment(document, amendment);
    if (!check.ok) throw new DraftError("invalid-request", check.error.message.replace(/^A\d+: /, ""));
    await client.draftAmendment.create({ data: { draftId: input.draftId, ...toAmendmentRow(amendment, actor.id) } });
    await client.draft.update({ where: { id: input.draftId }, data: { updatedAt: now } });
    return { id };
  });
}

/**
 * The stored row of an amendment (DraftAmendment): A1, A2 … numbered 1, 2 …, its status also in a
 * column for queries, the whole amendment as JSON (parsed through its schema when read, data.ts).
 */
export function toAmendmentRow(amendment: Amendment, authorId: string | null): { number: number; authorId: string | null; status: string; data: string } {
  return { number: Number(amendment.id.slice(1)), authorId, status: amendment.status, data: JSON.stringify(amendment) };
}

async function nextNumber(client: Parameters<Parameters<typeof db.$transaction>[0]>[0], draftId: string): Promise<number> {
  const last = await client.draftAmendment.findFirst({ where: { draftId }, orderBy: { number: "desc" }, select: { number: true } });
  return (last?.number ?? 0) + 1;
}

/**
 * Proposes an amendment to a pending amendment (a sub-amendment): new words in place of the
 * amendment's. The subparagraphs the amendment proposes stay as they are, taken from it here; the
 * amendment with the new words must still apply to the text as it stands.
 */
export async function proposeSubAmendment(actor: Actor, input: ProposeSubAmendmentInput, now = new Date()): Promise<{ id: string }> {
  return writeTransaction(async (client) => {
    const { role, document } = await loadForChange(client, actor.id, input.draftId);
    if (!canOnAmendment(role, "propose")) throw new DraftError("forbidden", FORBIDDEN.propose);
    const check = checkAmendable(await readAmendments(client, input.draftId), input.amendmentId);
    if (!check.ok) throw new DraftError("invalid-request", `${check.message}.`);
    const parent = check.parent;
    const subparagraphs = parent.paragraph?.subparagraphs;
    const paragraph = { ...(input.paragraph.phrase !== undefined ? { phrase: input.paragraph.phrase } : {}), text: input.paragraph.text, ...(subparagraphs ? { subparagraphs } : {}) };
    const number = await nextNumber(client, input.draftId);
    const id = `A${number}`;
    const amendment = buildSubAmendment(parent, { id, sponsors: input.sponsors, paragraph, history: [{ status: "proposed", at: now.toISOString(), by: actor.name, note: `Amends amendment ${parent.id}` }] });
    const applies = applyAmendment(document, withAdoptedSubAmendment(parent, [amendment]));
    if (!applies.ok) throw new DraftError("invalid-request", applies.error.message.replace(/^A\d+: /, ""));
    await client.draftAmendment.create({ data: { draftId: input.draftId, ...toAmendmentRow(amendment, actor.id) } });
    await client.draft.update({ where: { id: input.draftId }, data: { updatedAt: now } });
    return { id };
  });
}

/**
 * The chair's ruling on the order of voting, with its reason (Council provisional rule 36, GA rule 90),
 * checked against the amendments pending now; `null` goes back to the order the rules propose.
 */
export async function setVotingOrder(actor: Actor, draftId: string, ruling: { order: string[]; reason: string } | null): Promise<ChairOrder | null> {
  return writeTransaction(async (client) => {
    const { role, document } = await loadForChange(client, actor.id, draftId);
    if (!canOnAmendment(role, "rule-order")) throw new DraftError("forbidden", FORBIDDEN["rule-order"]);
    if (ruling === null) {
      await client.amendmentVotingOrder.deleteMany({ where: { draftId } });
      return null;
    }
    const amendments = await readAmendments(client, draftId);
    const proposed = proposeOrderOfVoting(document, amendments, document.body);
    const check = checkChairOrder(proposed, ruling.order, amendments, ruling.reason);
    if (!check.ok) {
      const stale = proposed.length !== ruling.order.length || ruling.order.some((id) => !proposed.some((item) => item.id === id));
      throw new DraftError("invalid-request", stale ? `${check.message}: amendments were proposed or decided since the page was loaded. Reload it and set the order again.` : `${check.message}.`);
    }
    const data = { order: JSON.stringify(check.order), reason: ruling.reason.trim(), byName: actor.name };
    const saved = await client.amendmentVotingOrder.upsert({ where: { draftId }, create: { draftId, ...data }, update: data, select: { updatedAt: true } });
    return { order: check.order, reason: data.reason, by: actor.name, at: saved.updatedAt.toISOString() };
  });
}

/** Accepts as friendly, withdraws, or confirms an amendment after its paragraph was rewritten. */
export async function changeAmendment(actor: Actor, draftId: string, amendmentId: string, change: AmendmentChange, now = new Date()): Promise<Amendment> {
  return writeTransaction(async (client) => {
    const { role, document } = await loadForChange(client, actor.id, draftId);
    const number = Number(amendmentId.slice(1));
    const row = await client.draftAmendment.findUnique({ where: { draftId_number: { draftId, number } }, select: { id: true, authorId: true } });
    if (!row) throw new DraftError("not-found", "This amendment does not exist.");
    const current = (await readAmendments(client, draftId)).find((item) => item.number === number)!;
    const isAuthor = row.authorId === actor.id;
    let next: Amendment;
    switch (change) {
      case "friendly":
        if (!canOnAmendment(role, "accept-friendly", isAuthor)) throw new DraftError("forbidden", FORBIDDEN["accept-friendly"]);
        if (current.status !== "proposed") throw new DraftError("conflict", `Amendment ${amendmentId} is ${current.status}: only a proposed amendment can be accepted as friendly.`);
        if (current.amends !== undefined) {
          throw new DraftError("invalid-request", `Amendment ${amendmentId} amends amendment ${current.amends}: it is voted on before it, or withdrawn, not accepted as friendly.`);
        }
        next = withStatus(current, "friendly", actor, now, "Accepted by the sponsors");
        break;
      case "withdraw":
        if (!canOnAmendment(role, "withdraw", isAuthor)) throw new DraftError("forbidden", FORBIDDEN.withdraw);
        if (current.status !== "proposed" && current.status !== "friendly") throw new DraftError("conflict", `Amendment ${amendmentId} is ${current.status} and can no longer be withdrawn.`);
        next = withStatus(current, "withdrawn", actor, now);
        break;
      case "confirm-review": {
        if (!canOnAmendment(role, "confirm-review", isAuthor)) throw new DraftError("forbidden", FORBIDDEN["confirm-review"]);
        const confirmed = confirmReviewed(document, current);
        if (!confirmed) throw new DraftError("conflict", "The paragraph this amendment amends was deleted: withdraw it or propose a new one.");
        next = { ...confirmed, history: [...current.history, { status: current.status, at: now.toISOString(), by: actor.name, note: "Confirmed against the rewritten paragraph" }].slice(-200) };
        break;
      }
      default: {
        const unreachable: never = change;
        throw new DraftError("invalid-request", `Unknown change ${String(unreachable)}`);
      }
    }
    const { number: _number, authorId: _authorId, authorName: _authorName, ...stored } = next as typeof current;
    void _number;
    void _authorId;
    void _authorName;
    await client.draftAmendment.update({ where: { id: row.id }, data: { status: stored.status, data: JSON.stringify(stored) } });
    return stored;
  });
}

/** Records the results of a voting sequence (adopted, rejected, lapsed) on proposed amendments. */
export async function recordAmendmentVotes(
  actor: Actor,
  draftId: string,
  results: readonly { amendmentId: string; status: "adopted" | "rejected" | "lapsed"; note?: string }[],
  now = new Date(),
): Promise<number> {
  return writeTransaction(async (client) => {
    const { role } = await loadForChange(client, actor.id, draftId);
    if (!canOnAmendment(role, "record-votes")) throw new DraftError("forbidden", FORBIDDEN["record-votes"]);
    const stored = await readAmendments(client, draftId);
    let count = 0;
    for (const result of results) {
      const current = stored.find((item) => item.id === result.amendmentId);
      if (!current || current.status !== "proposed") continue;
      const { number, authorId: _authorId, authorName: _authorName, ...plain } = withStatus(current, result.status, actor, now, result.note) as typeof current;
      void _authorId;
      void _authorName;
      await client.draftAmendment.update({ where: { draftId_number: { draftId, number } }, data: { status: plain.status, data: JSON.stringify(plain) } });
      count++;
    }
    return count;
  });
}
