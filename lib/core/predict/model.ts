/**
 * The vote model, in two parts fitted by full-batch gradient descent (Adam) with L2
 * regularisation, deterministic (weights start at zero, the data order is fixed):
 * - each member's vote: multinomial logistic regression (Y as the reference class) on the
 *   member's and the draft's features, one weight set for the permanent members and one for the
 *   elected members, fitted on every recorded vote;
 * - whether the Council divides at all (any N or A): logistic regression on the draft's features.
 * - each member's vote on a divided Council is blended with case-based odds (cases.ts: its votes,
 *   or its Assembly neighbours', on the most similar earlier divided drafts), weight `caseWeight`.
 * The outcome odds join the two (see `splitByDivision`): members who do not vote yes do so
 * together, on the drafts that divide the Council, which independent votes cannot express.
 * Features come from the evidence recorded before each draft (EVIDENCE_MODES); the decision rule
 * for a member's likeliest vote (`decideVote`) is separate from the odds, which stay calibrated.
 *
 * This module holds the parameters and the prediction maths; the training examples are in
 * model-examples.ts, the fitting in model-fit.ts, the choice of hyper-parameters in model-selection.ts.
 */
import { argmaxVote, type Vote, type VoteDistribution } from "./distribution";
import { DRAFT_FEATURE_NAMES, FEATURE_NAMES } from "./features";
import { isPermanentMember } from "../un/council";

export const MEMBER_CLASSES = ["permanent", "elected"] as const;
export type MemberClass = (typeof MEMBER_CLASSES)[number];
export type ClassWeights = { N: number[]; A: number[] };

export type ModelParameters = {
  schemaVersion: 4;
  /** Evidence years weigh decay^(age in years). */
  decay: number;
  /** Trained on and drawing evidence from the years up to and including this one. */
  trainedThrough: number;
  trainedFrom: number;
  /**
   * "marginal": the member weights give each member's odds on any draft, and the Council divides
   * at least as often as its likeliest dissenter. "conditional": they give its odds when the
   * Council divides, and the draft model alone says how often it does.
   */
  memberModel: MemberModelKind;
  /** The member model's inputs: the member's features, then the draft's (without its bias). */
  featureNames: string[];
  draftFeatureNames: string[];
  /** Logistic weights for "the Council divides on this draft" (any N or A). */
  divided: number[];
  /** Each member's vote (its marginal odds), by member class. */
  weights: Record<MemberClass, ClassWeights>;
  /** How the features of the training drafts saw the record (see EVIDENCE_MODES). */
  evidence: EvidenceMode;
  /**
   * The decision rule for `mostLikely` only (the odds stay as fitted): when the chance that the
   * Council divides reaches this, each member's likeliest vote is read from its odds on a divided
   * Council. Chosen on the validation year (`selectFitOptions`); above 1, never.
   */
  dissentThreshold: number;
  /**
   * Weight of the case-based odds (`computeCaseVote`) in each member's odds on a divided Council,
   * beside the fitted member model's: chosen on the validation year, 0 is the fitted model alone.
   */
  caseWeight: number;
  training: { examples: number; iterations: number; logLoss: number; l2: number; yearWeightDecay: number; selection: string };
};

export const MEMBER_MODEL_KINDS = ["marginal", "conditional"] as const;

/**
 * What a draft's features may draw on. "prior-years": the years before the draft's own (the
 * record stops on 31 December of the year before). "rolling": every vote recorded on a strictly
 * earlier date, earlier drafts of the same year included, never a draft of the same date: what a
 * delegate knows on the day of the vote. The fitted weights never see the predicted year either way.
 */
export const EVIDENCE_MODES = ["rolling", "prior-years"] as const;
export type EvidenceMode = (typeof EVIDENCE_MODES)[number];
export type MemberModelKind = (typeof MEMBER_MODEL_KINDS)[number];


/**
 * Fixed a priori, never tuned on tested years: the evidence decay (0.8 a year: a vote five years
 * old counts a third), the training-year decay, the evidence mode and the optimiser's settings.
 * `l2`, `memberModel` and `dissentThreshold` are only fallbacks: `selectFitOptions` picks them on
 * the last year before the predicted one.
 */
export const DEFAULT_FIT_OPTIONS = {
  decay: 0.8,
  iterations: 250,
  learningRate: 0.1,
  l2: 0.003,
  /** The first years have too little history to learn from. */
  firstTrainingYear: 1996,
  /** Older training years count less: behaviour drifts. */
  yearWeightDecay: 0.85,
  memberModel: "marginal" as MemberModelKind,
  evidence: "rolling" as EvidenceMode,
  /** Never predict dissent from the divided-Council odds unless the validation year says so. */
  dissentThreshold: 2,
  /** The fitted member model alone unless the validation year says otherwise. */
  caseWeight: 0,
};
export type FitOptions = typeof DEFAULT_FIT_OPTIONS;

/** MODEL_FEATURE_NAMES: the member model's inputs. */
export const MODEL_FEATURE_NAMES = [...FEATURE_NAMES, ...DRAFT_FEATURE_NAMES.slice(1).map((name) => `draft.${name}`)];

/** The member's features followed by the draft's, without the draft's bias. */
export function joinFeatures(memberX: Float64Array, draftX: Float64Array): Float64Array {
  const joined = new Float64Array(memberX.length + draftX.length - 1);
  joined.set(memberX, 0);
  joined.set(draftX.subarray(1), memberX.length);
  return joined;
}

export function memberClassOf(iso3: string): MemberClass {
  return isPermanentMember(iso3) ? "permanent" : "elected";
}

export function distributionFromLogits(logitN: number, logitA: number): VoteDistribution {
  const top = Math.max(0, logitN, logitA);
  const y = Math.exp(-top);
  const n = Math.exp(logitN - top);
  const a = Math.exp(logitA - top);
  const sum = y + n + a;
  return { Y: y / sum, N: n / sum, A: a / sum };
}

export function dividedProbability(parameters: ModelParameters, draftX: Float64Array): number {
  let logit = 0;
  for (let index = 0; index < draftX.length; index++) logit += parameters.divided[index] * draftX[index];
  return 1 / (1 + Math.exp(-logit));
}

/**
 * Splits members' marginal odds into "the Council divides" and each member's vote when it does,
 * keeping every marginal exact: the chance of division is at least every member's chance of not
 * voting yes, and all the non-yes votes fall on the divided branch (members who break from
 * consensus break together). `gate` is the draft model's own chance of division.
 */
export function splitByDivision(gate: number, marginals: VoteDistribution[]): { divided: number; whenDivided: VoteDistribution[] } {
  let divided = gate;
  for (const marginal of marginals) divided = Math.max(divided, marginal.N + marginal.A);
  divided = Math.min(1, divided);
  if (divided <= 0) return { divided: 0, whenDivided: marginals.map(() => ({ Y: 1, N: 0, A: 0 })) };
  const whenDivided = marginals.map((marginal) => {
    const N = marginal.N / divided;
    const A = marginal.A / divided;
    return { Y: Math.max(0, 1 - N - A), N, A };
  });
  return { divided, whenDivided };
}

/** A member's vote: Y for sure when the Council does not divide, the member model when it does. */
export function mixVote(divided: number, whenDivided: VoteDistribution): VoteDistribution {
  return { Y: 1 - divided + divided * whenDivided.Y, N: divided * whenDivided.N, A: divided * whenDivided.A };
}

/**
 * A sponsor votes for its own text: sponsorship is a public commitment to the draft, and the
 * record's sponsors on the Council voted yes on their drafts (the fitted weight only nudges).
 */
export function applySponsorRule(distribution: VoteDistribution, isSponsor: boolean): VoteDistribution {
  return isSponsor ? { Y: 0.98, N: 0.005, A: 0.015 } : distribution;
}

export function linearLogits(weights: ClassWeights, x: Float64Array): [number, number] {
  let n = 0;
  let a = 0;
  for (let index = 0; index < x.length; index++) {
    n += weights.N[index] * x[index];
    a += weights.A[index] * x[index];
  }
  return [n, a];
}

/** One draft's prediction from fitted parameters and its examples' features. */
export type MemberInput = { iso3: string; x: Float64Array; isSponsor: boolean; logitShift?: [number, number]; caseVote?: VoteDistribution };
export function predictMembers(
  parameters: ModelParameters,
  draftX: Float64Array,
  members: MemberInput[],
  gateShift = 0,
): { divided: number; marginals: VoteDistribution[]; whenDivided: VoteDistribution[] } {
  let gateLogit = gateShift;
  for (let index = 0; index < draftX.length; index++) gateLogit += parameters.divided[index] * draftX[index];
  const gate = 1 / (1 + Math.exp(-gateLogit));
  const modelled = members.map((member) => {
    let [logitN, logitA] = linearLogits(parameters.weights[memberClassOf(member.iso3)], member.x);
    if (member.logitShift) {
      logitN += member.logitShift[0];
      logitA += member.logitShift[1];
    }
    return applySponsorRule(distributionFromLogits(logitN, logitA), member.isSponsor);
  });
  const { divided, whenDivided: fittedWhenDivided } = divideCouncil(parameters.memberModel, gate, modelled);
  const weight = parameters.caseWeight ?? 0;
  // The case-based odds join the fitted ones on the divided branch only; a sponsor keeps its rule.
  const whenDivided = fittedWhenDivided.map((fitted, index) => {
    const cases = tilt(members[index].caseVote, members[index].logitShift);
    if (weight === 0 || !cases || members[index].isSponsor) return fitted;
    return { Y: (1 - weight) * fitted.Y + weight * cases.Y, N: (1 - weight) * fitted.N + weight * cases.N, A: (1 - weight) * fitted.A + weight * cases.A };
  });
  return { divided, marginals: whenDivided.map((distribution) => mixVote(divided, distribution)), whenDivided };
}

/**
 * The draft-text priors (`logitShift`, read at prediction time only) move the case-based odds as
 * they move the fitted ones, so that the blend does not dilute them.
 */
function tilt(distribution: VoteDistribution | undefined, shift: [number, number] | undefined): VoteDistribution | undefined {
  if (!distribution || !shift || (shift[0] === 0 && shift[1] === 0)) return distribution;
  const y = distribution.Y;
  const n = distribution.N * Math.exp(shift[0]);
  const a = distribution.A * Math.exp(shift[1]);
  const total = y + n + a;
  return total > 0 ? { Y: y / total, N: n / total, A: a / total } : distribution;
}

/** The chance that the Council divides and each member's odds when it does, by member-model kind. */
function divideCouncil(kind: MemberModelKind, gate: number, modelled: VoteDistribution[]): { divided: number; whenDivided: VoteDistribution[] } {
  switch (kind) {
    case "marginal":
      // mixVote(divided, whenDivided) gives the modelled marginals back exactly.
      return splitByDivision(gate, modelled);
    case "conditional":
      return { divided: gate, whenDivided: modelled };
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown member model ${String(unreachable)}`);
    }
  }
}

/**
 * The decision rule for a member's likeliest vote: its marginal odds' argmax, unless the Council
 * probably divides (divided ≥ threshold), then the argmax of its odds on a divided Council. Members
 * who break from consensus break together, so on a draft that likely divides the joint likeliest
 * outcome has the dissenters dissent, which per-member argmaxes of rare dissent never show.
 */
export function decideVote(divided: number, marginal: VoteDistribution, whenDivided: VoteDistribution, threshold: number): Vote {
  return divided >= threshold ? argmaxVote(whenDivided) : argmaxVote(marginal);
}

