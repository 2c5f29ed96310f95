import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/drafts/data", () => ({ getDraftForUser: async () => null }));

const { buildVoteRecordFile } = await import("./vote-record");

const ALL_2022 = ["ALB", "BRA", "CHN", "FRA", "GAB", "GHA", "GBR", "IND", "IRL", "KEN", "MEX", "NOR", "RUS", "ARE", "USA"];
const votes = (overrides: Record<string, string>) => ALL_2022.map((iso3) => `${iso3}:${overrides[iso3] ?? "Y"}`).join(",");

describe("vote record download", () => {
  it("builds a Word file named after the year for a complete vote", async () => {
    const file = await buildVoteRecordFile(new URLSearchParams({ year: "2022", votes: votes({ RUS: "N", CHN: "A", IND: "A", ARE: "A" }) }), null, "2022-02-25");
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.fileName).toBe("vote-2022-vote-record.docx");
    expect(Buffer.from(file.bytes.subarray(0, 2)).toString()).toBe("PK");
  });

  it("explains a bad year, a missing vote and a bad paper size in words", async () => {
    const badYear = await buildVoteRecordFile(new URLSearchParams({ year: "abc", votes: "ALB:Y" }), null, "2022-01-01");
    expect(badYear).toEqual({ ok: false, status: 400, message: "year: must be a year from 1946 to 2026" });
    const missing = await buildVoteRecordFile(new URLSearchParams({ year: "2022", votes: "ALB:Y" }), null, "2022-01-01");
    expect(missing.ok === false && missing.message).toMatch(/has no vote/);
    const paper = await buildVoteRecordFile(new URLSearchParams({ year: "2022", votes: votes({}), paper: "a5" }), null, "2022-01-01");
    expect(paper.ok === false && paper.message).toBe("paper: must be a4 or letter");
  });

  it("does not reveal a draft the user cannot read", async () => {
    const file = await buildVoteRecordFile(new URLSearchParams({ year: "2022", votes: votes({}), draft: "someone-elses" }), "user-1", "2022-01-01");
    expect(file).toEqual({ ok: false, status: 404, message: "That draft was not found." });
  });
});
