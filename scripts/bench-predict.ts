/**
 * Speed of the vote predictor: model load time (goal < 500 ms) and one draft's prediction
 * (goal < 20 ms), mean and 95th percentile.
 */
import { loadPredictionModel, predictDraft } from "../lib/core/predict/predict-vote";

const LOADS = 10;
const PREDICTIONS = 200;

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
  return `mean ${mean.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (n=${samples.length})`;
}

const loads: number[] = [];
let model = loadPredictionModel();
for (let run = 0; run < LOADS; run++) {
  const started = performance.now();
  model = loadPredictionModel();
  loads.push(performance.now() - started);
}
const descriptor = {
  id: "bench",
  date: "2024-03-22",
  agendaItem: "The situation in the Middle East, including the Palestinian question",
  topic: "Middle East, inc. Palestinian question",
  region: "Middle East",
  category: "Country/Region-specific",
  sponsors: ["USA"],
  isAmendment: false,
  procedural: false,
  draft: null,
};
const predictions: number[] = [];
for (let run = 0; run < PREDICTIONS; run++) {
  const started = performance.now();
  predictDraft({ ...descriptor, id: `bench-${run}` }, model);
  predictions.push(performance.now() - started);
}
console.log(`model load (record decode excluded after the first; evidence built each time): ${stats(loads)}  goal < 500 ms`);
console.log(`one draft's prediction: ${stats(predictions)}  goal < 20 ms`);
