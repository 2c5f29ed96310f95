/**
 * How far the record lets a Council vote predictor go on contested drafts, measured rather than
 * argued. For each tested year, on the drafts that divided the Council (what "contested votes"
 * scores), member votes predicted right by:
 * - the back-tested model (its decision rule, as `runBacktest` scores it);
 * - the same model told which drafts divide: each member's likeliest vote on a divided Council,
 *   so the question "will the Council divide?" is answered by an oracle;
 * - a model fitted on the tested years' own votes (in-sample, every year through the last tested
 *   one), also told which drafts divide: what this family of models can express with these inputs
 *   at best, not a forecast anyone could make;
 * split by whether the record names the draft's sponsors (it does for few drafts of 2016–2020).
 */
import { argmaxVote } from "./distribution";
import { DEFAULT_FIT_OPTIONS, decideVote, type FitOptions } from "./model";
import { collectExamples, groupByDraft, predictDraftExamples } from "./model-examples";
import { fitModel } from "./model-fit";
import { fitModelForYear } from "./model-selection";
import type { VoteRecord } from "./vote-record";

export type Tally = { correct: number; votes: number };
export type LimitsRow = {
  year: number;
  drafts: number;
  draftsWithSponsors: number;
  contestedDrafts: number;
  model: Tally;
  divisionKnown: Tally;
  divisionKnownWithSponsors: Tally;
  divisionKnownWithoutSponsors: Tally;
  inSample: Tally;
};

const tally = (): Tally => ({ correct: 0, votes: 0 });
function count(target: Tally, right: boolean): void {
  target.votes++;
  if (right) target.correct++;
}

/**
 * The limits table for `years` (rolling evidence by default). The in-sample model is fitted once
 * on every year through the last tested one, the conditional member model (divided drafts only),
 * with the case-based odds left out: the fitted weights alone.
 */
export function measureLimits(record: VoteRecord, years: number[], options: FitOptions = DEFAULT_FIT_OPTIONS): LimitsRow[] {
  const lastYear = Math.max(...years);
  const { examples } = collectExamples(record, options.decay, lastYear, options.evidence);
  const inSample = fitModel(examples, lastYear, { ...options, memberModel: "conditional", l2: 0.001, caseWeight: 0 });
  return years.map((year) => {
    const parameters = fitModelForYear(
      examples.filter((example) => example.draft.year < year),
      year,
      options,
    );
    const row: LimitsRow = {
      year,
      drafts: 0,
      draftsWithSponsors: 0,
      contestedDrafts: 0,
      model: tally(),
      divisionKnown: tally(),
      divisionKnownWithSponsors: tally(),
      divisionKnownWithoutSponsors: tally(),
      inSample: tally(),
    };
    for (const [draft, list] of groupByDraft(examples.filter((example) => example.draft.year === year))) {
      row.drafts++;
      if (draft.sponsors.length > 0) row.draftsWithSponsors++;
      if (draft.outcome === "U") continue;
      row.contestedDrafts++;
      const prediction = predictDraftExamples(parameters, draft, list);
      const fitted = predictDraftExamples(inSample, draft, list);
      list.forEach((example, index) => {
        if (example.vote === "P") return;
        const vote = example.vote;
        count(row.model, decideVote(prediction.divided, prediction.marginals[index], prediction.whenDivided[index], parameters.dissentThreshold) === vote);
        const known = argmaxVote(prediction.whenDivided[index]) === vote;
        count(row.divisionKnown, known);
        count(draft.sponsors.length > 0 ? row.divisionKnownWithSponsors : row.divisionKnownWithoutSponsors, known);
        count(row.inSample, argmaxVote(fitted.whenDivided[index]) === vote);
      });
    }
    return row;
  });
}

function add(left: Tally, right: Tally): Tally {
  return { correct: left.correct + right.correct, votes: left.votes + right.votes };
}

export function totalLimits(rows: LimitsRow[]): LimitsRow {
  return rows.reduce<LimitsRow>(
    (sum, row) => ({
      year: 0,
      drafts: sum.drafts + row.drafts,
      draftsWithSponsors: sum.draftsWithSponsors + row.draftsWithSponsors,
      contestedDrafts: sum.contestedDrafts + row.contestedDrafts,
      model: add(sum.model, row.model),
      divisionKnown: add(sum.divisionKnown, row.divisionKnown),
      divisionKnownWithSponsors: add(sum.divisionKnownWithSponsors, row.divisionKnownWithSponsors),
      divisionKnownWithoutSponsors: add(sum.divisionKnownWithoutSponsors, row.divisionKnownWithoutSponsors),
      inSample: add(sum.inSample, row.inSample),
    }),
    { year: 0, drafts: 0, draftsWithSponsors: 0, contestedDrafts: 0, model: tally(), divisionKnown: tally(), divisionKnownWithSponsors: tally(), divisionKnownWithoutSponsors: tally(), inSample: tally() },
  );
}

const share = ({ correct, votes }: Tally) => (votes === 0 ? "–" : (correct / votes).toFixed(3));

export function formatLimitsTable(rows: LimitsRow[]): string {
  const lines = [
    "| year | drafts | with sponsors recorded | contested drafts | contested votes: model | division known | … sponsors recorded | … no sponsors recorded | in-sample, division known |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const row of [...rows, totalLimits(rows)]) {
    lines.push(
      `| ${row.year === 0 ? "**all**" : row.year} | ${row.drafts} | ${row.draftsWithSponsors} | ${row.contestedDrafts} | ${share(row.model)} | ${share(row.divisionKnown)} | ${share(row.divisionKnownWithSponsors)} (${row.divisionKnownWithSponsors.votes}) | ${share(row.divisionKnownWithoutSponsors)} (${row.divisionKnownWithoutSponsors.votes}) | ${share(row.inSample)} |`,
    );
  }
  return lines.join("\n");
}
