import { describe, expect, it } from "vitest";
import { suggestAssemblyMajority } from "./important-questions";

describe("Art. 18(2): important questions suggest a two-thirds majority", () => {
  it("suggests two-thirds for 'Aggression against Ukraine' (ES-11/1, a recommendation on peace and security)", () => {
    expect(suggestAssemblyMajority("Aggression against Ukraine")).toMatchObject({ majority: "two-thirds", reason: expect.stringContaining("peace and security") });
  });

  it("suggests two-thirds for admission, the budget and elections to the Councils", () => {
    expect(suggestAssemblyMajority("Admission of the Republic of South Sudan to membership in the United Nations").majority).toBe("two-thirds");
    expect(suggestAssemblyMajority("Proposed programme budget for 2024").reason).toContain("budgetary");
    expect(suggestAssemblyMajority("Election of five non-permanent members of the Security Council").reason).toContain("election");
  });

  it("suggests a simple majority otherwise", () => {
    expect(suggestAssemblyMajority("International Day of Yoga")).toMatchObject({ majority: "simple" });
  });
});
