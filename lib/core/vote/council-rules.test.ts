import { describe, expect, it } from "vitest";
import { decideCouncilVote, describeVetoLine, listCouncilVoteIssues, listPartiesMustAbstain, voteAllowedForParty, type CouncilSeat, type CouncilVoteInput } from "./council-rules";
import { VoteError } from "./vote-error";

const PERMANENT = new Set(["CHN", "FRA", "GBR", "RUS", "USA"]);

function seats(codes: string[], permanent: Set<string> = PERMANENT): CouncilSeat[] {
  return codes.map((iso3) => ({ iso3, permanent: permanent.has(iso3) }));
}

/** Votes: everyone Y except the members listed under N, A and NP. */
function votesFor(members: CouncilSeat[], others: { N?: string[]; A?: string[]; NP?: string[] }) {
  return members.map(({ iso3 }) => ({
    iso3,
    vote: others.N?.includes(iso3) ? "N" : others.A?.includes(iso3) ? "A" : others.NP?.includes(iso3) ? "NP" : "Y",
  }));
}

const NAMES: Record<string, string> = {
  ALB: "Albania", BRA: "Brazil", CHN: "China", FRA: "France", GAB: "Gabon", GHA: "Ghana",
  GBR: "United Kingdom of Great Britain and Northern Ireland", IND: "India", IRL: "Ireland", KEN: "Kenya",
  MEX: "Mexico", NOR: "Norway", RUS: "Russian Federation", ARE: "United Arab Emirates", USA: "United States of America",
  DEU: "Germany", UKR: "Ukraine", SUN: "Union of Soviet Socialist Republics",
};

const COUNCIL_2022 = seats(["ALB", "BRA", "CHN", "FRA", "GAB", "GHA", "GBR", "IND", "IRL", "KEN", "MEX", "NOR", "RUS", "ARE", "USA"]);
const COUNCIL_2016 = seats(["ANG", "CHN", "EGY", "ESP", "FRA", "GBR", "JPN", "MYS", "NZL", "RUS", "SEN", "UKR", "URY", "USA", "VEN"]);
const COUNCIL_2014 = seats(["ARG", "AUS", "CHL", "CHN", "FRA", "GBR", "JOR", "KOR", "LTU", "LUX", "NGA", "RUS", "RWA", "TCD", "USA"]);
const COUNCIL_2011 = seats(["BIH", "BRA", "CHN", "COL", "DEU", "FRA", "GAB", "GBR", "IND", "LBN", "NGA", "PRT", "RUS", "USA", "ZAF"]);
// 1950: eleven members, seven votes required (Charter Art. 23 and 27 before the 1965 amendment).
const COUNCIL_1950 = seats(["CHN", "CUB", "ECU", "EGY", "FRA", "IND", "NOR", "SUN", "GBR", "USA", "YUG"], new Set(["CHN", "FRA", "SUN", "GBR", "USA"]));

function council2022(others: { N?: string[]; A?: string[]; NP?: string[] }, extra: Partial<CouncilVoteInput> = {}): CouncilVoteInput {
  return { members: COUNCIL_2022, required: 9, matter: "substantive", votes: votesFor(COUNCIL_2022, others), names: NAMES, year: 2022, ...extra };
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

describe("Security Council vote, Charter Art. 27", () => {
  it("S/2022/155 (25 Feb 2022): 11-1-3 with the Russian Federation against is vetoed", () => {
    const decision = decideCouncilVote(council2022({ N: ["RUS"], A: ["CHN", "IND", "ARE"] }));
    expect(decision).toEqual({
      outcome: "vetoed",
      matter: "substantive",
      yes: 11,
      no: 1,
      abstain: 3,
      notVoting: 0,
      required: 9,
      vetoedBy: ["RUS"],
      missingYes: 0,
      statement: "The draft resolution was not adopted, owing to the negative vote of a permanent member of the Council (Russian Federation).",
    });
  });

  it("resolution 2623 (27 Feb 2022): the same 11-1-3 on a procedural matter is adopted, Russia's no is no veto", () => {
    const decision = decideCouncilVote(council2022({ N: ["RUS"], A: ["CHN", "IND", "ARE"] }, { matter: "procedural" }));
    expect(decision.outcome).toBe("adopted");
    expect(decision.vetoedBy).toEqual([]);
    expect(decision.statement).toBe("The draft resolution was adopted by 11 votes to 1, with 3 abstentions.");
  });

  it("S/2022/431 (26 May 2022): 13-2 with China and Russia against names both permanent members", () => {
    const decision = decideCouncilVote(council2022({ N: ["RUS", "CHN"] }));
    expect(decision.outcome).toBe("vetoed");
    expect([decision.yes, decision.no, decision.abstain]).toEqual([13, 2, 0]);
    expect(decision.vetoedBy).toEqual(["CHN", "RUS"]);
    expect(decision.statement).toBe(
      "The draft resolution was not adopted, owing to the negative votes of two permanent members of the Council (China and Russian Federation).",
    );
  });

  it("resolution 2334 (23 Dec 2016): 14-0-1 with the United States abstaining is adopted; an abstention is not a veto", () => {
    const decision = decideCouncilVote({ members: COUNCIL_2016, required: 9, matter: "substantive", votes: votesFor(COUNCIL_2016, { A: ["USA"] }) });
    expect(decision.outcome).toBe("adopted");
    expect([decision.yes, decision.no, decision.abstain, decision.notVoting]).toEqual([14, 0, 1, 0]);
    expect(decision.statement).toBe("The draft resolution was adopted by 14 votes to none, with 1 abstention.");
  });

  it("resolution 1973 (17 Mar 2011): 10-0-5 with two permanent members abstaining is adopted", () => {
    const decision = decideCouncilVote({
      members: COUNCIL_2011,
      required: 9,
      matter: "substantive",
      votes: votesFor(COUNCIL_2011, { A: ["BRA", "CHN", "DEU", "IND", "RUS"] }),
    });
    expect(decision.outcome).toBe("adopted");
    expect(decision.statement).toBe("The draft resolution was adopted by 10 votes to none, with 5 abstentions.");
  });

  it("S/2014/916 (30 Dec 2014): 8-2-5 with the United States against failed for lack of votes, not by veto", () => {
    const decision = decideCouncilVote({
      members: COUNCIL_2014,
      required: 9,
      matter: "substantive",
      votes: votesFor(COUNCIL_2014, { N: ["AUS", "USA"], A: ["GBR", "KOR", "LTU", "NGA", "RWA"] }),
    });
    expect(decision.outcome).toBe("failed");
    expect(decision.vetoedBy).toEqual([]);
    expect(decision.missingYes).toBe(1);
    expect(decision.statement).toBe(
      "The draft resolution was not adopted, having failed to obtain the required number of votes (8 in favour; 9 required).",
    );
  });

  it("resolution 84 (7 Jul 1950): 7 of 11 suffice, and the Soviet Union's absence is no veto", () => {
    const decision = decideCouncilVote({
      members: COUNCIL_1950,
      required: 7,
      matter: "substantive",
      votes: votesFor(COUNCIL_1950, { A: ["EGY", "IND", "YUG"], NP: ["SUN"] }),
      names: NAMES,
    });
    expect(decision).toMatchObject({ outcome: "adopted", yes: 7, no: 0, abstain: 3, notVoting: 1, required: 7, vetoedBy: [] });
    expect(decision.statement).toBe("The draft resolution was adopted by 7 votes to none, with 3 abstentions; one member did not participate in the voting.");
  });

  it("with 11 members, a Soviet no on a draft with 7 yes is a veto, and 6 yes is a failure", () => {
    const vetoed = decideCouncilVote({ members: COUNCIL_1950, required: 7, matter: "substantive", votes: votesFor(COUNCIL_1950, { N: ["SUN"], A: ["EGY", "IND", "YUG"] }), names: NAMES });
    expect(vetoed.vetoedBy).toEqual(["SUN"]);
    expect(vetoed.statement).toContain("(Union of Soviet Socialist Republics)");
    const failed = decideCouncilVote({ members: COUNCIL_1950, required: 7, matter: "substantive", votes: votesFor(COUNCIL_1950, { N: ["SUN"], A: ["EGY", "IND", "YUG", "NOR"] }) });
    expect(failed.outcome).toBe("failed");
    expect(failed.statement).toBe("The draft resolution was not adopted, having failed to obtain the required number of votes (6 in favour; 7 required).");
  });

  it("says 'adopted unanimously' only when all fifteen vote yes; with a member not participating it gives the count", () => {
    expect(decideCouncilVote(council2022({})).statement).toBe("The draft resolution was adopted unanimously.");
    // Fourteen in favour and one member not taking part is not unanimity: the records give the count.
    const fourteen = decideCouncilVote(council2022({ NP: ["GAB"] })).statement;
    expect(fourteen).toBe("The draft resolution was adopted by 14 votes to none; one member did not participate in the voting.");
    expect(fourteen).not.toContain("unanimously");
  });

  it("writes 'by 13 votes to 2.' with no abstentions, and counts exactly 9 yes as enough", () => {
    expect(decideCouncilVote(council2022({ N: ["ALB", "BRA"] })).statement).toBe("The draft resolution was adopted by 13 votes to 2.");
    const nine = decideCouncilVote(council2022({ A: ["ALB", "BRA", "GAB", "GHA", "IRL", "KEN"] }));
    expect(nine).toMatchObject({ outcome: "adopted", yes: 9, missingYes: 0 });
  });

  it("a procedural draft with 8 yes fails, with the missing yes counted", () => {
    const decision = decideCouncilVote(council2022({ A: ["ALB", "BRA", "GAB", "GHA", "IRL", "KEN", "MEX"] }, { matter: "procedural" }));
    expect(decision).toMatchObject({ outcome: "failed", yes: 8, missingYes: 1 });
  });
});

describe("Charter Art. 27(3) proviso: a party to a dispute shall abstain", () => {
  it("refuses a no cast by a party under Chapter VI, with the reason", () => {
    const error = errorOf(() =>
      decideCouncilVote(council2022({ N: ["RUS"] }, { pacificSettlement: "chapter-vi", partiesToDispute: ["RUS", "UKR"] })),
    );
    expect(error.code).toBe("party-must-abstain");
    expect(error.issues).toHaveLength(1);
    expect(error.message).toBe(
      "Russian Federation is a party to the dispute and shall abstain from voting on a decision under Chapter VI (Charter Art. 27(3))",
    );
  });

  it("refuses a yes as well, and cites Art. 52(3) for a regional settlement", () => {
    const error = errorOf(() => decideCouncilVote(council2022({}, { pacificSettlement: "article-52-3", partiesToDispute: ["KEN"] })));
    expect(error.code).toBe("party-must-abstain");
    expect(error.message).toContain("under Article 52(3)");
  });

  it("accepts the party's abstention and counts the rest", () => {
    const decision = decideCouncilVote(council2022({ A: ["RUS"] }, { pacificSettlement: "chapter-vi", partiesToDispute: ["RUS", "UKR"] }));
    expect(decision).toMatchObject({ outcome: "adopted", yes: 14, abstain: 1 });
  });

  it("does not apply to procedural decisions (Art. 27(2)) or outside Chapter VI", () => {
    expect(decideCouncilVote(council2022({ N: ["RUS"] }, { matter: "procedural", pacificSettlement: "chapter-vi", partiesToDispute: ["RUS"] })).outcome).toBe("adopted");
    expect(decideCouncilVote(council2022({ N: ["RUS"] }, { partiesToDispute: ["RUS"] })).outcome).toBe("vetoed");
  });
});

describe("Council vote validation", () => {
  it("refuses a state that is not on that year's Council", () => {
    const input = council2022({});
    const error = errorOf(() => decideCouncilVote({ ...input, votes: [...input.votes, { iso3: "DEU", vote: "Y" }] }));
    expect(error.code).toBe("not-a-member");
    expect(error.message).toBe("Germany is not a member of the Security Council in 2022");
  });

  it("tells an unknown code apart when the known states are given", () => {
    const input = council2022({}, { knownStates: new Set(["DEU", ...COUNCIL_2022.map((seat) => seat.iso3)]) });
    const error = errorOf(() => decideCouncilVote({ ...input, votes: [...input.votes, { iso3: "XYZ", vote: "Y" }] }));
    expect(error.code).toBe("unknown-state");
    expect(error.message).toBe("XYZ is not a known state code");
  });

  it("requires a vote from every member, NP being explicit", () => {
    const input = council2022({});
    const error = errorOf(() => decideCouncilVote({ ...input, votes: input.votes.filter((cast) => cast.iso3 !== "GHA") }));
    expect(error.code).toBe("missing-vote");
    expect(error.issues[0]).toMatchObject({ iso3: "GHA" });
    expect(error.message).toBe("Ghana has no vote (use NP for a member not participating or absent)");
  });

  it("refuses a duplicate vote", () => {
    const input = council2022({});
    const error = errorOf(() => decideCouncilVote({ ...input, votes: [...input.votes, { iso3: "ALB", vote: "N" }] }));
    expect(error.code).toBe("duplicate-vote");
    expect(error.message).toBe("Albania has more than one vote");
  });

  it("refuses a vote value outside Y, N, A, NP", () => {
    const input = council2022({});
    const votes = input.votes.map((cast) => (cast.iso3 === "IRL" ? { iso3: "IRL", vote: "yes" } : cast));
    const error = errorOf(() => decideCouncilVote({ ...input, votes }));
    expect(error.code).toBe("invalid-vote-value");
    expect(error.message).toBe('Ireland has the vote "yes"; a vote is one of Y, N, A, NP');
  });

  it("lists every problem at once, the first one leading the message", () => {
    const input = council2022({});
    const votes = [...input.votes.filter((cast) => cast.iso3 !== "GHA" && cast.iso3 !== "KEN"), { iso3: "DEU", vote: "Y" }];
    const issues = listCouncilVoteIssues({ ...input, votes });
    expect(issues.map((issue) => issue.code)).toEqual(["not-a-member", "missing-vote", "missing-vote"]);
    expect(errorOf(() => decideCouncilVote({ ...input, votes })).message).toMatch(/\(and 2 more problems\)$/);
  });

  it("refuses a required number of votes the Council cannot give", () => {
    expect(errorOf(() => decideCouncilVote(council2022({}, { required: 16 }))).code).toBe("invalid-body");
  });
});

describe("the veto line shown while the votes are cast", () => {
  it("S/2022/155: Russia's no with 11 in favour is a veto", () => {
    expect(describeVetoLine(council2022({ N: ["RUS"], A: ["CHN", "IND", "ARE"] }))).toBe("Permanent member voting no: Russian Federation — a veto.");
  });

  it("names every permanent member voting no, in the order of the Council's members", () => {
    expect(describeVetoLine(council2022({ N: ["RUS", "CHN"] }))).toBe("Permanent members voting no: China, Russian Federation — a veto.");
  });

  it("a permanent member's no on a draft short of the votes is no veto", () => {
    expect(describeVetoLine(council2022({ N: ["RUS"], A: ["CHN", "IND", "ARE", "BRA", "GAB", "MEX"] }))).toBe(
      "Permanent member voting no: Russian Federation (no veto: the draft lacks the votes anyway).",
    );
  });

  it("says so when no permanent member votes no, and that procedural votes know no veto", () => {
    expect(describeVetoLine(council2022({ N: ["ALB"] }))).toBe("No permanent member is voting no.");
    expect(describeVetoLine(council2022({ N: ["RUS"] }, { matter: "procedural" }))).toBe("Procedural vote: the permanent members have no veto (Art. 27(2)).");
  });
});

describe("who must abstain under the proviso of Art. 27(3)", () => {
  it("lists the parties on a substantive decision under Chapter VI or Art. 52(3)", () => {
    expect(listPartiesMustAbstain({ matter: "substantive", pacificSettlement: "chapter-vi", partiesToDispute: ["RUS", "UKR", "RUS"] })).toEqual(["RUS", "UKR"]);
    expect(listPartiesMustAbstain({ matter: "substantive", pacificSettlement: "article-52-3", partiesToDispute: ["GAB"] })).toEqual(["GAB"]);
  });

  it("lists nobody on any other basis or on a procedural decision", () => {
    expect(listPartiesMustAbstain({ matter: "substantive", partiesToDispute: ["RUS"] })).toEqual([]);
    expect(listPartiesMustAbstain({ matter: "procedural", pacificSettlement: "chapter-vi", partiesToDispute: ["RUS"] })).toEqual([]);
  });

  it("turns a party's yes or no into an abstention and keeps an abstention or non-participation", () => {
    expect(voteAllowedForParty("Y")).toBe("A");
    expect(voteAllowedForParty("N")).toBe("A");
    expect(voteAllowedForParty("A")).toBe("A");
    expect(voteAllowedForParty("NP")).toBe("NP");
  });
});
