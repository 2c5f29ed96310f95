import { describe, expect, it } from "vitest";
import { formatSponsorLine, unNameOf } from "./sponsor-line";

const names: Record<string, string> = {
  ALB: "Albania",
  USA: "United States of America",
  FRA: "France",
  CIV: "Côte d'Ivoire",
  HRV: "Croatia",
  CRI: "Costa Rica",
};
const nameOf = (iso3: string) => names[iso3];

describe("formatSponsorLine", () => {
  it("joins two sponsors with 'and' in alphabetical order (S/2022/155)", () => {
    expect(formatSponsorLine(["USA", "ALB"], nameOf)).toBe("Albania and United States of America: draft resolution");
  });

  it("separates three or more with commas, 'and' before the last, no serial comma", () => {
    expect(formatSponsorLine(["USA", "FRA", "ALB"], nameOf)).toBe("Albania, France and United States of America: draft resolution");
  });

  it("sorts accented names as the UN lists them (Côte d'Ivoire between Costa Rica and Croatia)", () => {
    expect(formatSponsorLine(["HRV", "CIV", "CRI"], nameOf)).toBe("Costa Rica, Côte d'Ivoire and Croatia: draft resolution");
  });

  it("reads 'Draft resolution' without sponsors and lists a repeated sponsor once", () => {
    expect(formatSponsorLine([], nameOf)).toBe("Draft resolution");
    expect(formatSponsorLine(["ALB", "ALB"], nameOf)).toBe("Albania: draft resolution");
  });

  it("takes UN names from the reference data and keeps an unknown code as given", () => {
    expect(unNameOf("GBR")).toBe("United Kingdom of Great Britain and Northern Ireland");
    expect(unNameOf("XXX")).toBe("XXX");
  });
});
