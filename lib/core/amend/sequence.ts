import type { Draft } from "../draft/schema";
import { applyAmendment, collectIds } from "./apply";
import type { Amendment, AmendmentStatus } from "./schema";
import { indexParagraphs } from "./targets";
import { withAdoptedSubAmendment } from "./sub-amendment";

/**
 * The voting sequence on a draft: the friendly amendments are already in its text; then each
 * amendment in the order of voting, each part voted separately, and the draft as amended.
 * Recomputed from the outcomes so far, so that a caller keeps only plain data (the outcomes).
 *
 * - An amendment whose target an adopted amendment removed is not put to the vote: it lapses, with
 *   the reason (GA rules of procedure, rule 90: an amendment whose rejection follows from the
 *   adoption of another is not put to the vote; Council practice under provisional rule 36 is the same).
 * - Two amendments that both replace the text of one paragraph exclude each other: once one is
 *   adopted the other lapses.
 * - A part rejected in a separate vote leaves the text before the whole is voted (Council rule 32,
 *   GA rule 89); numbering follows, since it is derived. If every operative paragraph is rejected,
 *   the draft is rejected as a whole (GA rule 89).
 */

export type ItemOutcome = "adopted" | "rejected";
export type StepStatus = "adopted" | "rejected" | "lapsed" | "next" | "pending";
export type StepKind = "amendment" | "part" | "draft";

export type SequenceStep = {
  /** "amendment:A1", "part:<paragraph id>", "draft". */
  key: string;
  kind: StepKind;
  /** The amendment's id, or the paragraph's id for a part. */
  id?: string;
  /** "Amendment A1 (Operative paragraph 3)", "Operative paragraph 2", "The draft resolution as amended". */
  label: string;
  status: StepStatus;
  reason?: string;
};

export type LapsedAmendment = { id: string; reason: string };

export type SequenceRun = {
  steps: SequenceStep[];
  /** The text as amended by what has been decided so far. */
  draft: Draft;
  /** Friendly amendments, then adopted ones, in the order applied. */
  applied: string[];
  lapsed: LapsedAmendment[];
  /** Whether the text voted last is "the draft resolution as amended": an amendment applied or a part rejected. */
  amended: boolean;
  /** The amendments with their status as the sequence leaves them. */
  amendments: Amendment[];
  next?: SequenceStep;
};

export type SequenceInput = {
  draft: Draft;
  amendments: readonly Amendment[];
  /** Ids of the amendments to vote, in the order of voting. */
  order: readonly string[];
  /** Paragraph ids voted separately (division of the question), in the order of the text. */
  parts?: readonly string[];
  /** Outcome by step key. */
  outcomes: Readonly<Record<string, ItemOutcome>>;
};

export const amendmentKey = (id: string) => `amendment:${id}`;
export const partKey = (paragraphId: string) => `part:${paragraphId}`;
export const DRAFT_KEY = "draft";

export function runVotingSequence(input: SequenceInput): SequenceRun {
  const byId = new Map(input.amendments.map((amendment) => [amendment.id, amendment]));
  const status = new Map<string, AmendmentStatus>(input.amendments.map((amendment) => [amendment.id, amendment.status]));
  const reasons = new Map<string, string>();
  const baseLabels = indexParagraphs(input.draft).byId;
  const labelOf = (id: string, fallback: string) => baseLabels.get(id)?.label ?? fallback;
  /** Who removed or replaced a paragraph, for the reasons of lapses. */
  const removedBy = new Map<string, string>();
  const replacedBy = new Map<string, string>();
  /** The sub-amendments adopted so far: each gives the text of the amendment it amends. */
  const adoptedSubAmendments: Amendment[] = [];
  const applied: string[] = [];
  const lapsed: LapsedAmendment[] = [];
  let draft = input.draft;
  /** Ids in the text so far, kept up to date as amendments apply. */
  const present = collectIds(draft);

  const lapse = (amendment: Amendment, reason: string) => {
    status.set(amendment.id, "lapsed");
    reasons.set(amendment.id, reason);
    lapsed.push({ id: amendment.id, reason });
  };

  /** Why an amendment can no longer be put to the vote, or undefined. */
  const lapseReason = (amendment: Amendment): string | undefined => {
    const parent = amendment.amends ? byId.get(amendment.amends) : undefined;
    const effective = parent ?? amendment;
    const targetLabel = labelOf(effective.targetId, effective.writtenAgainst.label);
    if (parent && status.get(parent.id) !== "proposed") return `Not put to the vote: amendment ${parent.id}, which it amends, is ${status.get(parent.id)}`;
    if (!present.has(effective.targetId)) {
      const by = removedBy.get(effective.targetId);
      return by
        ? `Not put to the vote: ${targetLabel}, which it amends, was deleted by amendment ${by}, adopted`
        : `Not put to the vote: ${targetLabel}, which it amends, is no longer in the draft`;
    }
    if (effective.action === "move" && effective.destinationId && !present.has(effective.destinationId)) {
      const by = removedBy.get(effective.destinationId);
      return `Not put to the vote: the paragraph it moves ${effective.position ?? "after"} was deleted${by ? ` by amendment ${by}, adopted` : ""}`;
    }
    if (!parent && amendment.action === "replace") {
      const by = replacedBy.get(amendment.targetId);
      if (by && by !== amendment.id) return `Not put to the vote: its rejection follows from the adoption of amendment ${by}, which replaced the text of ${targetLabel}`;
    }
    return undefined;
  };

  const apply = (amendment: Amendment): string | undefined => {
    if (amendment.amends && byId.has(amendment.amends)) {
      // An adopted sub-amendment changes the text the amendment proposes, not the draft.
      adoptedSubAmendments.push(amendment);
      return undefined;
    }
    const result = applyAmendment(draft, withAdoptedSubAmendment(amendment, adoptedSubAmendments));
    if (!result.ok) return result.error.message;
    draft = result.draft;
    for (const id of result.removedIds) {
      removedBy.set(id, amendment.id);
      present.delete(id);
    }
    for (const id of result.insertedIds) present.add(id);
    if (amendment.action === "replace") replacedBy.set(amendment.targetId, amendment.id);
    return undefined;
  };

  // Friendly amendments were accepted by the sponsors and are part of the text before any vote.
  for (const amendment of input.amendments) {
    if (amendment.status !== "friendly") continue;
    const reason = lapseReason({ ...amendment, status: "proposed" }) ?? apply(amendment);
    if (reason) lapse(amendment, reason);
    else applied.push(amendment.id);
  }

  const steps: SequenceStep[] = [];
  let waiting = false;
  const settle = (step: SequenceStep): SequenceStep => {
    steps.push(step);
    return step;
  };

  for (const id of input.order) {
    const amendment = byId.get(id);
    if (!amendment) continue;
    const label = `Amendment ${id} (${labelOf(amendment.targetId, amendment.writtenAgainst.label)})`;
    const key = amendmentKey(id);
    if (waiting) {
      settle({ key, kind: "amendment", id, label, status: "pending" });
      continue;
    }
    const reason = lapseReason(amendment);
    if (reason) {
      lapse(amendment, reason);
      settle({ key, kind: "amendment", id, label, status: "lapsed", reason });
      continue;
    }
    const outcome = input.outcomes[key];
    if (outcome === undefined) {
      waiting = true;
      settle({ key, kind: "amendment", id, label, status: "next" });
      continue;
    }
    if (outcome === "adopted") {
      const failure = apply(amendment);
      if (failure) {
        lapse(amendment, failure);
        settle({ key, kind: "amendment", id, label, status: "lapsed", reason: failure });
        continue;
      }
      applied.push(id);
    }
    status.set(id, outcome);
    settle({ key, kind: "amendment", id, label, status: outcome });
  }

  for (const paragraphId of input.parts ?? []) {
    const key = partKey(paragraphId);
    const current = indexParagraphs(draft).byId.get(paragraphId);
    const label = current?.label ?? labelOf(paragraphId, "A part of the draft");
    if (waiting) {
      settle({ key, kind: "part", id: paragraphId, label, status: "pending" });
      continue;
    }
    if (!current) {
      const by = removedBy.get(paragraphId);
      settle({ key, kind: "part", id: paragraphId, label, status: "lapsed", reason: `Not put to the vote: deleted${by ? ` by amendment ${by}, adopted` : ""}` });
      continue;
    }
    const outcome = input.outcomes[key];
    if (outcome === undefined) {
      waiting = true;
      settle({ key, kind: "part", id: paragraphId, label, status: "next" });
      continue;
    }
    if (outcome === "rejected") {
      const result = applyAmendment(draft, { id: `part-${paragraphId}`, action: "delete", targetId: paragraphId });
      if (result.ok) {
        draft = result.draft;
        for (const id of result.removedIds) present.delete(id);
      }
    }
    settle({ key, kind: "part", id: paragraphId, label, status: outcome });
  }

  const amended = applied.length > 0 || (input.parts ?? []).some((id) => input.outcomes[partKey(id)] === "rejected");
  const draftLabel = amended ? "The draft resolution as amended" : "The draft resolution";
  if (waiting) settle({ key: DRAFT_KEY, kind: "draft", label: draftLabel, status: "pending" });
  else if (draft.operative.length === 0 && input.draft.operative.length > 0) {
    settle({ key: DRAFT_KEY, kind: "draft", label: draftLabel, status: "rejected", reason: "Every operative part was rejected: the draft is rejected as a whole (GA rule 89)" });
  } else {
    const outcome = input.outcomes[DRAFT_KEY];
    settle({ key: DRAFT_KEY, kind: "draft", label: draftLabel, status: outcome ?? "next" });
  }

  return {
    steps,
    draft,
    applied,
    lapsed,
    amended,
    amendments: input.amendments.map((amendment) => {
      const next = status.get(amendment.id)!;
      const reason = reasons.get(amendment.id);
      return next === amendment.status && !reason ? amendment : { ...amendment, status: next, ...(reason ? { reason } : {}) };
    }),
    next: steps.find((step) => step.status === "next"),
  };
}
