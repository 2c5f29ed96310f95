import type { VoteDistribution } from "./distribution";
import { groupByDraft, predictDraftExamples, type Example } from "./model-examples";
import { fitModel } from "./model-fit";
import { DEFAULT_FIT_OPTIONS, decideVote, MEMBER_MODEL_KINDS, type FitOptions, type ModelParameters } from "./model";
import type { RecordedDraft } from "./vote-record";

/** The regularisation strengths tried by `selectFitOptions`. */
export const L2_GRID = [0.001, 0.01, 0.05] as const;
/** The weights of the case-based odds on a divided Council tried by `selectFitOptions`. */
export const CASE_WEIGHT_GRID = [0, 0.25, 0.5, 0.75] as const;

type DraftPredictionOfExamples = { draft: RecordedDraft; examples: Example[]; divided: number; marginals: VoteDistribution[]; whenDivided: VoteDistribution[] };

function predictExamples(parameters: ModelParameters, examples: Example[]): DraftPredictionOfExamples[] {
  return [...groupByDraft(examples)].map(([draft, list]) => ({ draft, examples: list, ...predictDraftExamples(parameters, draft, list) }));
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
