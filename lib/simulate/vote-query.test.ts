import { describe, expect, it } from "vitest";
import { initialSimulatorState, simulatorReducer, voteQueryOf } from "./simulator-state";
import { decodeVoteQuery, encodeVoteQuery, type VoteQueryInput } from "./vote-query";

describe("a simulated vote in a URL", () => {
  it("comes back as it went, with every setting (round trip)", () => {
    const input: VoteQueryInput = {
      year: 2022,
      matter: "substantive",
      pacificSettlement: "chapter-vi",
      parties: ["RUS", "UKR"],
      votes: { ...initialSimulatorState(2022).votes, RUS: "A", CHN: "N", IND: "NP" },
      voteDate: "2022-02-25",
      draftId: "draft-1",
    };
    const decoded = decodeVoteQuery(new URLSearchParams(encodeVoteQuery(input, "letter").toString()));
    expect(decoded).toEqual({ ok: true, input: { ...input, presidentIso3: null, label: "", explanations: [] }, paper: "letter" });
  });

  it("round-trips the simulator's own state, without the optional settings", () => {
    const state = simulatorReducer(initialSimulatorState(1950), { type: "set-matter", matter: "procedural" });
    const query = voteQueryOf(state, null);
    const params = encodeVoteQuery(query);
    expect([...params.keys()]).toEqual(["year", "matter", "votes"]);
    expect(decodeVoteQuery(params)).toEqual({ ok: true, input: { ...query, presidentIso3: null, label: "", explanations: [] }, paper: "a4" });
  });

  it("reads lower-case codes and fills the defaults: substantive, A4", () => {
    const decoded = decodeVoteQuery(new URLSearchParams("year=2022&votes=alb:Y&parties=rus"));
    expect(decoded.ok && decoded.input).toMatchObject({ matter: "substantive", votes: { ALB: "Y" }, parties: ["RUS"] });
    expect(decoded.ok && decoded.paper).toBe("a4");
  });

  it("tells what is wrong in words", () => {
    expect(decodeVoteQuery(new URLSearchParams("year=1945&votes=ALB:Y"))).toEqual({ ok: false, message: "year: must be a year from 1946 to 2026" });
    expect(decodeVoteQuery(new URLSearchParams("year=2022"))).toEqual({ ok: false, message: "votes: is required, as ALB:Y,BRA:N,…" });
    expect(decodeVoteQuery(new URLSearchParams("year=2022&votes=ALB:X"))).toEqual({ ok: false, message: "votes.ALB: each vote must be Y, N, A or NP" });
    expect(decodeVoteQuery(new URLSearchParams("year=2022&votes=ALB:Y&date=2022-02-30"))).toEqual({ ok: false, message: "date: is not a real calendar date" });
  });
});

describe("explanations of vote in the query", () => {
  it("carries them both ways, and refuses a list that is not JSON", () => {
    const input = {
      year: 2022,
      matter: "substantive" as const,
      pacificSettlement: null,
      parties: [],
      votes: { RUS: "N" as const },
      voteDate: null,
      draftId: null,
      explanations: [{ iso3: "IND", timing: "before" as const, text: "India will abstain." }],
    };
    const decoded = decodeVoteQuery(encodeVoteQuery(input));
    expect(decoded.ok && decoded.input.explanations).toEqual(input.explanations);
    const params = encodeVoteQuery(input);
    params.set("explanations", "[{");
    expect(decodeVoteQuery(params)).toEqual({ ok: false, message: "explanations: must be a JSON list of { iso3, timing, text }" });
    params.set("explanations", JSON.stringify([{ iso3: "IND", timing: "during", text: "x" }]));
    expect(decodeVoteQuery(params)).toMatchObject({ ok: false, message: expect.stringContaining("before or after") });
  });
});
