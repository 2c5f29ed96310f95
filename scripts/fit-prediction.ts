/**
 * Fits the vote-prediction model on the whole record (1994–2023), with rolling evidence (each
 * training draft featured from the votes before its date), its regularisation, member-model kind
 * and dissent threshold chosen on 2023 as validation year (see selectFitOptions), and writes
 * lib/core/predict/generated/model.json. Deterministic: zero start, fixed data order, no sampling.
 *
 *   tsx scripts/fit-prediction.ts           writes the file
 *   tsx scripts/fit-prediction.ts --check   exits 1 if the shipped file differs
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_FIT_OPTIONS } from "../lib/core/predict/model";
import { collectExamples } from "../lib/core/predict/model-examples";
import { fitModelForYear } from "../lib/core/predict/model-selection";
import { getVoteRecord } from "../lib/core/predict/vote-record";

const MODEL_PATH = path.resolve(__dirname, "../lib/core/predict/generated/model.json");

export function fitShippedModel(): string {
  const record = getVoteRecord();
  const { examples } = collectExamples(record, DEFAULT_FIT_OPTIONS.decay, record.lastYear, DEFAULT_FIT_OPTIONS.evidence);
  // The regularisation is chosen on the last recorded year, trained on the years before it.
  const parameters = fitModelForYear(examples, record.lastYear + 1, DEFAULT_FIT_OPTIONS);
  return JSON.stringify(parameters, null, 1) + "\n";
}

function main(): void {
  const started = performance.now();
  const json = fitShippedModel();
  if (process.argv.includes("--check")) {
    const current = existsSync(MODEL_PATH) ? readFileSync(MODEL_PATH, "utf8") : "";
    if (current !== json) {
      console.error("fit-prediction: lib/core/predict/generated/model.json is out of date; run npm run model:fit");
      process.exit(1);
    }
    console.log("fit-prediction: up to date");
    return;
  }
  writeFileSync(MODEL_PATH, json);
  console.log(`fit-prediction: wrote lib/core/predict/generated/model.json in ${Math.round(performance.now() - started)} ms`);
}

if (require.main === module) main();
