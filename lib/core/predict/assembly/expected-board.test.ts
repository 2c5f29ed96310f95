import { describe, expect, it } from "vitest";
import { chooseBoardVotes, ExpectedBoardError, roundExpectedCounts } from "./expected-board";
import { ASSEMBLY_VOTES, likeliestAssemblyVote, predictAssemblyBoard, type AssemblyVote, type AssemblyVoteOdds } from "./predict-assembly";

function countBoard(board: Readonly<Record<string, AssemblyVote>>): AssemblyVoteOdds {
  const counts = { Y: 0, N: 0, A: 0, X: 0 };
  for (const vote of Object.values(board)) counts[vote]++;
  return counts;
}

function expectedOf(odds: Readonly<Record<string, AssemblyVoteOdds>>): AssemblyVoteOdds {
  const expected = { Y: 0, N: 0, A: 0, X: 0 };
  for (const row of Object.values(odds)) for (const vote of ASSEMBLY_VOTES) expected[vote] += row[vote];
  return expected;
}

const odds = (Y: number, N: number, A: number, X: number): AssemblyVoteOdds => ({ Y, N, A, X });

describe("rounding the expected counts", () => {
  it("rounds by largest remainder to whole numbers that sum to the Members, equal remainders in the order yes, no, abstain, absent", () => {
    // A draft on Ukraine read at the end of 2022: 126.28 yes, 11.375 no, 37.375 abstaining, 17.97 absent.
    expect(roundExpectedCounts(odds(126.2779, 11.375, 37.375, 17.9721), 193)).toEqual(odds(126, 12, 37, 18));
    expect(roundExpectedCounts(odds(142.4, 14.3, 20.6, 15.7), 193)).toEqual(odds(142, 14, 21, 16));
    // 21.9999999999 from summed odds is 22, not 21 plus one left over.
    expect(roundExpectedCounts(odds(150.0000000001, 21.9999999999, 21, 0), 193)).toEqual(odds(150, 22, 21, 0));
  });
});

describe("the board that matches the expected counts", () => {
  const ukraine = predictAssemblyBoard({ id: "u", body: "general-assembly", date: "2022-03-02", title: "Aggression against Ukraine", sponsors: ["UKR"], majority: "two-thirds" });

  it("on a draft on Ukraine, counts what the prediction expects, rounded, for all 193 Members", () => {
    const counts = countBoard(ukraine.board);
    expect(counts.Y + counts.N + counts.A + counts.X).toBe(193);
    expect(Object.keys(ukraine.board).sort()).toEqual(Object.keys(ukraine.members).sort());
    expect(counts).toEqual(roundExpectedCounts(ukraine.expected, 193));
    for (const vote of ASSEMBLY_VOTES) expect(Math.abs(counts[vote] - ukraine.expected[vote])).toBeLessThan(1);
    // The likeliest votes alone read far more abstentions than the record expects (69 yes, 71 abstaining).
    const likeliest = countBoard(ukraine.mostLikely);
    expect(likeliest.A - ukraine.expected.A).toBeGreaterThan(5);
    // The sponsor votes yes; the Russian Federation no.
    expect(ukraine.board.UKR).toBe("Y");
    expect(ukraine.board.RUS).toBe("N");
  });

  it("moves only as many Members off their likeliest vote as the counts need", () => {
    const likeliest = countBoard(ukraine.mostLikely);
    const target = countBoard(ukraine.board);
    const needed = ASSEMBLY_VOTES.reduce((sum, vote) => sum + Math.max(0, likeliest[vote] - target[vote]), 0);
    const moved = Object.keys(ukraine.board).filter((iso3) => ukraine.board[iso3] !== ukraine.mostLikely[iso3]);
    expect(needed).toBeGreaterThan(0);
    expect(moved).toHaveLength(needed);
  });

  it("keeps sponsors (yes certain) on yes even when yes has too many", () => {
    const board = chooseBoardVotes({
      AAA: odds(1, 0, 0, 0),
      BBB: odds(1, 0, 0, 0),
      CCC: odds(1, 0, 0, 0),
      DDD: odds(0.4, 0.3, 0.3, 0),
      EEE: odds(0.4, 0.3, 0.3, 0),
      FFF: odds(0.4, 0.3, 0.3, 0),
    });
    // Expected 4.2 yes, 0.9 no, 0.9 abstaining: 4, 1 and 1.
    expect(countBoard(board)).toEqual(odds(4, 1, 1, 0));
    expect([board.AAA, board.BBB, board.CCC]).toEqual(["Y", "Y", "Y"]);
  });

  it("moves the Member whose move is least unlikely, and between equals the earlier ISO3 code", () => {
    // Expected 2.35 yes and 0.65 abstaining: one of the three, all likelier to vote yes, abstains; FRA is the likeliest to.
    const board = chooseBoardVotes({ BRA: odds(0.9, 0, 0.1, 0), FRA: odds(0.55, 0, 0.45, 0), ZAF: odds(0.9, 0, 0.1, 0) });
    expect(board).toEqual({ BRA: "Y", FRA: "A", ZAF: "Y" });
    const equals = chooseBoardVotes({ CCC: odds(0.6, 0, 0.4, 0), AAA: odds(0.6, 0, 0.4, 0), BBB: odds(0.6, 0, 0.4, 0) });
    expect(equals).toEqual({ AAA: "A", BBB: "Y", CCC: "Y" });
  });

  it("is deterministic, whatever the order the Members come in", () => {
    const reversed = Object.fromEntries(Object.entries(ukraine.members).reverse());
    expect(chooseBoardVotes(reversed)).toEqual(chooseBoardVotes(ukraine.members));
    expect(chooseBoardVotes(ukraine.members)).toEqual(chooseBoardVotes(ukraine.members));
  });

  it("with certain odds, is each Member's likeliest vote", () => {
    const certain = { USA: odds(0, 1, 0, 0), ISR: odds(0, 1, 0, 0), EGY: odds(1, 0, 0, 0), MHL: odds(0, 0, 1, 0), VUT: odds(0, 0, 0, 1) };
    expect(chooseBoardVotes(certain)).toEqual({ USA: "N", ISR: "N", EGY: "Y", MHL: "A", VUT: "X" });
    expect(chooseBoardVotes({})).toEqual({});
  });

  it("when the rounding by largest remainder cannot be reached, takes the next one that can", () => {
    // Largest remainder says 1 yes and 1 no, but AAA can only abstain or be absent.
    const board = chooseBoardVotes({ AAA: odds(0, 0, 0.5, 0.5), BBB: odds(0.5, 0.5, 0, 0) });
    expect(board).toEqual({ AAA: "A", BBB: "Y" });
  });

  it("refuses odds that are not odds", () => {
    expect(() => chooseBoardVotes({ AAA: odds(0, 0, 0, 0) })).toThrow(ExpectedBoardError);
    expect(() => chooseBoardVotes({ AAA: odds(-0.1, 0.5, 0.6, 0) })).toThrow(/AAA: odds must be finite and not negative/);
    expect(() => chooseBoardVotes({ AAA: odds(Number.NaN, 0.5, 0.5, 0) })).toThrow(ExpectedBoardError);
  });

  it("finds the best board: no board with those counts moves fewer Members or is likelier (checked against every board of seven Members)", () => {
    // A fixed linear congruential sequence: the same 40 cases on every run.
    let seed = 20_220_302;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let trial = 0; trial < 40; trial++) {
      const members: Record<string, AssemblyVoteOdds> = {};
      for (let index = 0; index < 7; index++) {
        // Some votes ruled out (probability 0), as for a sponsor.
        const raw = ASSEMBLY_VOTES.map(() => (next() < 0.2 ? 0 : next() ** 2));
        if (!raw.some((value) => value > 0)) raw[0] = 1;
        const sum = raw.reduce((total, value) => total + value, 0);
        members[`M${index}`] = odds(raw[0] / sum, raw[1] / sum, raw[2] / sum, raw[3] / sum);
      }
      const board = chooseBoardVotes(members);
      const counts = countBoard(board);
      const target = roundExpectedCounts(expectedOf(members), 7);
      const keys = Object.keys(members).sort();
      const score = (votes: readonly AssemblyVote[]) => ({
        moves: votes.filter((vote, index) => vote !== likeliestAssemblyVote(members[keys[index]])).length,
        surprise: votes.reduce((sum, vote, index) => sum - Math.log(members[keys[index]][vote]), 0),
      });
      let best: { moves: number; surprise: number } | null = null;
      let bestCounts: AssemblyVoteOdds | null = null;
      for (let code = 0; code < 4 ** keys.length; code++) {
        const votes = keys.map((_, index) => ASSEMBLY_VOTES[Math.floor(code / 4 ** index) % 4]);
        if (votes.some((vote, index) => members[keys[index]][vote] === 0)) continue;
        const candidate = countBoard(Object.fromEntries(keys.map((key, index) => [key, votes[index]])));
        if (ASSEMBLY_VOTES.some((vote) => candidate[vote] !== target[vote])) continue;
        const value = score(votes);
        if (!best || value.moves < best.moves || (value.moves === best.moves && value.surprise < best.surprise)) {
          best = value;
          bestCounts = candidate;
        }
      }
      // The largest-remainder rounding is reachable here in every case but ties; then another rounding is used.
      if (!best) continue;
      expect(counts, `trial ${trial}`).toEqual(bestCounts);
      const found = score(keys.map((key) => board[key]));
      expect(found.moves, `trial ${trial}`).toBe(best.moves);
      expect(found.surprise, `trial ${trial}`).toBeCloseTo(best.surprise, 9);
    }
  });
});
