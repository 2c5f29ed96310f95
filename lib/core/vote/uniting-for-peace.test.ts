import { describe, expect, it } from "vitest";
import { decideCouncilVote, type CouncilSeat } from "./council-rules";
import { decideReferralVote, describeUnitingForPeacePath } from "./uniting-for-peace";

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
