/**
 * Rolling back-test of the Assembly predictor on the recorded votes of the tested years: each
 * roll call is predicted from the votes recorded before its date and the ideal points of the
 * year before (its issue codes known, no sponsors: the record has none), beside the model without
 * its ideal-point neighbours and two baselines, "every Member votes yes" and "each
 * Member votes as on its last recorded vote on the same issue". Outcomes are read under a
 * simple majority (the record does not say which votes needed two-thirds): adopted when yes
 * votes outnumber no votes.
 */
import type { AssemblyModel, AssemblyVote } from "./predict-assembly";
import { addNeighbourEvidence, collectAssemblyEvidence, likeliestAssemblyVote, oddsFromEvidence } from "./predict-assembly";

export type AssemblyMethodScores = { votesCorrect: number; outcomeCorrect: number };
export type AssemblyBacktestYear = {
  year: number;
  rollCalls: number;
  votes: number;
  model: AssemblyMethodScores;
  /** The model with its issue rates not shrunk toward the ideal-point neighbours' (`addNeighbourEvidence`). */
  withoutIdealPoints: AssemblyMethodScores;
  allYes: AssemblyMethodScores;
  lastVote: AssemblyMethodScores;
};

const adoptedBy = (votes: readonly AssemblyVote[]) => votes.filter((vote) => vote === "Y").length > votes.filter((vote) => vote === "N").length;

export function runAssemblyBacktest(model: AssemblyModel, years: readonly number[], neighbourCount?: number): AssemblyBacktestYear[] {
  const { record } = model;
  const members = record.members;
  return years.map((year) => {
    const result: AssemblyBacktestYear = { year, rollCalls: 0, votes: 0, model: { votesCorrect: 0, outcomeCorrect: 0 }, withoutIdealPoints: { votesCorrect: 0, outcomeCorrect: 0 }, allYes: { votesCorrect: 0, outcomeCorrect: 0 }, lastVote: { votesCorrect: 0, outcomeCorrect: 0 } };
    record.rollCalls.forEach((rollCall, index) => {
      if (rollCall.year !== year) return;
      let cutoff = index;
      while (cutoff > 0 && record.rollCalls[cutoff - 1].date === rollCall.date) cutoff--;
      const sitting = members.filter((iso3) => (model.admittedIn.get(iso3) ?? 9999) <= year);
      const evidence = collectAssemblyEvidence(model, sitting, cutoff, year, rollCall.issueMask, []);
      addNeighbourEvidence(model, sitting, evidence, rollCall.issueMask, year - 1, neighbourCount);
      const actual: AssemblyVote[] = [];
      const predicted: AssemblyVote[] = [];
      const withoutIdealPoints: AssemblyVote[] = [];
      const last: AssemblyVote[] = [];
      sitting.forEach((iso3, position) => {
        const column = record.column.get(iso3)!;
        const code = rollCall.votes[column];
        actual.push(code === "." ? "X" : (code as AssemblyVote));
        predicted.push(likeliestAssemblyVote(oddsFromEvidence(evidence[position])));
        withoutIdealPoints.push(likeliestAssemblyVote(oddsFromEvidence(evidence[position], false)));
        last.push(lastVoteOnIssue(model, column, cutoff, rollCall.issueMask, year));
      });
      result.rollCalls++;
      result.votes += actual.length;
      actual.forEach((vote, position) => {
        if (predicted[position] === vote) result.model.votesCorrect++;
        if (withoutIdealPoints[position] === vote) result.withoutIdealPoints.votesCorrect++;
        if (vote === "Y") result.allYes.votesCorrect++;
        if (last[position] === vote) result.lastVote.votesCorrect++;
      });
      const adopted = adoptedBy(actual);
      if (adoptedBy(predicted) === adopted) result.model.outcomeCorrect++;
      if (adoptedBy(withoutIdealPoints) === adopted) result.withoutIdealPoints.outcomeCorrect++;
      if (adopted) result.allYes.outcomeCorrect++;
      if (adoptedBy(last) === adopted) result.lastVote.outcomeCorrect++;
    });
    return result;
  });
}

/** The member's vote on the latest earlier roll call sharing an issue (any roll call without issue codes); yes without one. */
function lastVoteOnIssue(model: AssemblyModel, column: number, cutoff: number, issueMask: number, year: number): AssemblyVote {
  for (let index = cutoff - 1; index >= 0; index--) {
    const rollCall = model.record.rollCalls[index];
    if (issueMask !== 0 && (rollCall.issueMask & issueMask) === 0) continue;
    if (rollCall.year < year - 6) break;
    const code = rollCall.votes[column];
    return code === "." ? "X" : (code as AssemblyVote);
  }
  return "Y";
}

export function formatAssemblyBacktest(results: readonly AssemblyBacktestYear[]): string {
  const ratio = (correct: number, total: number) => (total === 0 ? "–" : (correct / total).toFixed(3));
  const total = results.reduce(
    (sum, row) => ({
      ...sum,
      rollCalls: sum.rollCalls + row.rollCalls,
      votes: sum.votes + row.votes,
      model: { votesCorrect: sum.model.votesCorrect + row.model.votesCorrect, outcomeCorrect: sum.model.outcomeCorrect + row.model.outcomeCorrect },
      withoutIdealPoints: { votesCorrect: sum.withoutIdealPoints.votesCorrect + row.withoutIdealPoints.votesCorrect, outcomeCorrect: sum.withoutIdealPoints.outcomeCorrect + row.withoutIdealPoints.outcomeCorrect },
      allYes: { votesCorrect: sum.allYes.votesCorrect + row.allYes.votesCorrect, outcomeCorrect: sum.allYes.outcomeCorrect + row.allYes.outcomeCorrect },
      lastVote: { votesCorrect: sum.lastVote.votesCorrect + row.lastVote.votesCorrect, outcomeCorrect: sum.lastVote.outcomeCorrect + row.lastVote.outcomeCorrect },
    }),
    { year: 0, rollCalls: 0, votes: 0, model: { votesCorrect: 0, outcomeCorrect: 0 }, withoutIdealPoints: { votesCorrect: 0, outcomeCorrect: 0 }, allYes: { votesCorrect: 0, outcomeCorrect: 0 }, lastVote: { votesCorrect: 0, outcomeCorrect: 0 } },
  );
  const line = (row: AssemblyBacktestYear, label: string) =>
    `| ${label} | ${row.rollCalls} | ${row.votes} | ${ratio(row.model.votesCorrect, row.votes)} | ${ratio(row.withoutIdealPoints.votesCorrect, row.votes)} | ${ratio(row.allYes.votesCorrect, row.votes)} | ${ratio(row.lastVote.votesCorrect, row.votes)} | ${ratio(row.model.outcomeCorrect, row.rollCalls)} | ${ratio(row.withoutIdealPoints.outcomeCorrect, row.rollCalls)} | ${ratio(row.allYes.outcomeCorrect, row.rollCalls)} | ${ratio(row.lastVote.outcomeCorrect, row.rollCalls)} |`;
  return [
    "| year | roll calls | member votes | votes: model | without ideal points | all-yes | last vote on the issue | outcome: model | without ideal points | all-yes | last vote on the issue |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map((row) => line(row, String(row.year))),
    line(total, "**all**"),
  ].join("\n") + "\n";
}
