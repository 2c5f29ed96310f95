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
 */
import { computeCaseVote } from "./cases";
import { addDrafts, addYear, createEvidence, groupByYear, openYear, type Evidence } from "./evidence";
import {
  computeDraftFeatures,
  computeFeatures,
  DRAFT_FEATURE_NAMES,
  FEATURE_NAMES,
  findRenewal,
  queryFromRecordedDraft,
  type MemberEvidence,
} from "./features";
import { type RecordedDraft, type VoteRecord } from "./vote-record";
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

export type VoteDistribution = { Y: number; N: number; A: number };

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
  vote: "Y" | "N" | "A" | "P";
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
    for (const { iso3, vote } of draft.votes) {
      const { x, info } = computeFeatures(evidence, query, iso3, renewals);
      const caseVote = computeCaseVote(evidence, query, iso3).distribution;
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

type Labelled = { x: Float64Array; vote: "Y" | "N" | "A" | "P" };

/** Fits one class's weights on examples (votes Y, N or A only). */
function fitClass(examples: Labelled[], sampleWeights: number[], options: FitOptions): { weights: ClassWeights; logLoss: number } {
  const dimension = examples[0]?.x.length ?? 1;
  const parameters = new Float64Array(2 * dimension);
  const first = new Float64Array(2 * dimension);
  const second = new Float64Array(2 * dimension);
  const gradient = new Float64Array(2 * dimension);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const totalWeight = sampleWeights.reduce((sum, value) => sum + value, 0) || 1;
  let logLoss = 0;
  for (let iteration = 1; iteration <= options.iterations; iteration++) {
    gradient.fill(0);
    logLoss = 0;
    for (let exampleIndex = 0; exampleIndex < examples.length; exampleIndex++) {
      const { x, vote } = examples[exampleIndex];
      const weight = sampleWeights[exampleIndex];
      let logitN = 0;
      let logitA = 0;
      for (let index = 0; index < dimension; index++) {
        logitN += parameters[index] * x[index];
        logitA += parameters[dimension + index] * x[index];
      }
      const p = distributionFromLogits(logitN, logitA);
      const observed = vote === "Y" ? p.Y : vote === "N" ? p.N : p.A;
      logLoss -= weight * Math.log(Math.max(observed, 1e-12));
      const errorN = p.N - (vote === "N" ? 1 : 0);
      const errorA = p.A - (vote === "A" ? 1 : 0);
      for (let index = 0; index < dimension; index++) {
        gradient[index] += weight * errorN * x[index];
        gradient[dimension + index] += weight * errorA * x[index];
      }
    }
    for (let index = 0; index < 2 * dimension; index++) {
      let g = gradient[index] / totalWeight;
      // The bias is not shrunk: only the evidence weights are.
      if (index % dimension !== 0) g += options.l2 * parameters[index];
      first[index] = beta1 * first[index] + (1 - beta1) * g;
      second[index] = beta2 * second[index] + (1 - beta2) * g * g;
      const correctedFirst = first[index] / (1 - beta1 ** iteration);
      const correctedSecond = second[index] / (1 - beta2 ** iteration);
      parameters[index] -= (options.learningRate * correctedFirst) / (Math.sqrt(correctedSecond) + 1e-8);
    }
  }
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  return {
    weights: {
      N: Array.from(parameters.slice(0, dimension), round),
      A: Array.from(parameters.slice(dimension), round),
    },
    logLoss: logLoss / totalWeight,
  };
}

/** Fits the model on examples of the years firstTrainingYear..trainedThrough. */
export function fitModel(examples: Example[], trainedThrough: number, options: FitOptions = DEFAULT_FIT_OPTIONS): ModelParameters {
  const inTraining = examples.filter((example) => example.draft.year >= options.firstTrainingYear && example.draft.year <= trainedThrough);
  // The divided-or-not model: one example per draft.
  const drafts = new Map<RecordedDraft, Example>();
  for (const example of inTraining) if (!drafts.has(example.draft)) drafts.set(example.draft, example);
  const draftExamples: Labelled[] = [...drafts.values()].map((example) => ({ x: example.draftX, vote: example.draft.outcome === "U" ? "Y" : "N" }));
  const draftWeights = [...drafts.values()].map((example) => options.yearWeightDecay ** (trainedThrough - example.draft.year));
  const divided = fitClass(draftExamples, draftWeights, options).weights.N;

  const weights = {} as Record<MemberClass, ClassWeights>;
  let used = 0;
  let lossSum = 0;
  for (const memberClass of MEMBER_CLASSES) {
    // Marginal: every recorded vote, unanimous drafts included. Conditional: only the drafts that divided the Council.
    const selected = inTraining.filter(
      (example) => example.memberClass === memberClass && example.vote !== "P" && (options.memberModel === "marginal" || example.draft.outcome !== "U"),
    );
    const sampleWeights = selected.map((example) => options.yearWeightDecay ** (trainedThrough - example.draft.year));
    const fitted = fitClass(selected, sampleWeights, options);
    weights[memberClass] = fitted.weights;
    used += selected.length;
    lossSum += fitted.logLoss * selected.length;
  }
  return {
    schemaVersion: 4,
    decay: options.decay,
    trainedThrough,
    trainedFrom: options.firstTrainingYear,
    memberModel: options.memberModel,
    featureNames: [...MODEL_FEATURE_NAMES],
    draftFeatureNames: [...DRAFT_FEATURE_NAMES],
    divided,
    weights,
    evidence: options.evidence,
    dissentThreshold: options.dissentThreshold,
    caseWeight: options.caseWeight,
    training: {
      examples: used,
      iterations: options.iterations,
      logLoss: Math.round((lossSum / Math.max(used, 1)) * 1e4) / 1e4,
      l2: options.l2,
      yearWeightDecay: options.yearWeightDecay,
      selection: "fixed",
    },
  };
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

/** The regularisation strengths tried by `selectFitOptions`. */
export const L2_GRID = [0.001, 0.01, 0.05] as const;
/** The weights of the case-based odds on a divided Council tried by `selectFitOptions`. */
export const CASE_WEIGHT_GRID = [0, 0.25, 0.5, 0.75] as const;

/** The likeliest vote under a distribution (ties go to yes, then no). */
export function argmaxVote(distribution: VoteDistribution): "Y" | "N" | "A" {
  if (distribution.Y >= distribution.N && distribution.Y >= distribution.A) return "Y";
  return distribution.N >= distribution.A ? "N" : "A";
}

/**
 * The decision rule for a member's likeliest vote: its marginal odds' argmax, unless the Council
 * probably divides (divided ≥ threshold), then the argmax of its odds on a divided Council. Members
 * who break from consensus break together, so on a draft that likely divides the joint likeliest
 * outcome has the dissenters dissent, which per-member argmaxes of rare dissent never show.
 */
export function decideVote(divided: number, marginal: VoteDistribution, whenDivided: VoteDistribution, threshold: number): "Y" | "N" | "A" {
  return divided >= threshold ? argmaxVote(whenDivided) : argmaxVote(marginal);
}

type DraftPredictionOfExamples = { draft: RecordedDraft; examples: Example[]; divided: number; marginals: VoteDistribution[]; whenDivided: VoteDistribution[] };

function predictExamples(parameters: ModelParameters, examples: Example[]): DraftPredictionOfExamples[] {
  const byDraft = new Map<RecordedDraft, Example[]>();
  for (const example of examples) {
    const list = byDraft.get(example.draft) ?? [];
    list.push(example);
    byDraft.set(example.draft, list);
  }
  return [...byDraft].map(([draft, list]) => ({
    draft,
    examples: list,
    ...predictMembers(
      parameters,
      list[0].draftX,
      list.map((example) => ({ iso3: example.member, x: example.x, isSponsor: draft.sponsors.includes(example.member), caseVote: example.caseVote })),
    ),
  }));
}

/** Mean negative log-likelihood of the recorded votes (N, A, Y) of `examples` under `parameters`. */
export function voteLogLoss(parameters: ModelParameters, examples: Example[]): number {
  return logLossOf(predictExamples(parameters, examples));
}

function logLossOf(predictions: DraftPredictionOfExamples[]): number {
  let loss = 0;
  let count = 0;
  for (const { examples, marginals } of predictions) {
    examples.forEach((example, index) => {
      if (example.vote === "P") return;
      loss -= Math.log(Math.max(marginals[index][example.vote], 1e-12));
      count++;
    });
  }
  return count === 0 ? 0 : loss / count;
}

/** The dissent thresholds tried on the validation year; above 1 means never. */
export const DISSENT_THRESHOLD_GRID = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2] as const;

/**
 * The threshold that predicts the most recorded votes right over every draft of the validation
 * year, unanimous ones included, so that every false alarm costs; ties go to the more cautious one.
 */
function chooseDissentThreshold(predictions: DraftPredictionOfExamples[]): { threshold: number; scores: string } {
  let best = { threshold: 2, correct: -1 };
  const scores: string[] = [];
  for (const threshold of [...DISSENT_THRESHOLD_GRID].reverse()) {
    let correct = 0;
    let count = 0;
    for (const { examples, divided, marginals, whenDivided } of predictions) {
      examples.forEach((example, index) => {
        if (example.vote === "P") return;
        count++;
        if (decideVote(divided, marginals[index], whenDivided[index], threshold) === example.vote) correct++;
      });
    }
    scores.push(`${threshold > 1 ? "never" : threshold}: ${count ? (correct / count).toFixed(4) : "–"}`);
    if (correct > best.correct) best = { threshold, correct };
  }
  return { threshold: best.threshold, scores: scores.join("; ") };
}

/**
 * Chooses the regularisation, the member-model kind, the case weight and the dissent threshold
 * for a model that will predict `year`, using only earlier years: each candidate is fitted on the years before
 * `year − 1` and scored (vote log loss) on `year − 1`; the threshold is then chosen on `year − 1`
 * with the best candidate. `examples` must hold the years up to `year − 1` at least; later years are ignored.
 */
export function selectFitOptions(examples: Example[], year: number, base: FitOptions = DEFAULT_FIT_OPTIONS): { options: FitOptions; selection: string } {
  const validationYear = year - 1;
  const train = examples.filter((example) => example.draft.year < validationYear);
  const validation = examples.filter((example) => example.draft.year === validationYear);
  let best: { options: FitOptions; loss: number; predictions: DraftPredictionOfExamples[] } | undefined;
  const scores: string[] = [];
  for (const memberModel of MEMBER_MODEL_KINDS) {
    for (const l2 of L2_GRID) {
      const fitted = fitModel(train, validationYear - 1, { ...base, l2, memberModel });
      // The case weight only mixes odds on a divided Council: one fit serves every weight.
      for (const caseWeight of CASE_WEIGHT_GRID) {
        const candidate = { ...base, l2, memberModel, caseWeight };
        const predictions = predictExamples({ ...fitted, caseWeight }, validation);
        const loss = logLossOf(predictions);
        scores.push(`${memberModel} l2 ${l2} case weight ${caseWeight}: ${loss.toFixed(4)}`);
        if (!best || loss < best.loss) best = { options: candidate, loss, predictions };
      }
    }
  }
  if (!best) return { options: base, selection: "defaults (no validation data)" };
  const { threshold, scores: thresholdScores } = chooseDissentThreshold(best.predictions);
  const options = { ...best.options, dissentThreshold: threshold };
  return {
    options,
    selection: `${options.memberModel} member model, l2 ${options.l2}, case weight ${options.caseWeight}, dissent threshold ${threshold > 1 ? "never" : threshold}, chosen on ${validationYear} trained on the years before it (vote log loss: ${scores.join("; ")}; vote accuracy by threshold: ${thresholdScores})`,
  };
}

/** Selects the regularisation on the year before `year`, then fits on every year before `year`. */
export function fitModelForYear(examples: Example[], year: number, base: FitOptions = DEFAULT_FIT_OPTIONS): ModelParameters {
  const { options, selection } = selectFitOptions(examples, year, base);
  const parameters = fitModel(
    examples.filter((example) => example.draft.year < year),
    year - 1,
    options,
  );
  return { ...parameters, training: { ...parameters.training, selection } };
}
