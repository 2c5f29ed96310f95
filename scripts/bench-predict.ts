/**
 * Speed of the vote predictor: model load time (goal < 500 ms) and one draft's prediction
 * (goal < 20 ms), mean and 95th percentile; also a dated draft's prediction, which reads only the
 * votes before its date. The evidence is indexed member by member when first read: the first
 * prediction after a load pays for its Council's records, and is printed on its own line; so do the
 * first dated drafts of each year (its new members), measured, then measured again once indexed.
 */
import { loadPredictionModel, predictDraft } from "../lib/core/predict/predict-vote";
import { loadAssemblyModel, predictAssemblyDraft } from "../lib/core/predict/assembly/predict-assembly";

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
const firstStarted = performance.now();
predictDraft({ ...descriptor, id: "first" }, model);
const first = performance.now() - firstStarted;
const predictions: number[] = [];
for (let run = 0; run < PREDICTIONS; run++) {
  const started = performance.now();
  predictDraft({ ...descriptor, id: `bench-${run}` }, model);
  predictions.push(performance.now() - started);
}
// Dated drafts: each a different date of the record, so each reads a fresh view of the evidence.
const datedStarted = performance.now();
predictDraft({ ...descriptor, id: "dated-first", date: "2015-06-01" }, model);
const firstDated = performance.now() - datedStarted;
const dated: number[] = [];
const dates = model.record.drafts.filter((draft) => draft.year >= 2000).map((draft) => draft.date);
for (let run = 0; run < PREDICTIONS; run++) {
  const date = dates[Math.floor((run * dates.length) / PREDICTIONS)];
  const started = performance.now();
  predictDraft({ ...descriptor, id: `dated-${run}`, date }, model);
  dated.push(performance.now() - started);
}
// The same dates again: every member's record is now indexed, as in a server that has answered a few.
const datedIndexed: number[] = [];
for (let run = 0; run < PREDICTIONS; run++) {
  const date = dates[Math.floor((run * dates.length) / PREDICTIONS)];
  const started = performance.now();
  predictDraft({ ...descriptor, id: `dated-again-${run}`, date }, model);
  datedIndexed.push(performance.now() - started);
}
console.log(`model load (record decode excluded after the first; the dated index built each time): ${stats(loads)}  goal < 500 ms`);
console.log(`first prediction after a load (indexes the records of its Council's members): ${first.toFixed(0)} ms`);
console.log(`one draft's prediction: ${stats(predictions)}  goal < 20 ms`);
console.log(`first dated draft of another year (indexes the records of that year's new members): ${firstDated.toFixed(0)} ms`);
console.log(`one dated draft's prediction (a new date each time, 2000–2023; each year's new members indexed on first use): ${stats(dated)}`);
console.log(`the same dated drafts again, every member's record indexed: ${stats(datedIndexed)}  goal < 20 ms`);

// The General Assembly: 193 Members on one draft.
const assemblyLoads: number[] = [];
let assemblyModel = loadAssemblyModel();
for (let run = 0; run < LOADS; run++) {
  const started = performance.now();
  assemblyModel = loadAssemblyModel();
  assemblyLoads.push(performance.now() - started);
}
const assembly: number[] = [];
for (let run = 0; run < PREDICTIONS; run++) {
  const started = performance.now();
  predictAssemblyDraft({ id: `assembly-${run}`, body: "general-assembly", date: "2023-02-23", issue: "human rights", sponsors: ["UKR"], majority: "two-thirds" }, assemblyModel);
  assembly.push(performance.now() - started);
}
console.log(`Assembly model load (record decoded once, excluded): ${stats(assemblyLoads)}  goal < 500 ms`);
console.log(`one Assembly draft's prediction (193 Members): ${stats(assembly)}  goal < 50 ms`);
