/**
 * Back-tests the vote predictor: for each tested year the model is refitted on the years before
 * it (its regularisation and member-model kind chosen on the year before, trained on the years
 * before that) and scored on that year, beside two baselines. Prints a markdown table.
 *
 *   npm run backtest                                  2019–2023, rolling evidence
 *   npm run backtest -- --years 2019-2023
 *   npm run backtest -- --year 2021
 *   npm run backtest -- --evidence prior-years        evidence stops at 31 December of Y − 1
 *   npm run backtest -- --save                        also writes the track record the simulator shows
 *                                                     (lib/core/predict/generated/track-record.json):
 *                                                     its figures, calibration and reliability diagram
 *   npm run backtest -- --check                       exits 1 if that file differs from this run's
 *
 * Evidence ("rolling", the default): a draft dated D is predicted from every vote recorded before
 * D, earlier drafts of its own year included (never a draft of date D); the fitted weights and
 * hyper-parameters never see the tested year either way. See lib/core/predict/BACKTEST.md.
 */
import { DEFAULT_FIT_OPTIONS, formatBacktestTable, formatCalibrationTable, runBacktest, summarizeBacktest } from "../lib/core/predict/backtest";
import { EVIDENCE_MODES, type EvidenceMode } from "../lib/core/predict/model";
import { getVoteRecord } from "../lib/core/predict/vote-record";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

function parseEvidence(argv: string[]): EvidenceMode {
  const flag = argv.indexOf("--evidence");
  if (flag === -1) return DEFAULT_FIT_OPTIONS.evidence;
  const value = argv[flag + 1] ?? "";
  if (!(EVIDENCE_MODES as readonly string[]).includes(value)) {
    console.error(`backtest: --evidence needs one of ${EVIDENCE_MODES.join(", ")}`);
    process.exit(2);
  }
  return value as EvidenceMode;
}

function parseYears(argv: string[]): number[] {
  const flag = argv.findIndex((arg) => arg === "--years" || arg === "--year");
  if (flag === -1) return [2019, 2020, 2021, 2022, 2023];
  const value = argv[flag + 1] ?? "";
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(value);
  if (!match) {
    console.error(`backtest: ${argv[flag]} needs a year or a range such as 2019-2023`);
    process.exit(2);
  }
  const first = Number(match[1]);
  const last = Number(match[2] ?? match[1]);
  const record = getVoteRecord();
  if (first > last || first <= record.firstYear + 2 || last > record.lastYear) {
    console.error(`backtest: years must lie within ${record.firstYear + 3}–${record.lastYear}`);
    process.exit(2);
  }
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

const years = parseYears(process.argv.slice(2));
const evidence = parseEvidence(process.argv.slice(2));
const started = performance.now();
const results = runBacktest(getVoteRecord(), years, { ...DEFAULT_FIT_OPTIONS, evidence });
const evidenceWords = evidence === "rolling" ? "evidence: every vote before the draft's date" : "evidence: the years before the tested one";
console.log(`Back-test of the vote predictor, ${years[0]}–${years[years.length - 1]} (each year refitted on the years before it; ${evidenceWords})\n`);
console.log(formatBacktestTable(results));
console.log(formatCalibrationTable(results));
console.log("outcome = share of drafts whose outcome (adopted / vetoed / failed) is the argmax of the exact outcome odds;");
console.log("contested votes = share of member votes predicted right on drafts not adopted unanimously (known only after the vote);");
console.log("all votes = share of member votes predicted right on every draft; vote log loss is over every recorded vote;");
console.log("vetoer named = vetoed drafts on which the member with the highest vetoBy did cast a veto;");
console.log("ceiling = the most any predictor reading only the record's inputs (date, agenda item, topic, region, category, sponsors,");
console.log("  amendment, procedural) could score, even fitted to the year's own votes: drafts the record cannot tell apart get one answer;");
console.log("naive Bayes = each member's votes in the training years by topic and by sponsor (P(v) × P(topic | v) × Π P(sponsor | v));");
console.log("vote Brier = mean over recorded votes of Σ (p − observed)² over Y, N, A; vote ECE = expected calibration error of those");
console.log("  probabilities in ten bins (the reliability diagram above); outcome Brier = the same for adopted / vetoed / failed;");
console.log("dissent threshold = the decision rule of the year's model, chosen on the year before (see BACKTEST.md).");
const target = path.join(__dirname, "../lib/core/predict/generated/track-record.json");
const trackRecord = JSON.stringify(summarizeBacktest(results, evidence), null, 2) + "\n";
if (process.argv.includes("--save")) {
  writeFileSync(target, trackRecord);
  console.log(`\nTrack record written to ${path.relative(process.cwd(), target)}`);
}
if (process.argv.includes("--check")) {
  if (!existsSync(target) || readFileSync(target, "utf8") !== trackRecord) {
    console.error(`backtest: ${path.relative(process.cwd(), target)} is out of date; run npm run backtest -- --save`);
    process.exit(1);
  }
  console.log(`\nbacktest: ${path.relative(process.cwd(), target)} is up to date`);
}
console.log(`\n${Math.round(performance.now() - started)} ms`);
