import { describe, expect, it, vi } from "vitest";
import type { AssemblyDraft } from "./data";

vi.mock("server-only", () => ({}));
const { planAssemblySession } = await import("./session");

function councilDraft(text: string, overrides: Partial<AssemblyDraft> = {}): AssemblyDraft {
  return { id: "d1", label: "S/2022/155", body: "security-council", date: "2022-02-25", title: "", agendaItem: "Ukraine", sponsors: ["ALB", "USA"], text, adoption: null, ...overrides };
}

describe("what the Assembly simulator opens on", () => {
  it("opens an emergency special session after a veto on a threat to the peace, every Member predicted, two-thirds suggested", () => {
    const plan = planAssemblySession({ draft: councilDraft("Deplores the aggression by the Russian Federation against Ukraine"), year: undefined, date: "2022-02-25", session: "emergency" });
    expect(plan).toMatchObject({ session: "emergency", year: 2022, date: "2022-02-25", choice: "peace-and-security", memberCount: 193, notices: [] });
    expect(Object.keys(plan.prediction!.mostLikely)).toHaveLength(193);
    expect(plan.prediction!.mostLikely.ALB).toBe("Y");
    expect(plan.prediction!.reasons.ALB).toBe("it sponsors the draft");
    // The board opened on counts what the prediction expects; each seat's confidence is that of the vote it shows.
    const { board, confidence, expected } = plan.prediction!;
    const count = (vote: string) => Object.values(board).filter((value) => value === vote).length;
    expect(Math.abs(count("Y") - expected.yes)).toBeLessThan(1);
    expect(Math.abs(count("N") - expected.no)).toBeLessThan(1);
    expect(Math.abs(count("A") - expected.abstain)).toBeLessThan(1);
    expect(Math.abs(count("NP") - expected.absent)).toBeLessThan(1);
    expect(board.ALB).toBe("Y");
    expect(confidence.ALB).toBe(1);
    const moved = Object.keys(board).find((iso3) => board[iso3] !== plan.prediction!.mostLikely[iso3]);
    expect(moved).toBeDefined();
    expect(confidence[moved!]).toBeLessThan(0.5);
  });

  it("opens the emergency special session without predicting past the prediction rate limit, saying why", () => {
    const plan = planAssemblySession({
      draft: councilDraft("Deplores the aggression by the Russian Federation against Ukraine"),
      year: undefined,
      date: "2022-02-25",
      session: "emergency",
      predictionRefusal: "Too many predictions in a short time.",
    });
    expect(plan).toMatchObject({ session: "emergency", choice: "peace-and-security", prediction: null, predictionError: "The votes could not be predicted: Too many predictions in a short time." });
  });

  it("refuses the emergency special session, with the reason, after a veto on an admission", () => {
    const plan = planAssemblySession({ draft: councilDraft("Recommends to the General Assembly that the State of Palestine be admitted to membership in the United Nations"), year: undefined, date: undefined, session: "emergency" });
    expect(plan.session).toBe("regular");
    expect(plan.prediction).toBeNull();
    expect(plan.notices[0]).toMatch(/^No emergency special session: Uniting for Peace .* admission of a new Member/);
  });

  it("takes the year asked, else the date's, else the draft's, else the latest, and says what it cannot use", () => {
    expect(planAssemblySession({ draft: null, year: "1980", date: undefined, session: undefined }).memberCount).toBe(152);
    expect(planAssemblySession({ draft: councilDraft("text"), year: undefined, date: undefined, session: undefined }).year).toBe(2022);
    expect(planAssemblySession({ draft: null, year: undefined, date: undefined, session: undefined }).year).toBe(2026);
    const bad = planAssemblySession({ draft: null, year: "19x0", date: "2022-02-30", session: undefined });
    expect(bad.notices).toEqual(['The date "2022-02-30" is not a real calendar date; the vote is left undated.', 'The year "19x0" is not a year from 1946 to 2026.']);
    expect(planAssemblySession({ draft: null, year: "2021", date: "2022-03-02", session: undefined })).toMatchObject({ year: 2021, date: null, notices: ["The date 2022-03-02 is not in 2021; the vote is left undated."] });
  });
});
