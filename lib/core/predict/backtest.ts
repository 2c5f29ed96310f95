/**
 * Honest back-test: for each tested year Y the model is refitted on the years before Y; the drafts
 * of Y are then predicted from what was known before the vote (date, agenda item, topic, region,
 * sponsors, amendment and procedural flags, the members of that year's Council). The evidence a
 * draft's features read (counts, same-mandate lookups, members' records beside the sponsors) is,
 * by `options.evidence`:
 * - "rolling": every vote recorded on a date strictly before the draft's, earlier drafts of Y
 *   included; never the draft itself nor any draft of its date;
 * - "prior-years": the years before Y only (the record stops on 31 December of Y − 1).
 * Either way the fitted weights never see Y: the regularisation, the member-model kind and the
 * dissent threshold are chosen on Y − 1 with a model trained on the years before Y − 1
 * (`fitModelForYear`); everything else is fixed a priori in DEFAULT_FIT_OPTIONS.
 */
import { councilOutcomeProbabilities } from "../vote/probability";
import type { VoteDistribution } from "./distribution";
import { decideVote, memberClassOf, DEFAULT_FIT_OPTIONS, type EvidenceMode, type FitOptions, type ModelParameters } from "./model";
import { collectExamples, groupByDraft, predictDraftExamples, type Example } from "./model-examples";
import { argmaxVote } from "./distribution";
import { fitModelForYear } from "./model-selection";
import { normalizeKey, type RecordedDraft, type RecordedOutcome, type VoteRecord } from "./vote-record";
import { isPermanentMember, requiredVotes, requiredVotesForSize } from "../un/council";
import { decideCouncilVote, type CouncilOutcome } from "../vote/council-rules";
import type { Share, TrackRecord } from "./track-record";

export type OutcomeKind = CouncilOutcome;

export type MethodScores = {
  outcomeCorrect: number;
  contestedVotesCorrect: number;
  /** Member votes predicted right on every draft, unanimous ones included. */
  votesCorrect: number;
};

export type BacktestYear = {
  year: number;
  drafts: number;
  /** Drafts whose sponsors the record names. */
  draftsWithSponsors: number;
  contestedDrafts: number;
  contestedVotes: number;
  /** Of the contested votes, those on drafts whose sponsors the record names. */
  contestedVotesWithSponsors: number;
  /**
   * Contested votes the model gets right when told which drafts divide (each member's likeliest
   * vote on a divided Council): the question "will the Council divide?" answered by an oracle.
   */
  divisionKnownCorrect: number;
  /** The same, on drafts whose sponsors the record names. */
  divisionKnownWithSponsorsCorrect: number;
  /** Member votes recorded (Y, N or A) on every draft of the year. */
  votes: number;
  vetoedDrafts: number;
  vetoerNamed: number;
  /** Mean negative log-likelihood of every recorded member vote of the year. */
  memberLogLoss: number;
  /** Mean Brier score of the three outcome probabilities. */
  outcomeBrier: number;
  /** The dissent threshold of the year's model (above 1: never). */
  dissentThreshold: number;
  /** Mean Brier score of each member's three vote probabilities, over every recorded vote. */
  memberBrier: number;
  /** The same for the naive Bayes baseline's probabilities. */
  naiveBayesBrier: number;
  /** Member-vote probabilities by bin: the reliability diagram's points (expected calibration error from them). */
  calibration: CalibrationBin[];
  model: MethodScores;
  allYes: MethodScores;
  topicMode: MethodScores;
  naiveBayes: MethodScores;
  /**
   * The most any predictor reading only the record's inputs could score, even fitted to the year's
   * own votes (see `informationCeiling`): an upper bound, not a method.
   */
  ceiling: MethodScores;
};

/** Predicted probabilities in [from, to): their mean, how often the vote was cast, how many. */
export type CalibrationBin = { from: number; to: number; count: number; predictedSum: number; observedSum: number };

export const CALIBRATION_BINS = 10;

export function emptyCalibration(): CalibrationBin[] {
  return Array.from({ length: CALIBRATION_BINS }, (_, index) => ({ from: index / CALIBRATION_BINS, to: (index + 1) / CALIBRATION_BINS, count: 0, predictedSum: 0, observedSum: 0 }));
}

/** Adds one probability and whether the event happened (each of a member's three votes counts once). */
export function addToCalibration(bins: CalibrationBin[], probability: number, happened: boolean): void {
  const bin = bins[Math.min(bins.length - 1, Math.max(0, Math.floor(probability * bins.length)))];
  bin.count++;
  bin.predictedSum += probability;
  bin.observedSum += happened ? 1 : 0;
}

/** Expected calibration error: the count-weighted mean gap between predicted and observed frequency. */
export function expectedCalibrationError(bins: readonly CalibrationBin[]): number {
  const count = bins.reduce((sum, bin) => sum + bin.count, 0);
  if (count === 0) return 0;
  return bins.reduce((sum, bin) => sum + (bin.count === 0 ? 0 : Math.abs(bin.predictedSum - bin.observedSum)), 0) / count;
}

function addCalibrations(left: CalibrationBin[], right: CalibrationBin[]): CalibrationBin[] {
  return left.map((bin, index) => ({
    from: bin.from,
    to: bin.to,
    count: bin.count + right[index].count,
    predictedSum: bin.predictedSum + right[index].predictedSum,
    observedSum: bin.observedSum + right[index].observedSum,
  }));
}

const VOTE_CLASSES = ["Y", "N", "A"] as const;

/**
 * Baseline: naive Bayes over each member's votes in the training years, with two features, the
 * draft's topic and each of its sponsors: P(v | member) × P(topic | v, member) × Π P(sponsor | v,
 * member), Laplace-smoothed. A member with little history borrows its class's counts (permanent
 * or elected members pooled).
 */
export class NaiveBayesBaseline {
  private readonly counts = new Map<string, [number, number, number]>();
  private readonly topics = new Set<string>();
  private readonly sponsors = new Set<string>();

  constructor(train: readonly Example[]) {
    for (const example of train) {
      if (example.vote === "P") continue;
      const column = VOTE_CLASSES.indexOf(example.vote);
      const topic = normalizeKey(example.draft.topic);
      this.topics.add(topic);
      for (const who of [example.member, example.memberClass]) {
        this.bump(`${who}`, column);
        this.bump(`${who}|t|${topic}`, column);
        for (const sponsor of example.draft.sponsors) {
          this.sponsors.add(sponsor);
          this.bump(`${who}|s|${sponsor}`, column);
        }
      }
    }
  }

  private bump(key: string, column: number): void {
    const counts = this.counts.get(key) ?? this.counts.set(key, [0, 0, 0]).get(key)!;
    counts[column]++;
  }

  private get(key: string): [number, number, number] {
    return this.counts.get(key) ?? [0, 0, 0];
  }

  predict(member: string, draft: RecordedDraft): VoteDistribution {
    const own = this.get(member);
    const who = own[0] + own[1] + own[2] >= 20 ? member : memberClassOf(member);
    const totals = this.get(who);
    const topic = this.get(`${who}|t|${normalizeKey(draft.topic)}`);
    const logScores = VOTE_CLASSES.map((_, column) => {
      let score = Math.log((totals[column] + 1) / (totals[0] + totals[1] + totals[2] + 3));
      score += Math.log((topic[column] + 1) / (totals[column] + this.topics.size + 1));
      for (const sponsor of draft.sponsors) {
        if (sponsor === member) continue;
        score += Math.log((this.get(`${who}|s|${sponsor}`)[column] + 1) / (totals[column] + this.sponsors.size + 1));
      }
      return score;
    });
    // A sponsor votes for its own draft.
    if (draft.sponsors.includes(member)) return { Y: 1, N: 0, A: 0 };
    const top = Math.max(...logScores);
    const weights = logScores.map((score) => Math.exp(score - top));
    const sum = weights[0] + weights[1] + weights[2];
    return { Y: weights[0] / sum, N: weights[1] / sum, A: weights[2] / sum };
  }
}

export function outcomeKindOf(outcome: RecordedOutcome): OutcomeKind {
  switch (outcome) {
    case "U":
    case "M":
      return "adopted";
    case "V":
      return "vetoed";
    case "F":
      return "failed";
    default: {
      const unreachable: never = outcome;
      throw new Error(`unknown outcome ${String(unreachable)}`);
    }
  }
}

/**
 * The outcome a set of definite votes gives under Charter Art. 27, decided by the Council's rules
 * (`decideCouncilVote`). The record's "P" (present, not voting) counts as not participating. A
 * Council with fewer seats than the votes required cannot adopt anything: the draft fails.
 */
export function outcomeOfVotes(votes: { iso3: string; vote: string }[], required: number, procedural: boolean): OutcomeKind {
  if (votes.length < required) return "failed";
  return decideCouncilVote({
    members: votes.map((entry) => ({ iso3: entry.iso3, permanent: isPermanentMember(entry.iso3) })),
    required,
    matter: procedural ? "procedural" : "substantive",
    votes: votes.map((entry) => ({ iso3: entry.iso3, vote: entry.vote === "P" ? "NP" : entry.vote })),
  }).outcome;
}

/**
 * What a predictor is told about a draft, as the record has it: date, agenda item, topic, region,
 * category, sponsors, amendment and procedural flags (the Council is the year's). Two drafts with
 * the same descriptor on the same date read the same evidence too, so any predictor must give them
 * the same votes and the same outcome.
 */
export function draftDescriptorKey(draft: RecordedDraft): string {
  return [
    draft.date,
    normalizeKey(draft.agendaItem),
    normalizeKey(draft.topic),
    normalizeKey(draft.region),
    normalizeKey(draft.category),
    draft.sponsorKind,
    [...draft.sponsors].sort().join(" "),
    draft.isAmendment ? "amendment" : "",
    draft.isProcedural ? "procedural" : "",
  ].join("|");
}

/**
 * Information ceiling of a year: the score of the best possible function of the record's inputs,
 * fitted to the year's own answers. Drafts with the same descriptor form a group; within a group a
 * predictor gives every member one vote and the draft one outcome, so it gets at most the count of
 * the member's most frequent vote there (and of the group's most frequent outcome). For contested
 * votes the groups hold the contested drafts only, as if the predictor also knew which drafts
 * divide: a more generous bound, still one no honest predictor can pass.
 */
export function informationCeiling(drafts: RecordedDraft[]): MethodScores {
  /** Sums, over the cells (descriptor + what is predicted), the count of the most frequent answer. */
  const best = (subset: RecordedDraft[], answers: (draft: RecordedDraft) => [cell: string, answer: string][]): number => {
    const cells = new Map<string, Map<string, number>>();
    for (const draft of subset) {
      const descriptor = draftDescriptorKey(draft);
      for (const [cell, answer] of answers(draft)) {
        const key = `${descriptor}#${cell}`;
        const counts = cells.get(key) ?? cells.set(key, new Map()).get(key)!;
        counts.set(answer, (counts.get(answer) ?? 0) + 1);
      }
    }
    return [...cells.values()].reduce((sum, counts) => sum + Math.max(...counts.values()), 0);
  };
  const memberVotes = (draft: RecordedDraft): [string, string][] =>
    draft.votes.filter((entry) => entry.vote !== "P").map((entry) => [entry.iso3, entry.vote]);
  return {
    outcomeCorrect: best(drafts, (draft) => [["outcome", outcomeKindOf(draft.outcome)]]),
    contestedVotesCorrect: best(
      drafts.filter((draft) => draft.outcome !== "U"),
      memberVotes,
    ),
    votesCorrect: best(drafts, memberVotes),
  };
}

function scoreYear(year: number, parameters: ModelParameters, testExamples: Example[], trainExamples: Example[]): BacktestYear {
  // Baseline: each member repeats its most frequent vote on the topic in the training years.
  const topicHistory = new Map<string, Record<string, number>>();
  for (const example of trainExamples) {
    if (example.vote === "P") continue;
    const key = `${example.member}|${normalizeKey(example.draft.topic)}`;
    const counts = (topicHistory.get(key) ?? topicHistory.set(key, { Y: 0, N: 0, A: 0 }).get(key))!;
    counts[example.vote]++;
  }
  const topicMode = (example: Example): string => {
    const counts = topicHistory.get(`${example.member}|${normalizeKey(example.draft.topic)}`);
    if (!counts) return "Y";
    return (["Y", "A", "N"] as const).reduce((best, vote) => (counts[vote] > counts[best] ? vote : best), "Y" as "Y" | "N" | "A");
  };

  const naiveBayes = new NaiveBayesBaseline(trainExamples);
  const byDraft = groupByDraft(testExamples);
  const result: BacktestYear = {
    year,
    drafts: byDraft.size,
    draftsWithSponsors: 0,
    contestedDrafts: 0,
    contestedVotes: 0,
    contestedVotesWithSponsors: 0,
    divisionKnownCorrect: 0,
    divisionKnownWithSponsorsCorrect: 0,
    votes: 0,
    vetoedDrafts: 0,
    vetoerNamed: 0,
    memberLogLoss: 0,
    outcomeBrier: 0,
    memberBrier: 0,
    naiveBayesBrier: 0,
    calibration: emptyCalibration(),
    dissentThreshold: parameters.dissentThreshold,
    model: noScores(),
    allYes: noScores(),
    topicMode: noScores(),
    naiveBayes: noScores(),
    ceiling: informationCeiling([...byDraft.keys()]),
  };
  let votesScored = 0;
  for (const [draft, examples] of byDraft) {
    const actual = outcomeKindOf(draft.outcome);
    const contested = draft.outcome !== "U";
    const prediction = predictDraftExamples(parameters, draft, examples);
    const divided = prediction.divided;
    const predicted = examples.map((example, index) => ({
      example,
      whenDivided: prediction.whenDivided[index],
      distribution: prediction.marginals[index],
      decided: decideVote(divided, prediction.marginals[index], prediction.whenDivided[index], parameters.dissentThreshold),
    }));
    const outcome = mixtureOutcome(
      divided,
      predicted.map(({ example, whenDivided }) => ({ iso3: example.member, permanent: isPermanentMember(example.member), probabilities: whenDivided })),
      draft.isProcedural,
    );
    const probabilities: Record<OutcomeKind, number> = { adopted: outcome.adopted, vetoed: outcome.vetoed, failed: outcome.failed };
    const best = (Object.keys(probabilities) as OutcomeKind[]).reduce((top, kind) => (probabilities[kind] > probabilities[top] ? kind : top), "adopted");
    if (best === actual) result.model.outcomeCorrect++;
    if (actual === "adopted") result.allYes.outcomeCorrect++;
    const modeVotes = examples.map((example) => ({ iso3: example.member, vote: topicMode(example) }));
    if (outcomeOfVotes(modeVotes, requiredVotes(year), draft.isProcedural) === actual) result.topicMode.outcomeCorrect++;
    const bayesOdds = examples.map((example) => naiveBayes.predict(example.member, draft));
    const bayesVotes = examples.map((example, index) => ({ iso3: example.member, vote: argmaxVote(bayesOdds[index]) }));
    if (outcomeOfVotes(bayesVotes, requiredVotes(year), draft.isProcedural) === actual) result.naiveBayes.outcomeCorrect++;
    result.outcomeBrier += (["adopted", "vetoed", "failed"] as const).reduce((sum, kind) => sum + (probabilities[kind] - (kind === actual ? 1 : 0)) ** 2, 0);

    if (actual === "vetoed") {
      result.vetoedDrafts++;
      const vetoers = new Set(draft.votes.filter((entry) => entry.vote === "N" && isPermanentMember(entry.iso3)).map((entry) => entry.iso3));
      const named = Object.entries(outcome.vetoBy).reduce((top, entry) => (entry[1] > top[1] ? entry : top), ["", -1] as [string, number]);
      if (vetoers.has(named[0])) result.vetoerNamed++;
    }
    const withSponsors = draft.sponsors.length > 0;
    if (withSponsors) result.draftsWithSponsors++;
    if (contested) result.contestedDrafts++;
    predicted.forEach(({ example, whenDivided, distribution, decided }, index) => {
      if (example.vote === "P") return;
      votesScored++;
      result.memberLogLoss -= Math.log(Math.max(distribution[example.vote], 1e-12));
      for (const vote of VOTE_CLASSES) {
        const happened = vote === example.vote;
        result.memberBrier += (distribution[vote] - (happened ? 1 : 0)) ** 2;
        result.naiveBayesBrier += (bayesOdds[index][vote] - (happened ? 1 : 0)) ** 2;
        addToCalibration(result.calibration, distribution[vote], happened);
      }
      result.votes++;
      const bayesRight = bayesVotes[index].vote === example.vote;
      if (decided === example.vote) result.model.votesCorrect++;
      if (example.vote === "Y") result.allYes.votesCorrect++;
      if (modeVotes[index].vote === example.vote) result.topicMode.votesCorrect++;
      if (bayesRight) result.naiveBayes.votesCorrect++;
      if (!contested) return;
      result.contestedVotes++;
      if (decided === example.vote) result.model.contestedVotesCorrect++;
      const divisionKnownRight = argmaxVote(whenDivided) === example.vote;
      if (divisionKnownRight) result.divisionKnownCorrect++;
      if (withSponsors) {
        result.contestedVotesWithSponsors++;
        if (divisionKnownRight) result.divisionKnownWithSponsorsCorrect++;
      }
      if (example.vote === "Y") result.allYes.contestedVotesCorrect++;
      if (modeVotes[index].vote === example.vote) result.topicMode.contestedVotesCorrect++;
      if (bayesRight) result.naiveBayes.contestedVotesCorrect++;
    });
  }
  result.memberLogLoss /= Math.max(votesScored, 1);
  result.memberBrier /= Math.max(votesScored, 1);
  result.naiveBayesBrier /= Math.max(votesScored, 1);
  result.outcomeBrier /= Math.max(result.drafts, 1);
  return result;
}

/**
 * Outcome odds of the two-part model, exact: the undivided Council adopts (every member votes Y);
 * the divided one is given by the exact distribution of independent votes (Charter Art. 27).
 */
export function mixtureOutcome(
  divided: number,
  members: { iso3: string; permanent: boolean; probabilities: VoteDistribution }[],
  procedural: boolean,
): { adopted: number; vetoed: number; failed: number; vetoBy: Record<string, number> } {
  const split = councilOutcomeProbabilities({ members, required: requiredVotesForSize(members.length), matter: procedural ? "procedural" : "substantive" });
  return {
    adopted: 1 - divided + divided * split.adopted,
    vetoed: divided * split.vetoed,
    failed: divided * split.failed,
    vetoBy: Object.fromEntries(Object.entries(split.vetoBy).map(([iso3, value]) => [iso3, divided * value])),
  };
}

/**
 * Back-tests `years`. `onYear`, if given, is called with each tested year's fitted model and its
 * examples (for measures beside the back-test's, such as `measureLimits`).
 */
export function runBacktest(
  record: VoteRecord,
  years: number[],
  options: FitOptions = DEFAULT_FIT_OPTIONS,
  onYear?: (year: number, parameters: ModelParameters, test: Example[]) => void,
): BacktestYear[] {
  const lastYear = Math.max(...years);
  const { examples } = collectExamples(record, options.decay, lastYear, options.evidence);
  return years.map((year) => {
    const train = examples.filter((example) => example.draft.year < year);
    // Hyper-parameters are chosen on year − 1 (trained on the years before it), never on `year`.
    const parameters = fitModelForYear(train, year, options);
    const test = examples.filter((example) => example.draft.year === year);
    onYear?.(year, parameters, test);
    return scoreYear(year, parameters, test, train);
  });
}

export function ratio(correct: number, count: number): string {
  return count === 0 ? "–" : (correct / count).toFixed(3);
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function noScores(): MethodScores {
  return { outcomeCorrect: 0, contestedVotesCorrect: 0, votesCorrect: 0 };
}

function addScores(left: MethodScores, right: MethodScores): MethodScores {
  return {
    outcomeCorrect: left.outcomeCorrect + right.outcomeCorrect,
    contestedVotesCorrect: left.contestedVotesCorrect + right.contestedVotesCorrect,
    votesCorrect: left.votesCorrect + right.votesCorrect,
  };
}

/** All tested years together: counts added up, log loss and Brier score averaged over votes and drafts. */
export function totalBacktest(results: BacktestYear[]): BacktestYear {
  const overall: BacktestYear = results.reduce(
    (sum, row) => ({
      year: 0,
      drafts: sum.drafts + row.drafts,
      draftsWithSponsors: sum.draftsWithSponsors + row.draftsWithSponsors,
      contestedDrafts: sum.contestedDrafts + row.contestedDrafts,
      contestedVotes: sum.contestedVotes + row.contestedVotes,
      contestedVotesWithSponsors: sum.contestedVotesWithSponsors + row.contestedVotesWithSponsors,
      divisionKnownCorrect: sum.divisionKnownCorrect + row.divisionKnownCorrect,
      divisionKnownWithSponsorsCorrect: sum.divisionKnownWithSponsorsCorrect + row.divisionKnownWithSponsorsCorrect,
      votes: sum.votes + row.votes,
      vetoedDrafts: sum.vetoedDrafts + row.vetoedDrafts,
      vetoerNamed: sum.vetoerNamed + row.vetoerNamed,
      memberLogLoss: sum.memberLogLoss + row.memberLogLoss * row.votes,
      outcomeBrier: sum.outcomeBrier + row.outcomeBrier * row.drafts,
      memberBrier: sum.memberBrier + row.memberBrier * row.votes,
      naiveBayesBrier: sum.naiveBayesBrier + row.naiveBayesBrier * row.votes,
      calibration: addCalibrations(sum.calibration, row.calibration),
      dissentThreshold: 0,
      model: addScores(sum.model, row.model),
      allYes: addScores(sum.allYes, row.allYes),
      topicMode: addScores(sum.topicMode, row.topicMode),
      naiveBayes: addScores(sum.naiveBayes, row.naiveBayes),
      ceiling: addScores(sum.ceiling, row.ceiling),
    }),
    {
      year: 0, drafts: 0, draftsWithSponsors: 0, contestedDrafts: 0, contestedVotes: 0, contestedVotesWithSponsors: 0, divisionKnownCorrect: 0, divisionKnownWithSponsorsCorrect: 0, votes: 0, vetoedDrafts: 0, vetoerNamed: 0, memberLogLoss: 0, outcomeBrier: 0,
      memberBrier: 0, naiveBayesBrier: 0, calibration: emptyCalibration(), dissentThreshold: 0,
      model: noScores(), allYes: noScores(), topicMode: noScores(), naiveBayes: noScores(), ceiling: noScores(),
    },
  );
  overall.memberLogLoss /= Math.max(overall.votes, 1);
  overall.memberBrier /= Math.max(overall.votes, 1);
  overall.naiveBayesBrier /= Math.max(overall.votes, 1);
  overall.outcomeBrier /= Math.max(overall.drafts, 1);
  return overall;
}

/** The track record the simulator shows, from the tested years. */
export function summarizeBacktest(results: BacktestYear[], evidence: EvidenceMode): TrackRecord {
  if (results.length === 0) throw new Error("summarizeBacktest needs at least one tested year");
  const total = totalBacktest(results);
  const share = (correct: number, count: number): Share => ({ correct, total: count });
  return {
    firstYear: Math.min(...results.map((row) => row.year)),
    lastYear: Math.max(...results.map((row) => row.year)),
    evidence,
    outcome: {
      model: share(total.model.outcomeCorrect, total.drafts),
      allYes: share(total.allYes.outcomeCorrect, total.drafts),
      topicMode: share(total.topicMode.outcomeCorrect, total.drafts),
      naiveBayes: share(total.naiveBayes.outcomeCorrect, total.drafts),
    },
    contestedDrafts: total.contestedDrafts,
    contestedVotes: {
      model: share(total.model.contestedVotesCorrect, total.contestedVotes),
      allYes: share(total.allYes.contestedVotesCorrect, total.contestedVotes),
      topicMode: share(total.topicMode.contestedVotesCorrect, total.contestedVotes),
      naiveBayes: share(total.naiveBayes.contestedVotesCorrect, total.contestedVotes),
    },
    vetoes: share(total.vetoerNamed, total.vetoedDrafts),
    calibration: {
      memberBrier: round4(total.memberBrier),
      naiveBayesBrier: round4(total.naiveBayesBrier),
      outcomeBrier: round4(total.outcomeBrier),
      expectedCalibrationError: round4(expectedCalibrationError(total.calibration)),
      bins: total.calibration.map((bin) => ({
        from: bin.from,
        to: bin.to,
        count: bin.count,
        predicted: bin.count === 0 ? null : round4(bin.predictedSum / bin.count),
        observed: bin.count === 0 ? null : round4(bin.observedSum / bin.count),
      })),
    },
  };
}

/** A markdown table: one row per year and one for all tested years together. */
export function formatBacktestTable(results: BacktestYear[]): string {
  const overall = totalBacktest(results);
  const header = [
    "| year | drafts | contested | outcome: model | all-yes | topic-mode | naive Bayes | ceiling | contested votes: model | all-yes | topic-mode | naive Bayes | ceiling | all votes: model | all-yes | topic-mode | naive Bayes | ceiling | vote log loss | vote Brier: model | naive Bayes | vote ECE | outcome Brier | vetoer named | dissent threshold |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const line = (row: BacktestYear, label: string) =>
    `| ${label} | ${row.drafts} | ${row.contestedDrafts} | ${ratio(row.model.outcomeCorrect, row.drafts)} | ${ratio(row.allYes.outcomeCorrect, row.drafts)} | ${ratio(row.topicMode.outcomeCorrect, row.drafts)} | ${ratio(row.naiveBayes.outcomeCorrect, row.drafts)} | ${ratio(row.ceiling.outcomeCorrect, row.drafts)} | ${ratio(row.model.contestedVotesCorrect, row.contestedVotes)} | ${ratio(row.allYes.contestedVotesCorrect, row.contestedVotes)} | ${ratio(row.topicMode.contestedVotesCorrect, row.contestedVotes)} | ${ratio(row.naiveBayes.contestedVotesCorrect, row.contestedVotes)} | ${ratio(row.ceiling.contestedVotesCorrect, row.contestedVotes)} | ${ratio(row.model.votesCorrect, row.votes)} | ${ratio(row.allYes.votesCorrect, row.votes)} | ${ratio(row.topicMode.votesCorrect, row.votes)} | ${ratio(row.naiveBayes.votesCorrect, row.votes)} | ${ratio(row.ceiling.votesCorrect, row.votes)} | ${row.memberLogLoss.toFixed(3)} | ${row.memberBrier.toFixed(3)} | ${row.naiveBayesBrier.toFixed(3)} | ${expectedCalibrationError(row.calibration).toFixed(3)} | ${row.outcomeBrier.toFixed(3)} | ${row.vetoerNamed}/${row.vetoedDrafts} | ${label.startsWith("**") ? "" : row.dissentThreshold > 1 ? "never" : row.dissentThreshold} |`;
  return [...header, ...results.map((row) => line(row, String(row.year))), ...(results.length > 1 ? [line(overall, "**all**")] : [])].join("\n") + "\n";
}

/** The reliability diagram's points as a table: predicted probability bins against observed frequency. */
export function formatCalibrationTable(results: BacktestYear[]): string {
  const bins = totalBacktest(results).calibration;
  const rows = bins.map((bin) => `| ${bin.from.toFixed(1)}–${bin.to.toFixed(1)} | ${bin.count} | ${bin.count ? (bin.predictedSum / bin.count).toFixed(3) : "–"} | ${bin.count ? (bin.observedSum / bin.count).toFixed(3) : "–"} |`);
  return ["| predicted | member-vote probabilities | mean predicted | observed |", "|---|---:|---:|---:|", ...rows].join("\n") + `\n\nexpected calibration error ${expectedCalibrationError(bins).toFixed(4)}\n`;
}

export { DEFAULT_FIT_OPTIONS };
