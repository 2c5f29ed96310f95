import type { RecordedDraft } from "./vote-record";

/**
 * A recorded draft for tests: a 2020 draft with nothing recorded (no agenda item, sponsors or
 * votes, adopted unanimously) unless `overrides` say otherwise. Sponsors given make it a states'
 * draft unless `sponsorKind` is given too.
 */
export function recordedDraft(overrides: Partial<RecordedDraft> = {}): RecordedDraft {
  return {
    index: 0,
    date: "2020-01-01",
    year: 2020,
    dayOfYear: 0,
    symbol: "",
    agendaItem: "",
    topic: "",
    region: "",
    category: "",
    sponsors: [],
    sponsorKind: (overrides.sponsors?.length ?? 0) > 0 ? "states" : "unknown",
    isAmendment: false,
    isProcedural: false,
    outcome: "U",
    votes: [],
    ...overrides,
  };
}
