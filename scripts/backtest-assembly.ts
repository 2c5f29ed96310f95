/**
 * Back-tests the General Assembly predictor on the recorded votes of 2015–2019 (rolling: each
 * roll call from the votes before its date and the ideal points of the year before), with and
 * without its ideal-point neighbours, beside "all yes" and "as on its last vote on the same
 * issue", and prints a markdown table (member votes: yes, no, abstain or absent).
 *
 *   npm run backtest:assembly
 */
import { formatAssemblyBacktest, runAssemblyBacktest } from "../lib/core/predict/assembly/assembly-backtest";
import { loadAssemblyModel } from "../lib/core/predict/assembly/predict-assembly";

const started = performance.now();
const results = runAssemblyBacktest(loadAssemblyModel(), [2015, 2016, 2017, 2018, 2019]);
console.log("Back-test of the General Assembly predictor, 2015–2019 (each roll call from the votes recorded before its date)\n");
console.log(formatAssemblyBacktest(results));
console.log("votes = share of Members' votes (yes, no, abstain, absent) predicted right; outcome = adopted or not, read as yes > no.");
console.log(`\n${Math.round(performance.now() - started)} ms`);
