import { collectExamples, fitModel, linearLogits, distributionFromLogits, DEFAULT_FIT_OPTIONS } from "../lib/core/predict/model";
import { FEATURE_NAMES } from "../lib/core/predict/features";
import { getVoteRecord } from "../lib/core/predict/vote-record";
const Y = Number(process.argv[2] ?? 2023);
const { examples } = collectExamples(getVoteRecord(), DEFAULT_FIT_OPTIONS.decay, Y);
const p = fitModel(examples.filter(e=>e.draft.year<Y), Y-1);
for (const c of ["permanent","elected"] as const) console.log(c, FEATURE_NAMES.map((n,i)=>`${n}:${p.weights[c].N[i]}/${p.weights[c].A[i]}`).join(" "));
const test = examples.filter(e=>e.draft.year===Y);
let cur = null as any;
for (const e of test) {
  if (e.draft!==cur) { cur=e.draft; console.log(`\n${e.draft.date} ${e.draft.outcome} ${e.draft.topic.slice(0,25)} sp=${e.draft.sponsors.join(",")}`); }
  const d = distributionFromLogits(...linearLogits(p.weights[e.memberClass], e.x));
  if (e.vote!=="Y" || d.Y<0.7) process.stdout.write(` ${e.member}:${e.vote}(${d.Y.toFixed(2)},${d.N.toFixed(2)},${d.A.toFixed(2)})`);
}
