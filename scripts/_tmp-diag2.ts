import { collectExamples, fitModel, linearLogits, distributionFromLogits, DEFAULT_FIT_OPTIONS } from "../lib/core/predict/model";
import { councilOutcomeProbabilities } from "../lib/core/vote/probability";
import { getVoteRecord, isPermanentMember } from "../lib/core/predict/vote-record";
const Y = Number(process.argv[2] ?? 2023);
const { examples } = collectExamples(getVoteRecord(), DEFAULT_FIT_OPTIONS.decay, Y);
const p = fitModel(examples.filter(e=>e.draft.year<Y), Y-1);
const test = examples.filter(e=>e.draft.year===Y);
const by = new Map<any, any[]>(); for (const e of test) { by.set(e.draft, [...(by.get(e.draft)??[]), e]); }
for (const [d, es] of by) {
  const o = councilOutcomeProbabilities({ members: es.map(e=>({iso3:e.member, permanent:isPermanentMember(e.member), probabilities: distributionFromLogits(...linearLogits(p.weights[e.memberClass], e.x))})), required: 9, matter: "substantive"});
  const best = o.adopted>=o.vetoed&&o.adopted>=o.failed?"adopted":o.vetoed>=o.failed?"vetoed":"failed";
  const act = d.outcome==="V"?"vetoed":d.outcome==="F"?"failed":"adopted";
  if (best!==act || act!=="adopted") console.log(best===act?"ok ":"BAD", d.date, d.outcome, d.topic.slice(0,25), d.sponsors.slice(0,4).join(","), `A=${o.adopted.toFixed(2)} V=${o.vetoed.toFixed(2)} F=${o.failed.toFixed(2)}`, JSON.stringify(Object.fromEntries(Object.entries(o.vetoBy).map(([k,v])=>[k,+v.toFixed(2)]))));
}
