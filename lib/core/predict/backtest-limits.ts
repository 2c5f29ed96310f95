/**
 * How far the record lets a Council vote predictor go on contested drafts, measured rather than
 * argued. For each tested year, on the drafts that divided the Council (what "contested votes"
 * scores), member votes predicted right by:
 * - the back-tested model (its decision rule, as `runBacktest` scores it);
 * - the same model told which drafts divide (`runBacktest` counts it too): each member's likeliest
 *   vote on a divided Council, so the question "will the Council divide?" is answered by an oracle,
 *   split by whether the record names the draft's sponsors (it does for few drafts of 2016–2020);
 * - the same kind of model fitted in-sample: on the tested year's own votes alone, with the
 *   member-model kind, regularisation and case weight the back-test chose for that year, also told
 *   which drafts divide. Not a forecast anyone could make, and not a strict bound either (the fit
 *   minimises log loss, not errors), but what these inputs let this model express about that year.
 */
import { argmaxVote } from "./distribution";
import { ratio, runBacktest, totalBacktest, type BacktestYear } from "./backtest";
import { DEFAULT_FIT_OPTIONS, type FitOptions, type ModelParameters } from "./model";
import { groupByDraft, predictDraftExamples, type Example } from "./model-examples";
import { fitModel } from "./model-fit";
import type { VoteRecord } from "./vote-record";

/** A tested year of the back-test and the contested votes its in-sample model gets right. */
export type LimitsRow = { backtest: BacktestYear; inSampleCorrect: number };

/** Contested votes right for a model fitted on the year's own examples (`test`), told which drafts divide. */
function inSampleCorrect(year: number, parameters: ModelParameters, test: Example[], options: FitOptions): number {
  const fitted = fitModel(test, year, {
    ...options,
    memberModel: parameters.memberModel,
    l2: parameters.training.l2,
    caseWeight: parameters.caseWeight,
    // One year only: no older year to weigh down.
    yearWeightDecay: 1,
  });
  let correct = 0;
  for (const [draft, list] of groupByDraft(test)) {
    if (draft.outcome === "U") continue;
    const prediction = predictDraftExamples(fitted, draft, list);
    list.forEach((example, index) => {
      if (example.vote !== "P" && argmaxVote(prediction.whenDivided[index]) === example.vote) correct++;
    });
  }
  return correct;
}

/** The limits table for `years` (rolling evidence by default): the back-test, and each year's in-sample fit. */
export function measureLimits(record: VoteRecord, years: number[], options: FitOptions = DEFAULT_FIT_OPTIONS): LimitsRow[] {
  const inSample = new Map<number, number>();
  const rows = runBacktest(record, years, options, (year, parameters, test) => inSample.set(year, inSampleCorrect(year, parameters, test, options)));
  return rows.map((backtest) => ({ backtest, inSampleCorrect: inSample.get(backtest.year) ?? 0 }));
}

/** All tested years together. */
export function totalLimits(rows: LimitsRow[]): LimitsRow {
  return { backtest: totalBacktest(rows.map((row) => row.backtest)), inSampleCorrect: rows.reduce((sum, row) => sum + row.inSampleCorrect, 0) };
}

export function formatLimitsTable(rows: LimitsRow[]): string {
  const lines = [
    "| year | drafts | with sponsors recorded | contested drafts | contested votes: model | division known | … sponsors recorded | … no sponsors recorded | in-sample, division known |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const { backtest: row, inSampleCorrect: inSample } of [...rows, totalLimits(rows)]) {
    const withSponsors = row.contestedVotesWithSponsors;
    const withoutSponsors = row.contestedVotes - withSponsors;
    const withoutSponsorsCorrect = row.divisionKnownCorrect - row.divisionKnownWithSponsorsCorrect;
    lines.push(
      `| ${row.year === 0 ? "**all**" : row.year} | ${row.drafts} | ${row.draftsWithSponsors} | ${row.contestedDrafts} | ${ratio(row.model.contestedVotesCorrect, row.contestedVotes)} | ${ratio(row.divisionKnownCorrect, row.contestedVotes)} | ${ratio(row.divisionKnownWithSponsorsCorrect, withSponsors)} (${withSponsors}) | ${ratio(withoutSponsorsCorrect, withoutSponsors)} (${withoutSponsors}) | ${ratio(inSample, row.contestedVotes)} |`,
    );
  }
  return lines.join("\n");
}
