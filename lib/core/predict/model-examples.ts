import { computeCaseVote, weighCases } from "./cases";
import type { Vote, VoteDistribution } from "./distribution";
import { addDrafts, addYear, createEvidence, groupByYear, openYear, type Evidence } from "./evidence";
import { computeDraftFeatures, computeFeatures, findRenewal, queryFromRecordedDraft, type MemberEvidence } from "./features";
import { DEFAULT_FIT_OPTIONS, joinFeatures, memberClassOf, predictMembers, type EvidenceMode, type MemberClass, type ModelParameters } from "./model";
import type { RecordedDraft, VoteRecord } from "./vote-record";

/** One member facing one recorded draft, with the features it had before the vote. */
export type Example = {
  draft: RecordedDraft;
  member: string;
  memberClass: MemberClass;
  x: Float64Array;
  /** The draft's own features (shared by its members' examples). */
  draftX: Float64Array;
  info: MemberEvidence;
  /** The member's case-based odds on a divided Council (`computeCaseVote`). */
  caseVote: VoteDistribution;
  vote: Vote | "P";
};

/**
 * Walks the record in date order: each draft gets features from what was recorded before it (the
 * years before its own, or every earlier date in rolling mode), then joins the evidence. Drafts of
 * one date are all featured before any of them is added, so none sees another's vote. Returns
 * every example and the evidence after `untilYear`.
 */
export function collectExamples(record: VoteRecord, decay: number, untilYear: number, mode: EvidenceMode = DEFAULT_FIT_OPTIONS.evidence): { examples: Example[]; evidence: Evidence } {
  const evidence = createEvidence(record, decay, record.firstYear);
  const byYear = groupByYear(record.drafts);
  const examples: Example[] = [];
  const feature = (draft: RecordedDraft) => {
    const query = queryFromRecordedDraft(draft);
    const renewals = findRenewal(evidence, query);
    const draftX = computeDraftFeatures(evidence, query, renewals);
    const cases = weighCases(evidence, query);
    for (const { iso3, vote } of draft.votes) {
      const { x, info } = computeFeatures(evidence, query, iso3, renewals);
      const caseVote = computeCaseVote(evidence, query, iso3, cases).distribution;
      examples.push({ draft, member: iso3, memberClass: memberClassOf(iso3), x: joinFeatures(x, draftX), draftX, info, caseVote, vote });
    }
  };
  for (let year = record.firstYear; year <= untilYear; year++) {
    // In date order (the record is; synthetic ones may not be): a stable sort keeps the record's order within a day.
    const drafts = [...(byYear.get(year) ?? [])].sort((left, right) => left.date.localeCompare(right.date));
    switch (mode) {
      case "prior-years":
        for (const draft of drafts) feature(draft);
        addYear(evidence, year, drafts);
        break;
      case "rolling": {
        // The year is opened (earlier years fade) when its first date joins the evidence, so the
        // first drafts of a year see the record exactly as a prediction made on 1 January would.
        for (let start = 0; start < drafts.length; ) {
          let end = start;
          while (end < drafts.length && drafts[end].date === drafts[start].date) end++;
          const sameDate = drafts.slice(start, end);
          for (const draft of sameDate) feature(draft);
          if (evidence.nextYear === year) openYear(evidence, year);
          addDrafts(evidence, sameDate);
          start = end;
        }
        if (evidence.nextYear === year) openYear(evidence, year);
        break;
      }
      default: {
        const unreachable: never = mode;
        throw new Error(`unknown evidence mode ${String(unreachable)}`);
      }
    }
  }
  return { examples, evidence };
}


/** The examples of each draft, drafts in the order first met. */
export function groupByDraft(examples: readonly Example[]): Map<RecordedDraft, Example[]> {
  const drafts = new Map<RecordedDraft, Example[]>();
  for (const example of examples) {
    const list = drafts.get(example.draft);
    if (list) list.push(example);
    else drafts.set(example.draft, [example]);
  }
  return drafts;
}

/** One recorded draft's prediction from its members' examples (sponsors keep their rule). */
export function predictDraftExamples(parameters: ModelParameters, draft: RecordedDraft, examples: readonly Example[]): ReturnType<typeof predictMembers> {
  return predictMembers(
    parameters,
    examples[0].draftX,
    examples.map((example) => ({ iso3: example.member, x: example.x, isSponsor: draft.sponsors.includes(example.member), caseVote: example.caseVote })),
  );
}
