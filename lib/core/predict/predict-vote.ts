/**
 * Evidence-based prediction of a Security Council vote on a draft. Each member's vote comes from
 * the fitted model (scripts/fit-prediction.ts) over its record; the outcome odds are exact
 * (lib/core/vote/probability.ts), never sampled; each member's reasons are read from the evidence.
 */
import { z } from "zod";
import { isoDateSchema, portableDraftSchema, type PortableDraft } from "../draft/schema";
import { getCouncil, COUNCIL_FIRST_YEAR, COUNCIL_LAST_YEAR } from "../un/council";
import { findState } from "../un/states";
import { councilOutcomeProbabilities } from "../vote/probability";
import { computeCaseVote, weighCases, type CaseEvidence } from "./cases";
import { readAgenda, recordTopicKeys, type AgendaReading } from "./agenda-match";
import { analyzeDraftContent, type DraftContent } from "./content";
import type { Evidence } from "./evidence";
import { buildDatedIndex, evidenceBefore, type DatedEvidence, type DatedIndex } from "./evidence-as-of";
import { computeDraftFeatures, computeFeatures, findRenewal, type DraftQuery, type MemberEvidence } from "./features";
import modelFile from "./generated/model.json";
import { argmaxVote, type Vote, type VoteDistribution } from "./distribution";
import { decideVote, joinFeatures, predictMembers, type MemberInput, type ModelParameters } from "./model";
import { explainMember } from "./reasons";
import { dayOfYear, getIdealPoint, getVoteRecord, type VoteRecord } from "./vote-record";

export type PredictionErrorCode = "invalid-descriptor" | "unknown-sponsor" | "year-out-of-range";

export class PredictionInputError extends Error {
  constructor(
    readonly code: PredictionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const draftDescriptorSchema = z.object({
  id: z.string().min(1, "must not be empty"),
  date: isoDateSchema,
  agendaItem: z.string().optional(),
  topic: z.string().optional(),
  region: z.string().optional(),
  category: z.string().optional(),
  /** ISO3 codes or names ("Russia", "United Kingdom"). */
  sponsors: z.array(z.string()).optional(),
  isAmendment: z.boolean().optional(),
  procedural: z.boolean().optional(),
  draft: portableDraftSchema.nullable().optional(),
  /**
   * "before-date" (the default): only votes recorded strictly before `date`, as a delegate knew
   * them on the day. "everything": the whole record, as known today.
   */
  evidence: z.enum(["before-date", "everything"]).optional(),
});
export type DraftDescriptor = z.input<typeof draftDescriptorSchema>;

/** What the simulator knows of a vote it asks to predict: the year, perhaps a date, and the draft or a description of it. */
export type VoteToPredict = {
  year: number;
  /** The date of the vote, when set; a date outside `year` is ignored. */
  date?: string | null;
  /** An agenda item or topic, as typed; the draft's agenda item wins when there is a draft. */
  topic?: string;
  /** ISO3 codes or names; the draft's own sponsors win when there is a draft. */
  sponsors?: readonly string[];
  procedural: boolean;
  draft?: PortableDraft | null;
};

/**
 * The descriptor the predictor reads for a vote being simulated: the one place that turns the
 * simulator's settings into a `DraftDescriptor`.
 */
export function descriptorForVote(vote: VoteToPredict): DraftDescriptor {
  // The model reads the Council of the date's year and the day of the year (mandates fall due on
  // their anniversaries, so renewals cluster by date). Without a date in the year, mid-year (1 July)
  // stands in: the day nearest on average to any day of the year, so the day-of-year reading errs
  // least when the real date is unknown.
  const date = vote.date && vote.date.startsWith(`${vote.year}-`) ? vote.date : `${vote.year}-07-01`;
  const topic = vote.topic?.trim() || undefined;
  const draft = vote.draft ?? null;
  const agendaItem = draft?.agendaItem || topic;
  return {
    id: "simulation",
    date,
    agendaItem,
    topic: draft ? agendaItem : topic,
    sponsors: draft ? draft.sponsors : [...(vote.sponsors ?? [])],
    procedural: vote.procedural,
    isAmendment: false,
    draft,
    // An undated vote is predicted from everything known today; a dated one as on its date.
    evidence: vote.date && vote.date === date ? "before-date" : "everything",
  };
}

export type SwingEntry = {
  iso3: string;
  adoptedIfYes: number;
  adoptedIfNo: number;
  adoptedIfAbstain: number;
  /** How much this member's vote alone can move the chance of adoption. */
  swing: number;
};

export type DraftPrediction = {
  id: string;
  year: number;
  /** Chance that the Council divides at all (some N or A). */
  divided: number;
  members: Record<string, { Y: number; N: number; A: number }>;
  outcome: { adopted: number; vetoed: number; failed: number };
  vetoBy: Record<string, number>;
  reasons: Record<string, string[]>;
  /**
   * Each member's likeliest vote: the argmax of `members`, unless the model's dissent threshold
   * (chosen on its validation year) says to read it from the odds on a divided Council.
   */
  mostLikely: Record<string, Vote>;
  swing: SwingEntry[];
  content: DraftContent;
  /** The record's agenda item and topic the draft's were read as (null: none found). */
  readAs: AgendaReading["readAs"];
  /**
   * The record the prediction read: votes before this date only, or (null) the whole record;
   * and the date of the latest vote it read.
   */
  evidenceBefore: string | null;
  lastVoteRead: string | null;
};

export type PredictionModel = {
  parameters: ModelParameters;
  evidence: Evidence;
  record: VoteRecord;
  topicKeys: ReadonlySet<string>;
  /** The date of the latest vote the model's record holds. */
  latestVote: string | null;
  /** The dated index (built with the model) and the views of recent dates, kept for reuse. */
  dated: { index: DatedIndex; views: Map<string, DatedEvidence> };
};

/** Dated views kept per model: a few dates reused by the simulator and a class session. */
const DATED_VIEWS_KEPT = 16;

/**
 * Builds the model from fitted parameters and the record up to the last fitted year. One pass over
 * the record builds the dated index (evidence-as-of.ts); the whole record's evidence is its view
 * after the last fitted year (weighed as the evidence builder, evidence.ts, weighs it), read lazily key by key, and
 * each dated prediction reads another view of the same index.
 */
export function loadPredictionModel(parameters: ModelParameters = modelFile as unknown as ModelParameters, record: VoteRecord = getVoteRecord()): PredictionModel {
  const index = buildDatedIndex({ record }, record.drafts, parameters.trainedThrough);
  return {
    parameters,
    evidence: evidenceBefore(index, { decay: parameters.decay, record }, `${parameters.trainedThrough + 1}-01-01`),
    record,
    topicKeys: recordTopicKeys(record.drafts),
    latestVote: latestDraftDate(record, parameters.trainedThrough),
    dated: { index, views: new Map() },
  };
}

function latestDraftDate(record: VoteRecord, untilYear: number): string | null {
  let latest: string | null = null;
  for (const draft of record.drafts) if (draft.year <= untilYear && (latest === null || draft.date > latest)) latest = draft.date;
  return latest;
}

/**
 * The evidence a prediction reads: the whole record (`before` null), or only the votes recorded
 * strictly before the date. A date after the last recorded vote reads the whole record too.
 */
export function getEvidenceBefore(model: PredictionModel, before: string | null): { evidence: Evidence; topicKeys: ReadonlySet<string>; lastVoteRead: string | null } {
  const latest = model.latestVote;
  if (before === null || latest === null || before > latest) return { evidence: model.evidence, topicKeys: model.topicKeys, lastVoteRead: latest };
  const cached = model.dated.views.get(before);
  if (cached) {
    // Most recently used last.
    model.dated.views.delete(before);
    model.dated.views.set(before, cached);
    return { evidence: cached, topicKeys: cached.topicKeys, lastVoteRead: cached.lastVoteDate };
  }
  const view = evidenceBefore(model.dated.index, model.evidence, before);
  model.dated.views.set(before, view);
  if (model.dated.views.size > DATED_VIEWS_KEPT) model.dated.views.delete(model.dated.views.keys().next().value!);
  return { evidence: view, topicKeys: view.topicKeys, lastVoteRead: view.lastVoteDate };
}

let shippedModel: PredictionModel | undefined;
export function getPredictionModel(): PredictionModel {
  shippedModel ??= loadPredictionModel();
  return shippedModel;
}

/**
 * Signals read from a draft's text. The record holds no texts, so these cannot be fitted: they
 * are fixed priors on the logits, documented here and kept modest beside the fitted evidence.
 */
export const CONTENT_PRIORS = {
  /** A permanent member named as the party condemned nearly always vetoes (e.g. S/2022/155). */
  namedPermanentN: 3,
  namedElectedN: 1.5,
  namedElectedA: 1,
  /** A named Council member makes a divided vote far more likely. */
  namedDividedLogit: 2,
  /**
   * A named permanent member all but guarantees it: every draft of 1994–2023 that condemned a
   * permanent member or made demands of it by name was vetoed by that member (S/2014/189,
   * S/2022/155, S/2022/720).
   */
  namedPermanentDividedLogit: 3,
  /** Coercive texts (Chapter VII, sanctions, force) divide more often… */
  coerciveDividedLogit: 0.5,
  /** …and draw abstentions from members who vote against the Western camp in the Assembly. */
  coerciveAbstainLogit: 0.5,
  /** Humanitarian or ceasefire texts are hard to vote against. */
  humanitarianNoLogit: -0.3,
} as const;

function resolveSponsors(sponsors: string[] | undefined): string[] {
  const resolved: string[] = [];
  for (const sponsor of sponsors ?? []) {
    const state = findState(sponsor);
    if (!state) throw new PredictionInputError("unknown-sponsor", `unknown sponsor "${sponsor}" (use an ISO3 code or a state name)`);
    if (!resolved.includes(state.iso3)) resolved.push(state.iso3);
  }
  return resolved.sort();
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

export function predictDraft(descriptorInput: unknown, model: PredictionModel = getPredictionModel()): DraftPrediction {
  const parsed = draftDescriptorSchema.safeParse(descriptorInput);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PredictionInputError("invalid-descriptor", `${issue.path.join(".") || "descriptor"} ${issue.message}`);
  }
  const descriptor = parsed.data;
  const year = Number(descriptor.date.slice(0, 4));
  const council = getCouncil(year);
  if (!council) {
    throw new PredictionInputError("year-out-of-range", `year ${year} is outside ${COUNCIL_FIRST_YEAR}–${COUNCIL_LAST_YEAR}, the years whose Council is known`);
  }
  const sponsors = resolveSponsors(descriptor.sponsors ?? descriptor.draft?.sponsors);
  const memberCodes = council.members.map((member) => member.iso3);
  const content = analyzeDraftContent(descriptor.draft as PortableDraft | null | undefined, memberCodes);
  const evidenceBeforeDate = descriptor.evidence === "everything" ? null : descriptor.date;
  const { evidence, topicKeys, lastVoteRead } = getEvidenceBefore(model, evidenceBeforeDate);
  const agenda = readAgenda(topicKeys, {
    agendaItem: descriptor.agendaItem ?? descriptor.draft?.agendaItem ?? "",
    topic: descriptor.topic ?? "",
    region: descriptor.region ?? "",
  });
  const query: DraftQuery = {
    year,
    dayOfYear: dayOfYear(descriptor.date),
    agendaItem: agenda.agendaItem,
    topic: agenda.topic,
    region: agenda.region,
    sponsors,
    sponsorKind: sponsors.length > 0 ? "states" : "unknown",
    isAmendment: descriptor.isAmendment ?? false,
    isProcedural: (descriptor.procedural ?? false) || content.referralToAssembly,
  };
  const { parameters } = model;
  const renewals = findRenewal(evidence, query);
  const draftX = computeDraftFeatures(evidence, query, renewals);
  let gateShift = 0;
  if (content.namedStates.length > 0) gateShift += CONTENT_PRIORS.namedDividedLogit;
  if (content.namedStates.some((iso3) => council.members.some((member) => member.iso3 === iso3 && member.permanent))) {
    gateShift += CONTENT_PRIORS.namedPermanentDividedLogit;
  }
  const coercive = content.chapterVII || content.sanctions || content.force;
  if (coercive) gateShift += CONTENT_PRIORS.coerciveDividedLogit;

  const inputs: MemberInput[] = [];
  const infos: MemberEvidence[] = [];
  const cases: (CaseEvidence | undefined)[] = [];
  const weighedCases = weighCases(evidence, query);
  for (const member of council.members) {
    const { x, info } = computeFeatures(evidence, query, member.iso3, renewals);
    infos.push(info);
    const caseVote = computeCaseVote(evidence, query, member.iso3, weighedCases);
    cases.push(caseVote.best);
    const shift: [number, number] = [0, 0];
    if (content.namedStates.includes(member.iso3)) {
      if (member.permanent) shift[0] += CONTENT_PRIORS.namedPermanentN;
      else {
        shift[0] += CONTENT_PRIORS.namedElectedN;
        shift[1] += CONTENT_PRIORS.namedElectedA;
      }
    }
    const idealPoint = getIdealPoint(evidence.record, member.iso3, year - 1);
    if (coercive && idealPoint !== undefined && idealPoint < 0) shift[1] += CONTENT_PRIORS.coerciveAbstainLogit;
    if (content.humanitarian || content.ceasefire) {
      shift[0] += CONTENT_PRIORS.humanitarianNoLogit;
      shift[1] += CONTENT_PRIORS.humanitarianNoLogit;
    }
    inputs.push({ iso3: member.iso3, x: joinFeatures(x, draftX), isSponsor: sponsors.includes(member.iso3), logitShift: shift, caseVote: caseVote.distribution });
  }
  const predicted = predictMembers(parameters, draftX, inputs, gateShift);
  const divided = predicted.divided;

  const whenDivided: Record<string, VoteDistribution> = {};
  const members: DraftPrediction["members"] = {};
  const mostLikely: DraftPrediction["mostLikely"] = {};
  const reasons: DraftPrediction["reasons"] = {};
  council.members.forEach((member, index) => {
    const marginal = predicted.marginals[index];
    whenDivided[member.iso3] = predicted.whenDivided[index];
    members[member.iso3] = { Y: round(marginal.Y), N: round(marginal.N), A: round(marginal.A) };
    // The decision rule chosen on the validation year; the odds above stay as fitted.
    mostLikely[member.iso3] = decideVote(divided, marginal, predicted.whenDivided[index], parameters.dissentThreshold ?? 2);
    const named = content.namedStates.includes(member.iso3);
    reasons[member.iso3] = explainMember({
      evidence,
      query,
      info: infos[index],
      closestCase: (parameters.caseWeight ?? 0) > 0 ? cases[index] : undefined,
      content,
      named,
      coercive,
      permanent: member.permanent,
      likely: argmaxVote(predicted.whenDivided[index]),
    });
  });

  const matter = query.isProcedural ? "procedural" : "substantive";
  const divide = (fixed?: { iso3: string; vote: Vote }) =>
    councilOutcomeProbabilities({
      members: council.members.map((member) => ({
        iso3: member.iso3,
        permanent: member.permanent,
        probabilities:
          fixed && fixed.iso3 === member.iso3
            ? { Y: fixed.vote === "Y" ? 1 : 0, N: fixed.vote === "N" ? 1 : 0, A: fixed.vote === "A" ? 1 : 0 }
            : whenDivided[member.iso3],
      })),
      required: council.required,
      matter,
    });
  const split = divide();
  const outcome = {
    adopted: round(1 - divided + divided * split.adopted),
    vetoed: round(divided * split.vetoed),
    failed: round(divided * split.failed),
  };
  const vetoBy = Object.fromEntries(Object.entries(split.vetoBy).map(([iso3, value]) => [iso3, round(divided * value)]));

  // P(adopted | the member votes v), by Bayes over the two parts of the model.
  const swing: SwingEntry[] = council.members.map((member) => {
    const adoptedIf = (vote: Vote) => {
      const p = whenDivided[member.iso3][vote];
      const adoptedWhenDivided = divide({ iso3: member.iso3, vote }).adopted;
      const undivided = vote === "Y" ? 1 - divided : 0;
      const weight = undivided + divided * p;
      return weight > 0 ? (undivided + divided * p * adoptedWhenDivided) / weight : adoptedWhenDivided;
    };
    const adoptedIfYes = round(adoptedIf("Y"));
    const adoptedIfNo = round(adoptedIf("N"));
    const adoptedIfAbstain = round(adoptedIf("A"));
    return { iso3: member.iso3, adoptedIfYes, adoptedIfNo, adoptedIfAbstain, swing: round(Math.max(adoptedIfYes, adoptedIfNo, adoptedIfAbstain) - Math.min(adoptedIfYes, adoptedIfNo, adoptedIfAbstain)) };
  });
  swing.sort((left, right) => right.swing - left.swing || left.iso3.localeCompare(right.iso3));

  return { id: descriptor.id, year, divided: round(divided), members, outcome, vetoBy, reasons, mostLikely, swing, content, readAs: agenda.readAs, evidenceBefore: evidenceBeforeDate, lastVoteRead };
}
