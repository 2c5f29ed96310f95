import { describe, expect, it } from "vitest";
import { decideCouncilVote, type CouncilSeat } from "./council-rules";
import { classifyCouncilSubject, decideReferralVote, describeUnitingForPeacePath } from "./uniting-for-peace";

const COUNCIL_2022: CouncilSeat[] = ["ALB", "BRA", "CHN", "FRA", "GAB", "GHA", "GBR", "IND", "IRL", "KEN", "MEX", "NOR", "RUS", "ARE", "USA"].map(
  (iso3) => ({ iso3, permanent: ["CHN", "FRA", "GBR", "RUS", "USA"].includes(iso3) }),
);
const votes = (no: string[], abstain: string[]) =>
  COUNCIL_2022.map(({ iso3 }) => ({ iso3, vote: no.includes(iso3) ? "N" : abstain.includes(iso3) ? "A" : "Y" }));

describe("Uniting for Peace, GA res. 377 A (V) and GA rule 8(b)", () => {
  it("after the veto of S/2022/155, describes a procedural referral by any 9 members", () => {
    const veto = decideCouncilVote({ members: COUNCIL_2022, required: 9, matter: "substantive", votes: votes(["RUS"], ["CHN", "IND", "ARE"]) });
    const path = describeUnitingForPeacePath(veto, { unMemberCount: 193 });
    expect(path).toMatchObject({ kind: "emergency-special-session", referral: { matter: "procedural", required: 9 }, memberRequestRequired: 97, convenedWithinHours: 24 });
    if (path.kind !== "emergency-special-session") throw new Error("expected a path");
    expect(path.description).toContain("by a procedural vote of any 9 members");
    expect(path.description).toContain("(97 of 193)");
  });

  it("does not apply to a veto on admission or on the Secretary-General's appointment", () => {
    const veto = decideCouncilVote({ members: COUNCIL_2022, required: 9, matter: "substantive", votes: votes(["USA"], []) });
    // S/2011/592 style: the application of Palestine; a vetoed recommendation to admit is no case for 377 A (V).
    const admission = classifyCouncilSubject("Recommends to the General Assembly that the State of Palestine be admitted to membership in the United Nations");
    expect(admission).toBe("admission");
    const path = describeUnitingForPeacePath(veto, { unMemberCount: 193, subject: admission });
    expect(path.kind).toBe("not-applicable");
    if (path.kind === "not-applicable") expect(path.reason).toContain("Art. 4(2)");
    const appointment = classifyCouncilSubject("Recommends to the General Assembly that Mr. Boutros Boutros-Ghali be appointed Secretary-General for a second term");
    expect(describeUnitingForPeacePath(veto, { subject: appointment }).kind).toBe("not-applicable");
    expect(classifyCouncilSubject("Demands that the Russian Federation immediately cease its use of force against Ukraine")).toBe("peace-and-security");
  });

  it("tells that a majority of Members can request the session without a Council vote (1967)", () => {
    const veto = decideCouncilVote({ members: COUNCIL_2022, required: 9, matter: "substantive", votes: votes(["RUS"], []) });
    const path = describeUnitingForPeacePath(veto, { unMemberCount: 193 });
    if (path.kind !== "emergency-special-session") throw new Error("expected a path");
    expect(path.description).toContain("without any Council vote");
    expect(path.description).toContain("1967");
    expect(path.description).toContain("threat to the peace, breach of the peace or act of aggression");
  });

  it("needs any 7 members on the Council of eleven (1946–1965)", () => {
    const path = describeUnitingForPeacePath({ outcome: "vetoed", required: 7 });
    expect(path).toMatchObject({ kind: "emergency-special-session", referral: { required: 7 } });
    expect(path).not.toHaveProperty("memberRequestRequired");
  });

  it("does not apply when the draft was adopted or failed for lack of votes", () => {
    expect(describeUnitingForPeacePath({ outcome: "adopted", required: 9 }).kind).toBe("not-applicable");
    expect(describeUnitingForPeacePath({ outcome: "failed", required: 9 }).kind).toBe("not-applicable");
  });

  it("resolution 2623 (27 Feb 2022): the referral is adopted 11-1-3 over Russia's no", () => {
    const referral = decideReferralVote({ members: COUNCIL_2022, required: 9, votes: votes(["RUS"], ["CHN", "IND", "ARE"]) });
    expect(referral).toMatchObject({ outcome: "adopted", matter: "procedural", yes: 11, no: 1, abstain: 3, vetoedBy: [] });
  });

  it("a referral with 8 votes fails, whoever votes against", () => {
    const referral = decideReferralVote({ members: COUNCIL_2022, required: 9, votes: votes(["RUS", "CHN"], ["IND", "ARE", "GAB", "BRA", "MEX"]) });
    expect(referral).toMatchObject({ outcome: "failed", yes: 8, missingYes: 1 });
  });
});
