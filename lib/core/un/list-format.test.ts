import { describe, expect, it } from "vitest";
import { joinWithAnd } from "./list-format";

describe("joinWithAnd", () => {
  it("writes lists the UN way: and before the last item, no serial comma", () => {
    expect(joinWithAnd([])).toBe("");
    expect(joinWithAnd(["Albania"])).toBe("Albania");
    expect(joinWithAnd(["Albania", "United States of America"])).toBe("Albania and United States of America");
    expect(joinWithAnd(["Albania", "Brazil", "China"])).toBe("Albania, Brazil and China");
  });

  it("keeps names that hold an and of their own whole", () => {
    expect(joinWithAnd(["Antigua and Barbuda", "Bosnia and Herzegovina", "Trinidad and Tobago"])).toBe(
      "Antigua and Barbuda, Bosnia and Herzegovina and Trinidad and Tobago",
    );
  });
});
