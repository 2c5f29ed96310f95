/**
 * A voting board whose counts are the prediction's expected counts. Each Member's likeliest vote
 * alone makes an unrealistic board: most Members are likelier to vote yes than anything else, so
 * it reads nearly unanimous where the Assembly's record expects dozens of abstentions and
 * absences. This board keeps every Member on its likeliest vote except as many as the expected
 * counts require, and moves the Members whose move is the least unlikely.
 */
import type { AssemblyVote, AssemblyVoteOdds } from "./predict-assembly";

/** The predictor's order of the votes (ASSEMBLY_VOTES), which breaks ties. */
const VOTES: readonly AssemblyVote[] = ["Y", "N", "A", "X"];

export class ExpectedBoardError extends Error {}

/** How much moving a Member costs: first one Member off its likeliest vote, then how unlikely the vote it takes is. */
type Cost = { moves: number; surprise: number };
const ZERO: Cost = { moves: 0, surprise: 0 };
const add = (left: Cost, right: Cost): Cost => ({ moves: left.moves + right.moves, surprise: left.surprise + right.surprise });
/** Lexicographic; a difference below rounding noise counts as a tie, so ties fall to ISO3 order. */
function isCheaper(left: Cost, right: Cost): boolean {
  if (left.moves !== right.moves) return left.moves < right.moves;
  return left.surprise < right.surprise - 1e-9;
}

/**
 * The expected counts rounded to whole numbers that sum to the number of Members, by largest
 * remainder (Hamilton's method); equal remainders go in the order yes, no, abstain, absent.
 */
export function roundExpectedCounts(expected: AssemblyVoteOdds, members: number): AssemblyVoteOdds {
  return listRoundings(expected, members)[0];
}

/**
 * Every rounding of the expected counts (each count rounded down or up, summing to `members`),
 * the largest-remainder one first, then by the remainders rounded up, largest first.
 */
function listRoundings(expected: AssemblyVoteOdds, members: number): AssemblyVoteOdds[] {
  // Sums of floating-point odds fall a hair short of a whole number: 21.9999999999 is 22.
  const floors = VOTES.map((vote) => Math.floor(expected[vote] + 1e-9));
  const remainders = VOTES.map((vote, index) => Math.max(0, expected[vote] - floors[index]));
  const missing = members - floors.reduce((sum, value) => sum + value, 0);
  const byRemainder = VOTES.map((_, index) => index).sort((left, right) => remainders[right] - remainders[left] || left - right);
  const candidates: { counts: AssemblyVoteOdds; rank: number[] }[] = [];
  for (let mask = 0; mask < 1 << VOTES.length; mask++) {
    const raised = VOTES.map((_, index) => index).filter((index) => (mask & (1 << index)) !== 0);
    if (raised.length !== missing || raised.some((index) => remainders[index] <= 1e-9)) continue;
    const counts = { Y: 0, N: 0, A: 0, X: 0 };
    VOTES.forEach((vote, index) => (counts[vote] = floors[index] + (raised.includes(index) ? 1 : 0)));
    candidates.push({ counts, rank: byRemainder.map((index) => (raised.includes(index) ? 0 : 1)) });
  }
  candidates.sort((left, right) => compareRanks(left.rank, right.rank));
  return candidates.map((candidate) => candidate.counts);
}

function compareRanks(left: readonly number[], right: readonly number[]): number {
  for (let index = 0; index < left.length; index++) if (left[index] !== right[index]) return left[index] - right[index];
  return 0;
}

/**
 * One vote per Member (ISO3 keys, odds of yes, no, abstain and absent) such that the board's
 * counts are the expected counts rounded by largest remainder. As few Members as possible leave
 * their likeliest vote; among the boards that move that few, the likeliest one (the least sum of
 * −log p of the votes chosen) — an exact minimum-cost assignment, solved by successive shortest
 * paths between the four votes. A vote of probability 0 is never chosen, so a sponsor (yes 1)
 * stays yes. Deterministic: ties go to the earlier ISO3 code. Should the largest-remainder
 * rounding be out of reach (possible only when remainders tie exactly and the odds rule some
 * votes out), the next rounding that is reachable is used.
 */
export function chooseBoardVotes(odds: Readonly<Record<string, AssemblyVoteOdds>>): Record<string, AssemblyVote> {
  const members = Object.keys(odds).sort();
  if (members.length === 0) return {};
  const probabilities = members.map((iso3) => normalise(iso3, odds[iso3]));
  const expected: AssemblyVoteOdds = { Y: 0, N: 0, A: 0, X: 0 };
  for (const row of probabilities) for (const vote of VOTES) expected[vote] += row[vote];
  for (const target of listRoundings(expected, members.length)) {
    const board = assignToCounts(probabilities, target);
    if (board) return Object.fromEntries(members.map((iso3, index) => [iso3, board[index]]));
  }
  // Unreachable: the odds themselves are a fractional board with the expected counts, so some rounding is an integral one.
  throw new ExpectedBoardError("no board matches the expected counts");
}

function normalise(iso3: string, row: AssemblyVoteOdds): AssemblyVoteOdds {
  const values = VOTES.map((vote) => row[vote]);
  if (values.some((value) => !Number.isFinite(value) || value < 0)) throw new ExpectedBoardError(`${iso3}: odds must be finite and not negative`);
  const sum = values.reduce((total, value) => total + value, 0);
  if (sum <= 0) throw new ExpectedBoardError(`${iso3}: odds must not all be 0`);
  return { Y: row.Y / sum, N: row.N / sum, A: row.A / sum, X: row.X / sum };
}

/** The likeliest vote, ties in the order yes, no, abstain, absent (as likeliestAssemblyVote). */
function likeliest(row: AssemblyVoteOdds): AssemblyVote {
  return VOTES.reduce((best, vote) => (row[vote] > row[best] ? vote : best), VOTES[0]);
}

/** Each Member's vote with the counts `target`, at least cost; null when the odds cannot reach them. */
function assignToCounts(probabilities: readonly AssemblyVoteOdds[], target: AssemblyVoteOdds): AssemblyVote[] | null {
  const home = probabilities.map(likeliest);
  const board = [...home];
  const cost = (member: number, vote: AssemblyVote): Cost | null => {
    const probability = probabilities[member][vote];
    if (probability <= 0) return null;
    return { moves: vote === home[member] ? 0 : 1, surprise: -Math.log(probability) };
  };
  const counts: AssemblyVoteOdds = { Y: 0, N: 0, A: 0, X: 0 };
  for (const vote of board) counts[vote]++;
  // The likeliest votes are the cheapest board of their own counts; each step moves one Member's
  // worth of votes along the cheapest path from a vote with too many to one with too few, which
  // keeps the board the cheapest of its counts (successive shortest paths).
  for (;;) {
    const surplus = VOTES.filter((vote) => counts[vote] > target[vote]);
    if (surplus.length === 0) return board;
    const deficit = VOTES.filter((vote) => counts[vote] < target[vote]);
    // The cheapest single move between each pair of votes, and who makes it.
    const step = new Map<string, { member: number; cost: Cost }>();
    for (let member = 0; member < board.length; member++) {
      const from = board[member];
      const stay = cost(member, from)!;
      for (const to of VOTES) {
        if (to === from) continue;
        const go = cost(member, to);
        if (!go) continue;
        const delta = { moves: go.moves - stay.moves, surprise: go.surprise - stay.surprise };
        const best = step.get(from + to);
        if (!best || isCheaper(delta, best.cost)) step.set(from + to, { member, cost: delta });
      }
    }
    let cheapest: { path: AssemblyVote[]; cost: Cost } | null = null;
    for (const from of surplus) {
      for (const path of simplePaths(from, deficit)) {
        let total = ZERO;
        let isOpen = true;
        for (let index = 1; index < path.length && isOpen; index++) {
          const edge = step.get(path[index - 1] + path[index]);
          if (edge) total = add(total, edge.cost);
          else isOpen = false;
        }
        if (isOpen && (!cheapest || isCheaper(total, cheapest.cost))) cheapest = { path, cost: total };
      }
    }
    if (!cheapest) return null;
    for (let index = 1; index < cheapest.path.length; index++) board[step.get(cheapest.path[index - 1] + cheapest.path[index])!.member] = cheapest.path[index];
    counts[cheapest.path[0]]--;
    counts[cheapest.path[cheapest.path.length - 1]]++;
  }
}

/** The paths from `from` to any of `ends` that visit each vote at most once, in the votes' order. */
function simplePaths(from: AssemblyVote, ends: readonly AssemblyVote[]): AssemblyVote[][] {
  const paths: AssemblyVote[][] = [];
  const walk = (path: AssemblyVote[]) => {
    // A path may pass a vote with too few on its way to another: a cheaper step may follow.
    if (path.length > 1 && ends.includes(path[path.length - 1])) paths.push(path);
    for (const next of VOTES) if (!path.includes(next)) walk([...path, next]);
  };
  walk([from]);
  return paths;
}
