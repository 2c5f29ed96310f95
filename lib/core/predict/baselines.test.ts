import { describe, expect, it } from "vitest";
import { addToCalibration, emptyCalibration, expectedCalibrationError, NaiveBayesBaseline } from "./backtest";
import type { Example } from "./model-examples";
import { recordedDraft } from "./recorded-draft.test-support";
import type { RecordedDraft } from "./vote-record";

function draft(topic: string, sponsors: string[]): RecordedDraft {
  return recordedDraft({ agendaItem: topic, topic, sponsors, outcome: "M" });
}

function example(member: string, vote: "Y" | "N" | "A", onDraft: RecordedDraft): Example {
  const empty = new Float64Array(0);
  return {
    draft: onDraft, member, memberClass: ["CHN", "FRA", "GBR", "RUS", "USA"].includes(member) ? "permanent" : "elected", x: empty, draftX: empty,
    info: { member, agendaKey: "", topicKey: "", agendaVotes: 0, topicVotes: 0, sponsorsOnCouncilEvidence: 0, campVotes: 0 },
    caseVote: { Y: 1, N: 0, A: 0 }, vote,
  };
}

describe("the naive Bayes baseline", () => {
  // India's habit: yes on peacekeeping, an abstention when the United States tables a Syria draft.
  const train: Example[] = [];
  for (let index = 0; index < 20; index++) train.push(example("IND", "Y", draft("Peacekeeping", ["FRA"])));
  for (let index = 0; index < 6; index++) train.push(example("IND", "A", draft("Syria", ["USA"])));
  train.push(example("IND", "Y", draft("Syria", ["RUS"])));
  for (let index = 0; index < 30; index++) train.push(example("GAB", "Y", draft("Peacekeeping", [])));
  const baseline = new NaiveBayesBaseline(train);

  it("reads each member's votes by topic and by sponsor", () => {
    const syria = baseline.predict("IND", draft("Syria", ["USA"]));
    expect(syria.A).toBeGreaterThan(syria.Y);
    const peacekeeping = baseline.predict("IND", draft("Peacekeeping", ["FRA"]));
    expect(peacekeeping.Y).toBeGreaterThan(0.9);
  });

  it("lends a member without history the record of its class, and has a sponsor vote for its own draft", () => {
    const newcomer = baseline.predict("ALB", draft("Syria", ["USA"]));
    expect(newcomer.Y + newcomer.N + newcomer.A).toBeCloseTo(1, 9);
    expect(baseline.predict("USA", draft("Syria", ["USA"]))).toEqual({ Y: 1, N: 0, A: 0 });
  });
});

describe("calibration", () => {
  it("is 0 when each bin's events happen as often as predicted, and the gap otherwise", () => {
    const bins = emptyCalibration();
    for (let index = 0; index < 10; index++) addToCalibration(bins, 0.85, index < 9);
    // Nine of ten happened at 0.85: a gap of 0.05 in one bin holding every probability.
    expect(expectedCalibrationError(bins)).toBeCloseTo(0.05, 9);
    const perfect = emptyCalibration();
    for (let index = 0; index < 4; index++) addToCalibration(perfect, 0.25, index === 0);
    expect(expectedCalibrationError(perfect)).toBeCloseTo(0, 9);
    // 1.0 falls in the top bin, not past it.
    addToCalibration(perfect, 1, true);
    expect(perfect[9].count).toBe(1);
  });
});
