import { describe, expect, it } from "vitest";
import { explanationRefusal, groupExplanations } from "./explanations";

describe("explanations of vote", () => {
  it("refuses a sponsor's explanation on its own draft in the Assembly (rule 88): Ukraine on A/ES-11/L.1", () => {
    const refusal = explanationRefusal({ body: "general-assembly", sponsors: ["UKR", "POL"], iso3: "UKR", name: "Ukraine" });
    expect(refusal).toContain("rule 88");
    expect(explanationRefusal({ body: "general-assembly", sponsors: ["UKR"], iso3: "IND" })).toBeNull();
  });

  it("lets Council members explain their votes, sponsors included, as the Council's records show", () => {
    expect(explanationRefusal({ body: "security-council", sponsors: ["USA", "ALB"], iso3: "USA" })).toBeNull();
  });

  it("groups explanations before the vote, then after it", () => {
    const groups = groupExplanations([
      { iso3: "CHN", timing: "after" as const, text: "China abstained." },
      { iso3: "IND", timing: "before" as const, text: "India will abstain." },
      { iso3: "RUS", timing: "after" as const, text: "The Russian Federation voted against." },
    ]);
    expect(groups.map((group) => [group.heading, group.items.map((item) => item.iso3)])).toEqual([
      ["Explanations of vote before the vote", ["IND"]],
      ["Explanations of vote after the vote", ["CHN", "RUS"]],
    ]);
  });
});
