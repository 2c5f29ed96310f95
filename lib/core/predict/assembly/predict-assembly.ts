/**
 * Prediction of each Member's vote on a General Assembly draft (yes, no, abstain or absent) from
 * the Assembly's recorded votes: its habits on the draft's issue in the sessions before the date
 * (recent ones weigh more) read beside those of the Members nearest to it by ideal point the year
 * before, on the votes where the sponsors voted yes, and overall; then the exact
 * odds of adoption under the majority required (Charter Art. 18; GA rules of procedure 83–86).
 * Like the Council's, a dated draft reads only votes recorded before its date.
 */
import { z } from "zod";
import { isoDateSchema } from "../../draft/schema";
import { listClassSeats } from "../../classroom/seats";
import { findState, listStates } from "../../un/states";
import { formatUnDate } from "../../un/un-date";
import { assemblyOutcomeProbabilities } from "../../vote/probability";
import { chooseBoardVotes } from "./expected-board";
import { ASSEMBLY_ISSUES, getAssemblyIdealPoint, getAssemblyRecord, issueMaskOf, readAssemblyIssues, type AssemblyRecord, type AssemblyRollCall } from "./assembly-record";

export const ASSEMBLY_VOTES = ["Y", "N", "A", "X"] as const;
/** Yes, no, abstain, absent (not voting). */
export type AssemblyVote = (typeof ASSEMBLY_VOTES)[number];
export type AssemblyVoteOdds = Record<AssemblyVote, number>;

export const assemblyDescriptorSchema = z.object({
  id: z.string().min(1, "must not be empty"),
  body: z.literal("general-assembly"),
  date: isoDateSchema,
  /** An issue ("human rights", "nuclear", "Palestinian conflict") or the draft's title. */
  issue: z.string().max(500).optional(),
  title: z.string().max(500).optional(),
  /** ISO3 codes or names. */
  sponsors: z.array(z.string()).max(193).optional(),
  majority: z.enum(["simple", "two-thirds"]).default("simple"),
  evidence: z.enum(["before-date", "everything"]).optional(),
});
export type AssemblyDescriptor = z.input<typeof assemblyDescriptorSchema>;

export class AssemblyPredictionError extends Error {
  constructor(message: string) {
    super(message);
  }
}

export type AssemblyPrediction = {
  id: string;
  year: number;
  majority: "simple" | "two-thirds";
  issues: string[];
  members: Record<string, AssemblyVoteOdds>;
  mostLikely: Record<string, AssemblyVote>;
  reasons: Record<string, string[]>;
  outcome: { adopted: number; failed: number };
  /** Expected counts of each vote. */
  expected: AssemblyVoteOdds;
  evidenceBefore: string | null;
  lastVoteRead: string | null;
};

/** A prediction shown on a voting board (`predictAssemblyBoard`). */
export type AssemblyPredictionWithBoard = AssemblyPrediction & {
  /**
   * One vote per Member whose counts are the expected counts rounded to whole numbers: each Member
   * on its likeliest vote but for the fewest that must move (`chooseBoardVotes`).
   */
  board: Record<string, AssemblyVote>;
};

/**
 * Fixed a priori (read on 2010–2014, never on the back-test's years): a vote loses 20 % of its
 * weight a year and counts for nothing after six years; rates shrink toward the wider evidence
 * with the strength of three votes. A Member's issue rate shrinks toward the issue votes of its ten
 * nearest Members by ideal point (the year before) with the strength of ten votes: chosen on the
 * roll calls of 2011–2014 (member votes 0.760 without neighbours; 0.761–0.762 for 5 to 40
 * neighbours and a strength of 10 to 30, 0.758 at 100), the middle of that plateau rather than its
 * highest point, whose lead is within noise.
 */
export const ASSEMBLY_OPTIONS = { decay: 0.8, windowYears: 6, strength: 3, sponsorEvidenceMinimum: 5, conflictVoteWeight: 4, conflictDecay: 0.5, neighbourCount: 10, neighbourStrength: 10 } as const;
/**
 * Votes on Ukraine (the roll calls on Crimea since 2014 and the key votes, A/RES/68/262 and
 * A/RES/ES-11/1): on a draft about Ukraine they are the issue's evidence, read whatever their
 * age, the newest weighing `conflictVoteWeight` votes and older ones half as much for each year
 * before it (`conflictDecay`), fixed a priori: a vote on the same conflict says more than one on the wider
 * issue, and positions move with the conflict (China voted no on Crimea's human rights in
 * 2016–2019 but abstained on the key votes of 2014 and 2022).
 */
const UKRAINE_MASK = 1 << ASSEMBLY_ISSUES.findIndex((issue) => issue.key === "ukraine");
const GLOBAL_PRIOR: AssemblyVoteOdds = { Y: 0.78, N: 0.05, A: 0.1, X: 0.07 };

export type AssemblyModel = {
  record: AssemblyRecord;
  admittedIn: ReadonlyMap<string, number>;
  /** The latest year with ideal points (read when the evidence is everything). */
  lastIdealPointYear: number;
};

export function loadAssemblyModel(record: AssemblyRecord = getAssemblyRecord()): AssemblyModel {
  const admittedIn = new Map<string, number>();
  for (const state of listStates()) if (state.status === "member" && state.admissionDate) admittedIn.set(state.iso3, Number(state.admissionDate.slice(0, 4)));
  const lastIdealPointYear = record.firstYear + Math.max(0, ...Object.values(record.idealPoints).map((series) => series.length)) - 1;
  return { record, admittedIn, lastIdealPointYear };
}

let shippedModel: AssemblyModel | undefined;
export function getAssemblyModel(): AssemblyModel {
  shippedModel ??= loadAssemblyModel();
  return shippedModel;
}

type Tally = { Y: number; N: number; A: number; X: number; count: number; firstYear: number };
const emptyTally = (): Tally => ({ Y: 0, N: 0, A: 0, X: 0, count: 0, firstYear: Infinity });

/** A member's latest vote on a roll call or key vote on the draft's conflict, for its reasons. */
export type ConflictVote = { symbol: string; title: string; date: string; vote: AssemblyVote };
/** Per member: weighted counts (decayed) and raw ones (for reasons), on the issue, with the sponsors, overall. */
type MemberEvidence = { issue: Tally; issueRaw: Tally; sponsors: Tally; sponsorsRaw: Tally; overall: Tally; conflict?: ConflictVote; neighbours?: NeighbourEvidence };
/** The Members nearest by ideal point the year before, and their mean votes on the issue (weighted as the Member's own). */
export type NeighbourEvidence = { iso3: readonly string[]; year: number; issue: Tally; issueRaw: Tally };

/** How many roll calls are dated strictly before `date`. */
function countBefore(rollCalls: readonly AssemblyRollCall[], date: string): number {
  let low = 0;
  let high = rollCalls.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rollCalls[middle].date < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Reads the roll calls before `cutoff` within the window, once for every member in `members`.
 * A Member with no vote recorded on a roll call of a year it was a Member is counted absent.
 * On a draft about Ukraine (its issues hold "ukraine") the issue's evidence is the votes on
 * Ukraine alone, every one before the date (roll calls and, when `keyVotesBefore` is given, the
 * key votes dated strictly before it).
 */
export function collectAssemblyEvidence(
  model: AssemblyModel,
  members: readonly string[],
  cutoff: number,
  referenceYear: number,
  issueMask: number,
  sponsors: readonly string[],
  keyVotesBefore?: { date: string; year: number },
): MemberEvidence[] {
  const { record } = model;
  const evidence: MemberEvidence[] = members.map(() => ({ issue: emptyTally(), issueRaw: emptyTally(), sponsors: emptyTally(), sponsorsRaw: emptyTally(), overall: emptyTally() }));
  const columns = members.map((iso3) => record.column.get(iso3) ?? -1);
  const admitted = members.map((iso3) => model.admittedIn.get(iso3) ?? 9999);
  const sponsorColumns = sponsors.map((iso3) => record.column.get(iso3) ?? -1).filter((column) => column >= 0);
  const conflict = (issueMask & UKRAINE_MASK) !== 0;
  const add = (tally: Tally, vote: AssemblyVote, weight: number, year: number) => {
    tally[vote] += weight;
    tally.count += 1;
    if (year < tally.firstYear) tally.firstYear = year;
  };
  const voteOf = (rollCall: AssemblyRollCall, member: number): AssemblyVote | undefined => {
    const column = columns[member];
    if (column < 0 || admitted[member] > rollCall.year) return undefined;
    const code = rollCall.votes[column];
    return code === "." ? "X" : (code as AssemblyVote);
  };
  // The draft's conflict: every vote on it before the date, whatever its age, the newest first.
  if (conflict) {
    const votes: AssemblyRollCall[] = [];
    if (keyVotesBefore) for (const keyVote of record.keyVotes) if (keyVote.date < keyVotesBefore.date && (keyVote.issueMask & UKRAINE_MASK) !== 0) votes.push(keyVote);
    for (let index = 0; index < cutoff; index++) if ((record.rollCalls[index].issueMask & UKRAINE_MASK) !== 0) votes.push(record.rollCalls[index]);
    votes.sort((left, right) => right.date.localeCompare(left.date));
    const newest = votes[0]?.year ?? referenceYear;
    for (const rollCall of votes) {
      const weight = ASSEMBLY_OPTIONS.conflictVoteWeight * ASSEMBLY_OPTIONS.conflictDecay ** (newest - rollCall.year);
      for (let member = 0; member < members.length; member++) {
        const vote = voteOf(rollCall, member);
        if (!vote) continue;
        add(evidence[member].issue, vote, weight, rollCall.year);
        add(evidence[member].issueRaw, vote, 1, rollCall.year);
        evidence[member].conflict ??= { symbol: rollCall.symbol, title: rollCall.title, date: rollCall.date, vote };
      }
    }
  }
  for (let index = cutoff - 1; index >= 0; index--) {
    const rollCall = record.rollCalls[index];
    // The roll calls are in date order: every one before the first out of the window is out of it too.
    if (rollCall.year <= referenceYear - ASSEMBLY_OPTIONS.windowYears) break;
    const weight = ASSEMBLY_OPTIONS.decay ** (referenceYear - rollCall.year);
    const onIssue = !conflict && issueMask !== 0 && (rollCall.issueMask & issueMask) !== 0;
    // The sponsors' camp: the roll calls on which most sponsors who voted voted yes.
    let sponsorsYes = false;
    // (On a conflict, its own votes already say where each Member stands.)
    if (sponsorColumns.length > 0 && !conflict && (onIssue || issueMask === 0)) {
      let yes = 0;
      let cast = 0;
      for (const column of sponsorColumns) {
        const vote = rollCall.votes[column];
        if (vote === ".") continue;
        cast++;
        if (vote === "Y") yes++;
      }
      sponsorsYes = cast > 0 && yes * 2 > cast;
    }
    for (let member = 0; member < members.length; member++) {
      const vote = voteOf(rollCall, member);
      if (!vote) continue;
      const target = evidence[member];
      add(target.overall, vote, weight, rollCall.year);
      if (onIssue) {
        add(target.issue, vote, weight, rollCall.year);
        add(target.issueRaw, vote, 1, rollCall.year);
      }
      if (sponsorsYes) {
        add(target.sponsors, vote, weight, rollCall.year);
        add(target.sponsorsRaw, vote, 1, rollCall.year);
      }
    }
  }
  return evidence;
}

/**
 * Gives each Member with an ideal point of `idealPointYear` (the year before the draft's) the mean
 * issue votes of the `neighbourCount` other Members of `members` nearest to it by ideal point,
 * read from the same evidence (so from the same votes before the date). Its own issue rate then
 * shrinks toward its neighbours' rather than toward its own overall rate (`oddsFromEvidence`):
 * a Member with few votes on the issue (newly admitted, or the issue rarely voted) borrows the
 * votes of the Members that vote most like it. Not on a draft about Ukraine.
 */
export function addNeighbourEvidence(
  model: AssemblyModel,
  members: readonly string[],
  evidence: MemberEvidence[],
  issueMask: number,
  idealPointYear: number,
  neighbourCount: number = ASSEMBLY_OPTIONS.neighbourCount,
): void {
  // On a conflict its own votes, weighed by their age, say where each Member stands (their weights were fixed without neighbours).
  if (neighbourCount <= 0 || (issueMask & UKRAINE_MASK) !== 0) return;
  const points = members.map((iso3) => getAssemblyIdealPoint(model.record, iso3, idealPointYear));
  // Only Members with a recorded ideal point and some votes on the issue lend them.
  const lenders = members
    .map((_, index) => index)
    .filter((index) => points[index] !== undefined && evidence[index].issueRaw.count > 0)
    .sort((left, right) => points[left]! - points[right]! || left - right);
  const lenderPoints = lenders.map((index) => points[index]!);
  members.forEach((_, index) => {
    const point = points[index];
    if (point === undefined) return;
    // Outward from the Member's place among the lenders sorted by ideal point, nearer side first.
    let right = 0;
    while (right < lenderPoints.length && lenderPoints[right] < point) right++;
    let left = right - 1;
    const nearest: number[] = [];
    while (nearest.length < neighbourCount && (left >= 0 || right < lenders.length)) {
      const takeLeft = right >= lenders.length || (left >= 0 && point - lenderPoints[left] <= lenderPoints[right] - point);
      const other = takeLeft ? lenders[left--] : lenders[right++];
      if (other !== index) nearest.push(other);
    }
    if (nearest.length === 0) return;
    const issue = emptyTally();
    const issueRaw = emptyTally();
    for (const other of nearest) {
      for (const [target, source] of [[issue, evidence[other].issue], [issueRaw, evidence[other].issueRaw]] as const) {
        for (const vote of ASSEMBLY_VOTES) target[vote] += source[vote] / nearest.length;
        target.count += source.count / nearest.length;
        target.firstYear = Math.min(target.firstYear, source.firstYear);
      }
    }
    evidence[index].neighbours = { iso3: nearest.map((other) => members[other]), year: idealPointYear, issue, issueRaw };
  });
}

function smooth(tally: Tally, prior: AssemblyVoteOdds, strength: number = ASSEMBLY_OPTIONS.strength): AssemblyVoteOdds {
  const total = tally.Y + tally.N + tally.A + tally.X;
  return {
    Y: (tally.Y + strength * prior.Y) / (total + strength),
    N: (tally.N + strength * prior.N) / (total + strength),
    A: (tally.A + strength * prior.A) / (total + strength),
    X: (tally.X + strength * prior.X) / (total + strength),
  };
}

/**
 * Each member's odds: with the sponsors (when named), on the issue, overall, each backing off to
 * the next; on the issue, toward its ideal-point neighbours' votes on it when known
 * (`addNeighbourEvidence`), themselves backing off to its overall rate.
 */
export function oddsFromEvidence(evidence: MemberEvidence, useNeighbours = true): AssemblyVoteOdds {
  const overall = smooth(evidence.overall, GLOBAL_PRIOR);
  const issuePrior = useNeighbours && evidence.neighbours ? smooth(evidence.neighbours.issue, overall) : overall;
  const issue = smooth(evidence.issue, issuePrior, useNeighbours && evidence.neighbours ? ASSEMBLY_OPTIONS.neighbourStrength : ASSEMBLY_OPTIONS.strength);
  return evidence.sponsorsRaw.count >= ASSEMBLY_OPTIONS.sponsorEvidenceMinimum ? smooth(evidence.sponsors, issue) : issue;
}

/** Whether the ideal-point neighbours moved a Member's odds (`withNeighbours`, from `oddsFromEvidence(evidence)`) by five points or more on some vote. */
function neighboursMoved(evidence: MemberEvidence, withNeighbours: AssemblyVoteOdds): boolean {
  const without = oddsFromEvidence(evidence, false);
  return ASSEMBLY_VOTES.some((vote) => Math.abs(withNeighbours[vote] - without[vote]) >= 0.05);
}

export function likeliestAssemblyVote(odds: AssemblyVoteOdds): AssemblyVote {
  return ASSEMBLY_VOTES.reduce((best, vote) => (odds[vote] > odds[best] ? vote : best), "Y" as AssemblyVote);
}

const percent = (value: number) => `${Math.round(value * 100)} %`;

/** Why a Member is predicted to vote as it is; `odds` are its odds from the evidence (`oddsFromEvidence`). */
function explain(iso3: string, evidence: MemberEvidence, odds: AssemblyVoteOdds, issueWords: string, sponsors: readonly string[], model: AssemblyModel, year: number, sponsorPoint: number | undefined): string[] {
  if (sponsors.includes(iso3)) return ["it sponsors the draft"];
  const reasons: string[] = [];
  const share = (tally: Tally, vote: AssemblyVote) => tally[vote] / Math.max(tally.count, 1);
  if (evidence.sponsorsRaw.count >= ASSEMBLY_OPTIONS.sponsorEvidenceMinimum) {
    reasons.push(
      `voted with the sponsors on ${percent(share(evidence.sponsorsRaw, "Y"))} of the ${evidence.sponsorsRaw.count} recorded votes${issueWords ? ` on ${issueWords}` : ""} they supported since ${evidence.sponsorsRaw.firstYear}`,
    );
  }
  if (evidence.conflict) {
    const { symbol, title, date, vote } = evidence.conflict;
    const words = { Y: "voted yes on", N: "voted no on", A: "abstained on", X: "did not vote on" }[vote];
    reasons.push(`${words} ${symbol.replace(/^R\//, "A/RES/")} of ${formatUnDate(date) ?? date} (${title}), its latest recorded vote on this conflict`);
  }
  if (evidence.issueRaw.count > 0) {
    const tally = evidence.issueRaw;
    const parts = tally.Y > 0 || tally.N + tally.A + tally.X === 0 ? [`yes on ${percent(share(tally, "Y"))}`] : [];
    if (tally.N > 0) parts.push(`no on ${percent(share(tally, "N"))}`);
    if (tally.A > 0) parts.push(`abstained on ${percent(share(tally, "A"))}`);
    if (tally.X > 0) parts.push(`absent from ${percent(share(tally, "X"))}`);
    reasons.push(`voted ${parts.join(", ")} of the ${tally.count} recorded votes on ${issueWords} since ${tally.firstYear}`);
  }
  const neighbours = evidence.neighbours && neighboursMoved(evidence, odds);
  if (evidence.issueRaw.count === 0 && evidence.overall.count === 0 && !neighbours) reasons.push("no recorded Assembly votes in the years before: the usual Assembly vote stands in");
  if (evidence.neighbours && neighbours) {
    const { iso3: near, year: pointYear, issueRaw: tally } = evidence.neighbours;
    const parts = tally.Y >= 0.005 * tally.count ? [`yes on ${percent(share(tally, "Y"))}`] : [];
    if (tally.N >= 0.005 * tally.count) parts.push(`no on ${percent(share(tally, "N"))}`);
    if (tally.A >= 0.005 * tally.count) parts.push(`abstained on ${percent(share(tally, "A"))}`);
    if (tally.X >= 0.005 * tally.count) parts.push(`absent from ${percent(share(tally, "X"))}`);
    const names = near.slice(0, 3).map((other) => findState(other)?.shortName ?? other).join(", ");
    const nearest = `the ${near.length} Members nearest to its ideal point of ${pointYear} (${names}…)`;
    reasons.push(
      evidence.issueRaw.count === 0
        ? `no recorded votes of its own on ${issueWords}: ${nearest} stand in, having voted ${parts.join(", ")} of theirs`
        : `its votes on ${issueWords} are read beside those of ${nearest}, which voted ${parts.join(", ")} of theirs`,
    );
  }
  const point = getAssemblyIdealPoint(model.record, iso3, year - 1);
  if (point !== undefined && sponsorPoint !== undefined) {
    const distance = Math.abs(point - sponsorPoint);
    const closeness = distance < 0.5 ? "close to" : distance > 1.5 ? "far from" : "some way from";
    reasons.push(`its ideal point (General Assembly voting) is ${closeness} the sponsors' (distance ${distance.toFixed(1)})`);
  }
  if (reasons.length === 0) reasons.push("no recorded votes on this issue: its overall Assembly record stands in");
  return reasons;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

export function predictAssemblyDraft(input: unknown, model: AssemblyModel = getAssemblyModel()): AssemblyPrediction {
  return predictAssembly(input, model).prediction;
}

/** The prediction with a board of one vote per Member matching the expected counts, for a screen that shows one. */
export function predictAssemblyBoard(input: unknown, model: AssemblyModel = getAssemblyModel()): AssemblyPredictionWithBoard {
  const { prediction, exactOdds } = predictAssembly(input, model);
  return { ...prediction, board: chooseBoardVotes(exactOdds) };
}

/** The prediction, and each Member's odds unrounded (for the board). */
function predictAssembly(input: unknown, model: AssemblyModel): { prediction: AssemblyPrediction; exactOdds: Record<string, AssemblyVoteOdds> } {
  const parsed = assemblyDescriptorSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AssemblyPredictionError(`${issue.path.join(".") || "descriptor"} ${issue.message}`);
  }
  const descriptor = parsed.data;
  const year = Number(descriptor.date.slice(0, 4));
  const seats = listClassSeats("general-assembly", year);
  if (seats.length === 0) throw new AssemblyPredictionError(`year ${year} is outside the years whose Assembly members are known`);
  const members = seats.map((seat) => seat.iso3);
  const sponsors: string[] = [];
  for (const sponsor of descriptor.sponsors ?? []) {
    const state = findState(sponsor);
    if (!state) throw new AssemblyPredictionError(`unknown sponsor "${sponsor}" (use an ISO3 code or a state name)`);
    if (!sponsors.includes(state.iso3)) sponsors.push(state.iso3);
  }
  const issues = readAssemblyIssues([descriptor.issue, descriptor.title].filter(Boolean).join(" "));
  const issueMask = issueMaskOf(issues);
  const { rollCalls } = model.record;
  const everything = descriptor.evidence === "everything";
  const cutoff = everything ? rollCalls.length : countBefore(rollCalls, descriptor.date);
  const referenceYear = Math.min(year, (rollCalls[rollCalls.length - 1]?.year ?? year) + 1);
  const evidence = collectAssemblyEvidence(model, members, cutoff, referenceYear, issueMask, sponsors, { date: everything ? "9999-12-31" : descriptor.date, year });
  // Ideal points of the year before the draft's only (everything: the latest known).
  addNeighbourEvidence(model, members, evidence, issueMask, everything ? model.lastIdealPointYear : year - 1);
  // A draft on Ukraine reads the votes on Ukraine alone (collectAssemblyEvidence).
  const issueWords = issues.includes("ukraine") ? "Ukraine" : issues.map((key) => ASSEMBLY_ISSUES.find((issue) => issue.key === key)!.source.toLowerCase()).join(" or ");
  const sponsorPoints = sponsors.map((iso3) => getAssemblyIdealPoint(model.record, iso3, year - 1)).filter((value): value is number => value !== undefined);
  const sponsorPoint = sponsorPoints.length ? sponsorPoints.reduce((sum, value) => sum + value, 0) / sponsorPoints.length : undefined;

  const odds: Record<string, AssemblyVoteOdds> = {};
  const exactOdds: Record<string, AssemblyVoteOdds> = {};
  const mostLikely: Record<string, AssemblyVote> = {};
  const reasons: Record<string, string[]> = {};
  const expected: AssemblyVoteOdds = { Y: 0, N: 0, A: 0, X: 0 };
  members.forEach((iso3, index) => {
    const memberOdds = sponsors.includes(iso3) ? { Y: 1, N: 0, A: 0, X: 0 } : oddsFromEvidence(evidence[index]);
    exactOdds[iso3] = memberOdds;
    odds[iso3] = { Y: round(memberOdds.Y), N: round(memberOdds.N), A: round(memberOdds.A), X: round(memberOdds.X) };
    mostLikely[iso3] = likeliestAssemblyVote(memberOdds);
    reasons[iso3] = explain(iso3, evidence[index], memberOdds, issueWords, sponsors, model, year, sponsorPoint);
    for (const vote of ASSEMBLY_VOTES) expected[vote] += memberOdds[vote];
  });
  const outcome = assemblyOutcomeProbabilities({
    majority: descriptor.majority,
    members: members.map((iso3) => {
      const { Y, N, A, X } = odds[iso3];
      const sum = Y + N + A + X;
      return { iso3, probabilities: { Y: Y / sum, N: N / sum, A: A / sum, NP: X / sum } };
    }),
  });
  const prediction: AssemblyPrediction = {
    id: descriptor.id,
    year,
    majority: descriptor.majority,
    issues,
    members: odds,
    mostLikely,
    reasons,
    outcome: { adopted: round(outcome.adopted), failed: round(outcome.failed) },
    expected: { Y: round(expected.Y), N: round(expected.N), A: round(expected.A), X: round(expected.X) },
    evidenceBefore: everything ? null : descriptor.date,
    lastVoteRead: cutoff > 0 ? rollCalls[cutoff - 1].date : null,
  };
  return { prediction, exactOdds };
}
