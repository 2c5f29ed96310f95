import { amendmentSchema, type Amendment } from "@/lib/core/amend/schema";
import { classVotingSequence, type ClassSequence } from "@/lib/core/classroom/amendment-votes";
import { draftToPlainText } from "@/lib/core/draft/layout";
import { parsePortableDraft, sequentialIds, withIds, type Draft } from "@/lib/core/draft/schema";
import { z } from "zod";
import { parseStored, storedDivisionSchema, storedResultSchema, storedSequenceStepSchema } from "./schema";
import type { SequenceView } from "./view";

/** Between a tabled draft's stored columns and its amendment sequence (lib/core/classroom/amendment-votes.ts). */

const storedAmendmentsSchema = z.array(amendmentSchema);

/** The amendments kept with a tabled draft (null: tabled without amendments). */
export function readTabledAmendments(text: string | null): Amendment[] {
  return text ? parseStored(storedAmendmentsSchema, text) : [];
}

type TabledRow = { id: string; document: string; amendments: string | null; division?: string | null };
/** The organ the class plays: its rule on division of the question applies, whatever the draft's organ. */
type ClassBodyName = Draft["body"];
type SequenceVoteRow = { tabledDraftId: string | null; status: string; sequenceStep: string | null; result: string | null };

/**
 * The sequence of a tabled draft from its class's votes (in the order they were opened); null when
 * it was tabled without amendments to vote and no division was asked (unless `always`: a chair
 * asking for division of a draft voted as a whole until then).
 */
export function tabledSequence(tabled: TabledRow, votes: readonly SequenceVoteRow[], always = false, body?: ClassBodyName): { sequence: ClassSequence; draft: Draft; statements: Map<string, string> } | null {
  const amendments = readTabledAmendments(tabled.amendments);
  const division = tabled.division ? parseStored(storedDivisionSchema, tabled.division) : null;
  if (!always && !division && !amendments.some((amendment) => amendment.status === "proposed")) return null;
  const parsed = parsePortableDraft(JSON.parse(tabled.document));
  if (!parsed.ok) return null;
  const statements = new Map<string, string>();
  const records = [];
  for (const vote of votes) {
    if (vote.tabledDraftId !== tabled.id || !vote.sequenceStep) continue;
    const step = parseStored(storedSequenceStepSchema, vote.sequenceStep);
    const result = vote.result ? parseStored(storedResultSchema, vote.result) : null;
    if (result) statements.set(step.key, result.statement);
    records.push({ step, status: vote.status === "closed" ? ("closed" as const) : ("open" as const), outcome: result?.outcome ?? null });
  }
  // The tabled text keeps the draft's paragraph ids, which the amendments target.
  const draft = withIds(parsed.draft, sequentialIds("tabled-"));
  return { sequence: classVotingSequence({ draft, amendments, votes: records, division, ...(body ? { body } : {}) }), draft, statements };
}

/** What every screen shows of the sequence. */
export function toSequenceView(found: NonNullable<ReturnType<typeof tabledSequence>>): SequenceView {
  const { sequence, statements } = found;
  return {
    items: sequence.steps.map((step) => ({
      key: step.key,
      kind: step.kind,
      label: step.label,
      status: step.status,
      ...(step.reason ? { reason: step.reason } : {}),
      ...(statements.has(step.key) && (step.status === "adopted" || step.status === "rejected") ? { statement: statements.get(step.key)! } : {}),
    })),
    next: sequence.next ? { key: sequence.next.key, kind: sequence.next.kind, label: sequence.next.label } : null,
    text: draftToPlainText(sequence.draft),
    amended: sequence.amended,
    ...(sequence.division ? { division: { label: sequence.division.label, divided: sequence.division.ruling.divided, reason: sequence.division.ruling.reason } } : {}),
  };
}
