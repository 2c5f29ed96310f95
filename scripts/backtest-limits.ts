/**
 * How far the record lets the Council vote predictor go on contested drafts (see
 * lib/core/predict/backtest-limits.ts and BACKTEST.md): the back-tested model, the same model told
 * which drafts divide, split by whether the record names the sponsors, and the same kind of model
 * fitted on each tested year's own votes. Prints a markdown table; takes about as long as
 * `npm run backtest`.
 *
 *   npm run backtest:limits                 2019–2023, rolling evidence
 */
import { formatLimitsTable, measureLimits } from "../lib/core/predict/backtest-limits";
import { getVoteRecord } from "../lib/core/predict/vote-record";

const started = performance.now();
const rows = measureLimits(getVoteRecord(), [2019, 2020, 2021, 2022, 2023]);
console.log("Limits of the Council vote predictor on contested drafts, 2019–2023 (rolling evidence)\n");
console.log(formatLimitsTable(rows));
console.log("\ncontested votes: model = member votes predicted right on the drafts that divided the Council, as `npm run backtest` scores them;");
console.log("division known = the same back-tested model told which drafts divide (each member's likeliest vote on a divided Council);");
console.log("in-sample = the year's model kind, regularisation and case weight fitted on that year's own votes alone, told which drafts divide:");
console.log("  what these inputs let this model express about the year, not a forecast (in brackets: the votes counted).");
console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);
