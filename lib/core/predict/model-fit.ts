import type { Vote } from "./distribution";
import { DRAFT_FEATURE_NAMES } from "./features";
import type { Example } from "./model-examples";
import {
  DEFAULT_FIT_OPTIONS,
  distributionFromLogits,
  MEMBER_CLASSES,
  MODEL_FEATURE_NAMES,
  type ClassWeights,
  type FitOptions,
  type MemberClass,
  type ModelParameters,
} from "./model";
import type { RecordedDraft } from "./vote-record";

type Labelled = { x: Float64Array; vote: Vote | "P" };

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

