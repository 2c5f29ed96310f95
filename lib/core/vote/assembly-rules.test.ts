import { describe, expect, it } from "vitest";
import { countUnMembers, decideAssemblyTally, decideAssemblyVote, type AssemblyMajority } from "./assembly-rules";
import { VoteError } from "./vote-error";

// 193 Member States; the tallies below are those of the records, the codes are placeholders.
const MEMBERS = Array.from({ length: 193 }, (_, index) => `M${String(index + 1).padStart(3, "0")}`);

/** The first `yes` members vote Y, the next `no` N, the next `abstain` A; the rest cast no vote. */
function recordedVote(majority: AssemblyMajority, yes: number, no: number, abstain: number) {
  const votes = MEMBERS.slice(0, yes + no + abstain).map((iso3, index) => ({
    iso3,
    vote: index < yes ? "Y" : index < yes + no ? "N" : "A",
  }));
  return decideAssemblyVote({ majority, votes, members: MEMBERS });
}

function errorOf(run: () => unknown): VoteError {
  try {
    run();
  } catch (error) {
    if (error instanceof VoteError) return error;
    throw error;
  }
  throw new Error("expected a VoteError");
}

describe("General Assembly vote, Charter Art. 18 and GA rules of procedure 83–86", () => {
  it("A/RES/ES-11/1 (2 Mar 2022): 141-5-35 under two-thirds is adopted, 12 Members not voting", () => {
    const decision = recordedVote("two-thirds", 141, 5, 35);
    expect(decision).toEqual({
      outcome: "adopted",
      majority: "two-thirds",
      yes: 141,
      no: 5,
      abstain: 35,
      notVoting: 12,
      required: 10,
      missingYes: 0,
      statement: "The draft resolution was adopted by a recorded vote of 141 to 5, with 35 abstentions.",
    });
  });

  it("A/RES/ES-11/3 (7 Apr 2022): 93-24-58 passes two-thirds because abstentions are not voting (rule 86)", () => {
    expect(recordedVote("two-thirds", 93, 24, 58).outcome).toBe("adopted");
  });

  it("A/73/L.42 (6 Dec 2018): 87-57-33 fails the two-thirds majority, though it had a simple majority", () => {
    const decision = recordedVote("two-thirds", 87, 57, 33);
    expect(decision).toMatchObject({ outcome: "failed", required: 114, missingYes: 27 });
    expect(decision.statement).toBe(
      "The draft resolution was not adopted, having failed to obtain the required two-thirds majority of the members present and voting (87 in favour, 57 against; 114 in favour required).",
    );
    expect(recordedVote("simple", 87, 57, 33).outcome).toBe("adopted");
  });

  it("counts two-thirds in integers: 100 to 50 is exactly two-thirds, 99 to 50 is not", () => {
    expect(recordedVote("two-thirds", 100, 50, 0).outcome).toBe("adopted");
    expect(recordedVote("two-thirds", 99, 50, 0).outcome).toBe("failed");
  });

  it("a tie fails under a simple majority (rule 95)", () => {
    const decision = recordedVote("simple", 60, 60, 20);
    expect(decision).toMatchObject({ outcome: "failed", required: 61, missingYes: 1 });
    expect(decision.statement).toBe("The draft resolution was rejected, the vote being equally divided (60 in favour, 60 against).");
  });

  it("a simple majority fails with fewer yes than no, and the records say 'rejected'", () => {
    expect(recordedVote("simple", 40, 60, 20).statement).toBe("The draft resolution was rejected by a recorded vote of 40 to 60, with 20 abstentions.");
  });

  it("does not call a vote with no yes and no no 'equally divided'", () => {
    const statement = recordedVote("simple", 0, 0, 12).statement;
    expect(statement).toBe("The draft resolution was rejected, no member having voted in favour or against (12 abstentions).");
    expect(statement).not.toContain("equally divided");
  });

  it("writes 'to none' and no abstention clause when there are none", () => {
    expect(recordedVote("simple", 150, 0, 0).statement).toBe("The draft resolution was adopted by a recorded vote of 150 to none.");
    expect(recordedVote("simple", 150, 2, 1).statement).toBe("The draft resolution was adopted by a recorded vote of 150 to 2, with 1 abstention.");
  });

  it("a draft for which nobody voted yes or no is not adopted under either majority", () => {
    expect(recordedVote("two-thirds", 0, 0, 50).outcome).toBe("failed");
    expect(recordedVote("simple", 0, 0, 50).outcome).toBe("failed");
  });

  it("counts an explicit NP with the absent Members", () => {
    const decision = decideAssemblyVote({ majority: "simple", members: MEMBERS, votes: [{ iso3: "M001", vote: "Y" }, { iso3: "M002", vote: "NP" }] });
    expect(decision).toMatchObject({ yes: 1, notVoting: 192, outcome: "adopted" });
  });
});

describe("Assembly vote validation", () => {
  const base = { majority: "simple" as const, members: MEMBERS, observers: ["PSE", "VAT"], names: { PSE: "State of Palestine" } };

  it("refuses a vote by an observer State (Charter Art. 18(1))", () => {
    const error = errorOf(() => decideAssemblyVote({ ...base, votes: [{ iso3: "PSE", vote: "Y" }] }));
    expect(error.code).toBe("observer-cannot-vote");
    expect(error.message).toBe("State of Palestine is an observer State and cannot vote in the General Assembly");
  });

  it("refuses an unknown code, a duplicate and an invalid value", () => {
    expect(errorOf(() => decideAssemblyVote({ ...base, votes: [{ iso3: "XYZ", vote: "Y" }] })).code).toBe("unknown-state");
    expect(errorOf(() => decideAssemblyVote({ ...base, votes: [{ iso3: "M001", vote: "Y" }, { iso3: "M001", vote: "A" }] })).code).toBe("duplicate-vote");
    expect(errorOf(() => decideAssemblyVote({ ...base, votes: [{ iso3: "M001", vote: "abstain" }] })).code).toBe("invalid-vote-value");
  });
});

describe("the Members of the United Nations", () => {
  it("are 193 since South Sudan's admission in 2011, observers not counted", () => {
    expect(countUnMembers()).toBe(193);
  });
});

describe("deciding from the counts alone", () => {
  it("gives what the vote Member by Member gives: ES-11/1, 141-5-35 with 12 not voting", () => {
    expect(decideAssemblyTally("simple", { yes: 141, no: 5, abstain: 35, notVoting: 12 })).toMatchObject({
      outcome: "adopted",
      required: 6,
      notVoting: 12,
      statement: "The draft resolution was adopted by a recorded vote of 141 to 5, with 35 abstentions.",
    });
  });

  it("needs twice the votes against on an important question (Art. 18(2))", () => {
    expect(decideAssemblyTally("two-thirds", { yes: 87, no: 57, abstain: 0, notVoting: 49 })).toMatchObject({ outcome: "failed", required: 114, missingYes: 27 });
  });
});
