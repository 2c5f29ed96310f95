/**
 * The vote model: multinomial logistic regression (Y as the reference class), one weight set for
 * the permanent members and one for the elected members, fitted by full-batch gradient descent
 * (Adam) with L2 regularisation. Deterministic: weights start at zero and the data order is fixed.
 */
import { addYear, createEvidence, groupByYear, type Evidence } from "./evidence";
import {
  computeDraftFeatures,
  computeFeatures,
  DRAFT_FEATURE_NAMES,
  FEATURE_NAMES,
  findRenewal,
  queryFromRecordedDraft,
  type MemberEvidence,
} from "./features";
import { isPermanentMember, type RecordedDraft, type VoteRecord } from "./vote-record";

export const MEMBER_CLASSES = ["permanent", "elected"] as const;
export type MemberClass = (typeof MEMBER_CLASSES)[number];
export type ClassWeights = { N: number[]; A: number[] };

export type ModelParameters = {
  schemaVersion: 1;
  /** Evidence years weigh decay^(age in years). */
  decay: number;
  /** Trained on and drawing evidence from the years up to and including this one. */
  trainedThrough: number;
  trainedFrom: number;
  featureNames: string[];
  draftFeatureNames: string[];
  /** Logistic weights for "the Council divides on this draft" (any N or A). */
  divided: number[];
  /** Member votes given that the Council divides. */
  weights: Record<MemberClass, ClassWeights>;
  training: { examples: number; iterations: number; logLoss: number; l2: number };
};

export type VoteDistribution = { Y: number; N: number; A: number };

export const DEFAULT_FIT_OPTIONS = {
  decay: 0.8,
  iterations: 400,
  learningRate: 0.05,
  l2: 0.02,
  /** The first years have too little history to learn from. */
  firstTrainingYear: 1996,
  /** Older training years count less: behaviour drifts. */
  yearWeightDecay: 0.8,
};
export type FitOptions = typeof DEFAULT_FIT_OPTIONS;

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
  vote: "Y" | "N" | "A" | "P";
};

/**
 * Walks the record year by year: each year's drafts get features from the years before it, then
 * join the evidence. Returns every example and the evidence after `untilYear`.
 */
export function collectExamples(record: VoteRecord, decay: number, untilYear: number): { examples: Example[]; evidence: Evidence } {
  const evidence = createEvidence(record, decay, record.firstYear);
  const byYear = groupByYear(record.drafts);
  const examples: Example[] = [];
  for (let year = record.firstYear; year <= untilYear; year++) {
    const drafts = byYear.get(year) ?? [];
    for (const draft of drafts) {
      const query = queryFromRecordedDraft(draft);
      const renewals = findRenewal(evidence, query);
      const draftX = computeDraftFeatures(evidence, query, renewals);
      for (const { iso3, vote } of draft.votes) {
        const { x, info } = computeFeatures(evidence, query, iso3, renewals);
        examples.push({ draft, member: iso3, memberClass: memberClassOf(iso3), x, draftX, info, vote });
      }
    }
    addYear(evidence, year, drafts);
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
    // Member votes are learnt where they vary: on drafts that divided the Council.
    const selected = inTraining.filter((example) => example.memberClass === memberClass && example.vote !== "P" && example.draft.outcome !== "U");
    const sampleWeights = selected.map((example) => options.yearWeightDecay ** (trainedThrough - example.draft.year));
    const fitted = fitClass(selected, sampleWeights, options);
    weights[memberClass] = fitted.weights;
    used += selected.length;
    lossSum += fitted.logLoss * selected.length;
  }
  return {
    schemaVersion: 1,
    decay: options.decay,
    trainedThrough,
    trainedFrom: options.firstTrainingYear,
    featureNames: [...FEATURE_NAMES],
    draftFeatureNames: [...DRAFT_FEATURE_NAMES],
    divided,
    weights,
    training: { examples: used, iterations: options.iterations, logLoss: Math.round((lossSum / Math.max(used, 1)) * 1e4) / 1e4, l2: options.l2 },
  };
}
