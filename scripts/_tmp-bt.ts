import { runBacktest, formatBacktestTable } from "../lib/core/predict/backtest";
import { getVoteRecord } from "../lib/core/predict/vote-record";
const t=Date.now();
const r = runBacktest(getVoteRecord(), [2019,2020,2021,2022,2023]);
console.log(formatBacktestTable(r)); console.log(Date.now()-t,"ms");
