import type { Body, Draft } from "../draft/schema";
import type { Amendment } from "./schema";
import { indexParagraphs, type ParagraphIndex } from "./targets";
import { countChangedWords } from "./word-diff";

/**
 * The proposed order of voting on amendments (all of them before the draft itself):
 * - Security Council, provisional rules of procedure, rule 36: the President rules on the order;
 *   ordinarily the amendment furthest removed in substance from the original proposal first, but an
 *   amendment which adds to or deletes from the text is voted on first.
 * - General Assembly, rules of procedure, rule 90: the amendment furthest removed in substance first,
 *   then the next furthest removed, until all have been put to the vote.
 * - In both, an amendment to an amendment is voted on before the amendment it amends.
 * "Furthest removed in substance" is a judgement; it is estimated here by the size of the change in
 * words, and the chair may reorder with a reason.
 */

export type OrderedAmendment = { id: string; size: number; reason: string };

const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

function subtreeWords(list: { text: string; subparagraphs?: { text: string; subparagraphs?: unknown[] }[] }[] | undefined): number {
  let total = 0;
  for (const sub of list ?? []) total += words(sub.text) + subtreeWords(sub.subparagraphs as never);
  return total;
}

/** The size of the change an amendment makes, in words (a move: the paragraphs it passes over). */
export function changeSize(index: ParagraphIndex, amendment: Amendment): number {
  const target = index.byId.get(amendment.targetId);
  const paragraph = amendment.paragraph;
  switch (amendment.action) {
    case "insert":
      return paragraph ? words(paragraph.phrase ?? "") + words(paragraph.text) + subtreeWords(paragraph.subparagraphs) : 0;
    case "delete": {
      if (!target) return words(amendment.writtenAgainst.phrase) + words(amendment.writtenAgainst.text);
      let total = words(target.phrase) + words(target.text);
      // Entries are in reading order: a paragraph's subparagraphs follow it directly.
      const start = index.order.get(target.id)!;
      for (let at = start + 1; at < index.entries.length && isBelow(index, index.entries[at].id, target.id); at++) total += words(index.entries[at].text);
      return total;
    }
    case "replace": {
      if (!paragraph) return 0;
      const before = `${target?.phrase ?? amendment.writtenAgainst.phrase} ${target?.text ?? amendment.writtenAgainst.text}`.trim();
      const after = `${paragraph.phrase ?? target?.phrase ?? ""} ${paragraph.text}`.trim();
      return countChangedWords(before, after) + subtreeWords(paragraph.subparagraphs);
    }
    case "move": {
      const from = index.order.get(amendment.targetId);
      const to = amendment.destinationId ? index.order.get(amendment.destinationId) : undefined;
      return from === undefined || to === undefined ? 0 : Math.abs(to - from);
    }
    default: {
      const unreachable: never = amendment.action;
      return unreachable;
    }
  }
}

function isBelow(index: ParagraphIndex, id: string, ancestorId: string): boolean {
  let parent = index.byId.get(id)?.parentId;
  while (parent) {
    if (parent === ancestorId) return true;
    parent = index.byId.get(parent)?.parentId;
  }
  return false;
}

const addsOrDeletes = (amendment: Amendment) => amendment.action === "insert" || amendment.action === "delete";

/** The amendments still to be voted (status "proposed"), in the order the rules propose. */
export function proposeOrderOfVoting(draft: Draft, amendments: readonly Amendment[], body: Body): OrderedAmendment[] {
  const index = indexParagraphs(draft);
  const pending = amendments.filter((amendment) => amendment.status === "proposed");
  const pendingIds = new Set(pending.map((amendment) => amendment.id));
  const position = new Map(amendments.map((amendment, at) => [amendment.id, at]));
  const size = new Map(pending.map((amendment) => [amendment.id, changeSize(index, amendment)]));
  const place = (amendment: Amendment) => index.order.get(amendment.targetId) ?? Number.MAX_SAFE_INTEGER;

  const byRule = (a: Amendment, b: Amendment) => {
    if (body === "security-council" && addsOrDeletes(a) !== addsOrDeletes(b)) return addsOrDeletes(a) ? -1 : 1;
    return size.get(b.id)! - size.get(a.id)! || place(a) - place(b) || position.get(a.id)! - position.get(b.id)!;
  };

  const main = pending.filter((amendment) => amendment.amends === undefined || !pendingIds.has(amendment.amends)).sort(byRule);
  const subsOf = new Map<string, Amendment[]>();
  for (const amendment of pending) {
    if (amendment.amends !== undefined && pendingIds.has(amendment.amends)) {
      subsOf.set(amendment.amends, [...(subsOf.get(amendment.amends) ?? []), amendment]);
    }
  }

  const out: OrderedAmendment[] = [];
  const push = (amendment: Amendment) => {
    // An amendment to an amendment is voted on before it (rule 36 practice; GA rule 90).
    for (const sub of (subsOf.get(amendment.id) ?? []).sort(byRule)) push(sub);
    out.push({ id: amendment.id, size: size.get(amendment.id)!, reason: reasonFor(amendment, size.get(amendment.id)!, body, subsOf.has(amendment.amends ?? "")) });
  };
  for (const amendment of main) push(amendment);
  return out;
}

function reasonFor(amendment: Amendment, size: number, body: Body, isSubAmendment: boolean): string {
  const words = `${size} word${size === 1 ? "" : "s"}`;
  if (isSubAmendment) return `Amends amendment ${amendment.amends}: voted before it`;
  if (body === "security-council" && addsOrDeletes(amendment)) {
    return `${amendment.action === "insert" ? "Adds to" : "Deletes from"} the text: voted first (provisional rule 36); ${words}`;
  }
  return `Furthest removed in substance first (${body === "security-council" ? "provisional rule 36" : "rule 90"}): ${amendment.action === "move" ? `moves across ${size} paragraph${size === 1 ? "" : "s"}` : `${words} changed`}`;
}

export type ReorderResult = { ok: true; order: string[] } | { ok: false; message: string };

/**
 * The chair's ruling on the order: `order` must name each pending amendment once, with a reason;
 * an amendment to an amendment still comes before the amendment it amends.
 */
export function checkChairOrder(proposed: readonly OrderedAmendment[], order: readonly string[], amendments: readonly Amendment[], reason: string): ReorderResult {
  if (!reason.trim()) return { ok: false, message: "Give the reason for the order (the President rules on it: provisional rule 36)" };
  const expected = new Set(proposed.map((item) => item.id));
  if (order.length !== expected.size || new Set(order).size !== order.length || order.some((id) => !expected.has(id))) {
    return { ok: false, message: "The order must name each amendment to be voted on exactly once" };
  }
  const at = new Map(order.map((id, position) => [id, position]));
  for (const amendment of amendments) {
    if (amendment.amends && at.has(amendment.id) && at.has(amendment.amends) && at.get(amendment.id)! > at.get(amendment.amends)!) {
      return { ok: false, message: `Amendment ${amendment.id} amends amendment ${amendment.amends} and must be voted on before it` };
    }
  }
  return { ok: true, order: [...order] };
}

/** The chair's ruling on the order, as kept with the draft: the ids in the order ruled, and why. */
export type ChairOrder = { order: readonly string[]; reason: string; by?: string; at?: string };

export type OrderOfVoting = {
  items: OrderedAmendment[];
  /** True when a ruling of the chair set the order. */
  isRuled: boolean;
  /** Amendments proposed (or brought back) since the ruling: placed after the ruled ones. */
  sinceRuling: string[];
};

/**
 * The order of voting in force: the rules' proposal, or the chair's ruling when there is one
 * (Council provisional rule 36: the President rules on the order; GA rule 90). The ruling names the
 * amendments pending when it was made; those decided or withdrawn since drop out, and those
 * proposed since follow the ruled ones in the order the rules propose, an amendment to an amendment
 * still before the amendment it amends.
 */
export function applyChairOrder(proposed: readonly OrderedAmendment[], ruling: ChairOrder | null | undefined, amendments: readonly Amendment[]): OrderOfVoting {
  if (!ruling) return { items: [...proposed], isRuled: false, sinceRuling: [] };
  const byId = new Map(proposed.map((item) => [item.id, item]));
  const amends = new Map(amendments.map((amendment) => [amendment.id, amendment.amends]));
  const ruled = new Set(ruling.order);
  const reason = `Order as ruled by the chair: ${ruling.reason.trim()}`;
  const out: OrderedAmendment[] = ruling.order.filter((id) => byId.has(id)).map((id) => ({ ...byId.get(id)!, reason }));
  const sinceRuling: string[] = [];
  for (const item of proposed) {
    if (ruled.has(item.id)) continue;
    sinceRuling.push(item.id);
    const parent = amends.get(item.id);
    const at = parent === undefined ? -1 : out.findIndex((other) => other.id === parent);
    const placed = { ...item, reason: `Proposed after the chair's ruling: ${item.reason}` };
    if (at >= 0) out.splice(at, 0, placed);
    else out.push(placed);
  }
  return { items: out, isRuled: true, sinceRuling };
}
