import { describe, expect, it } from "vitest";
import { getExample } from "../draft/examples";
import type { PortableDraft } from "../draft/schema";
import { getCouncil } from "../un/council";
import { analyzeDraftContent } from "./content";
import { predictDraft } from "./predict-vote";

const COUNCIL_2022 = getCouncil(2022)!.members.map((member) => member.iso3);

function draft(partial: Partial<PortableDraft>): PortableDraft {
  return { schemaVersion: 1, body: "security-council", sponsors: [], preamble: [], operative: [], ...partial };
}

describe("what a draft's text says", () => {
  it("finds the state a draft condemns or makes demands of", () => {
    const content = analyzeDraftContent(getExample("ukraine-2022"), COUNCIL_2022);
    expect(content.namedStates).toEqual(["RUS"]);
    expect(content.namedThrough).toEqual({});
  });

  it("reads an organization blamed in the text as its members on the Council", () => {
    const content = analyzeDraftContent(getExample("kazakhstan-2022"), COUNCIL_2022);
    expect(content.namedStates).toContain("RUS");
    expect(content.namedThrough.RUS).toBe("the Collective Security Treaty Organization");
  });

  it("does not blame an organization the draft welcomes", () => {
    const content = analyzeDraftContent(
      draft({
        preamble: [{ phrase: "Welcoming", text: "the mediation of the African Union and the League of Arab States" }],
        operative: [{ phrase: "Condemns", text: "the attacks on civilians", subparagraphs: [] }],
      }),
      COUNCIL_2022,
    );
    expect(content.namedStates).toEqual([]);
  });

  it("finds Chapter VII, sanctions, force and a referral to the Assembly", () => {
    const content = analyzeDraftContent(
      draft({
        preamble: [{ phrase: "Acting under Chapter VII of the Charter of the United Nations", text: "" }],
        operative: [
          { phrase: "Decides", text: "that all States shall implement an arms embargo", subparagraphs: [] },
          { phrase: "Authorizes", text: "Member States to use all necessary means", subparagraphs: [] },
          { phrase: "Decides", text: "to call an emergency special session of the General Assembly", subparagraphs: [] },
        ],
      }),
      COUNCIL_2022,
    );
    expect(content).toMatchObject({ chapterVII: true, sanctions: true, force: true, referralToAssembly: true });
  });
});

describe("a permanent member blamed by name", () => {
  it("is predicted to veto a draft like S/2022/155, and the reasons say why", () => {
    const example = getExample("ukraine-2022");
    const prediction = predictDraft({ id: "ua", date: "2022-02-25", agendaItem: example.agendaItem, sponsors: example.sponsors, draft: example });
    expect(prediction.outcome.vetoed).toBeGreaterThan(0.5);
    expect(prediction.mostLikely.RUS).toBe("N");
    expect(prediction.reasons.RUS[0]).toMatch(/names it in paragraphs that condemn it/);
  });

  it("is predicted to veto a draft that blames an organization it belongs to", () => {
    const example = getExample("kazakhstan-2022");
    const prediction = predictDraft({ id: "kz", date: "2022-01-10", agendaItem: example.agendaItem, sponsors: example.sponsors, draft: example });
    expect(Object.entries(prediction.vetoBy).sort((a, b) => b[1] - a[1])[0][0]).toBe("RUS");
    expect(prediction.reasons.RUS[0]).toMatch(/Collective Security Treaty Organization, of which it is a member/);
  });
});
