import { describe, expect, it } from "vitest";
import { parsePortableDraft } from "../draft/schema";
import { descriptorForVote, draftDescriptorSchema } from "./predict-vote";

const haitiDraft = parsePortableDraft({
  schemaVersion: 1,
  body: "security-council",
  agendaItem: "The question concerning Haiti",
  sponsors: ["USA", "ECU"],
  preamble: [],
  operative: [{ phrase: "Decides", text: "to renew the mandate of BINUH;" }],
});

describe("the descriptor of a simulated vote", () => {
  it("keeps a date of the vote's year and stands in 1 July otherwise", () => {
    expect(descriptorForVote({ year: 2022, date: "2022-02-25", procedural: false }).date).toBe("2022-02-25");
    expect(descriptorForVote({ year: 2022, date: null, procedural: false }).date).toBe("2022-07-01");
    expect(descriptorForVote({ year: 2022, date: "2021-12-31", procedural: false }).date).toBe("2022-07-01");
  });

  it("describes a vote without a draft by its topic and sponsors", () => {
    const descriptor = descriptorForVote({ year: 2022, topic: " Ukraine ", sponsors: ["USA", "ALB"], procedural: true });
    expect(descriptor).toEqual({
      id: "simulation",
      date: "2022-07-01",
      agendaItem: "Ukraine",
      topic: "Ukraine",
      sponsors: ["USA", "ALB"],
      procedural: true,
      isAmendment: false,
      draft: null,
      evidence: "everything",
    });
    expect(draftDescriptorSchema.safeParse(descriptor).success).toBe(true);
    expect(descriptorForVote({ year: 2022, topic: "", procedural: false }).agendaItem).toBeUndefined();
  });

  it("takes the agenda item and sponsors from the draft when there is one", () => {
    if (!haitiDraft.ok) throw new Error("fixture draft does not parse");
    const descriptor = descriptorForVote({ year: 2024, topic: "Haiti", sponsors: ["RUS"], procedural: false, draft: haitiDraft.draft });
    expect(descriptor.agendaItem).toBe("The question concerning Haiti");
    expect(descriptor.topic).toBe("The question concerning Haiti");
    expect(descriptor.sponsors).toEqual(["USA", "ECU"]);
    expect(descriptor.draft).toBe(haitiDraft.draft);
    expect(draftDescriptorSchema.safeParse(descriptor).success).toBe(true);
  });
});
