import { describe, expect, it } from "vitest";
import { applyClassEvent } from "./use-class-live";
import type { ClassView, VoteView } from "./view";

const AT = "2026-11-30T05:00:00.000Z";

function vote(overrides: Partial<VoteView> = {}): VoteView {
  return {
    id: "v1",
    kind: "draft",
    status: "open",
    title: "Draft on Ukraine",
    draftId: "t1",
    matter: "substantive",
    basis: "chapter-vii",
    parties: [],
    majority: "simple",
    rollCall: false,
    rollCallOrder: null,
    hideTally: false,
    openedAt: AT,
    closedAt: null,
    voted: 1,
    ballots: { USA: { vote: "Y", by: "bot", at: AT } },
    tally: { yes: 1, no: 0, abstain: 0 },
    result: null,
    myBallot: null,
    ...overrides,
  };
}

function view(votes: VoteView[] = [vote()]): ClassView {
  return {
    id: "c1",
    name: "Year 11",
    body: "security-council",
    year: 2022,
    status: "open",
    locked: false,
    joinCode: null,
    me: { delegateId: "d1", name: "Ana", seat: "RUS", isChair: false, isTeacher: false, isGuest: true },
    seats: {},
    seatList: [],
    delegates: [],
    drafts: [],
    currentItem: "",
    meetingDate: null,
    president: null,
    speakers: { queue: [], current: null, speakingTimeSeconds: 90 },
    votes,
    eventId: 4,
  };
}

describe("applyClassEvent", () => {
  it("adds a ballot to the tally and the seats, and to the viewer's own vote when it is their seat", () => {
    const next = applyClassEvent(view(), { type: "ballot", data: { voteId: "v1", iso3: "RUS", voted: 2, vote: "N", by: "delegate", tally: { yes: 1, no: 1, abstain: 0 } } }, AT);
    expect(next?.votes[0]).toMatchObject({ voted: 2, tally: { yes: 1, no: 1, abstain: 0 }, myBallot: { vote: "N", by: "delegate" } });
    expect(next?.votes[0].ballots?.RUS).toEqual({ vote: "N", by: "delegate", at: AT });
  });

  it("keeps a hidden tally hidden and counts only how many voted", () => {
    const hidden = view([vote({ hideTally: true, ballots: null, tally: null, voted: 0 })]);
    const next = applyClassEvent(hidden, { type: "ballot", data: { voteId: "v1", iso3: "FRA", voted: 1, vote: null, by: null, tally: null } }, AT);
    expect(next?.votes[0]).toMatchObject({ voted: 1, ballots: null, tally: null });
  });

  it("asks for a reload when a hidden ballot reaches a viewer who sees the ballots (the chair)", () => {
    const chairView = view([vote({ hideTally: true, tally: null })]);
    expect(applyClassEvent(chairView, { type: "ballot", data: { voteId: "v1", iso3: "FRA", voted: 2, vote: null, by: null, tally: null } }, AT)).toBeNull();
  });

  it("closes a vote with its result in the UN's words", () => {
    const result = { outcome: "vetoed" as const, yes: 11, no: 1, abstain: 3, notVoting: 0, vetoedBy: ["RUS"], statement: "The draft resolution was not adopted, owing to the negative vote of a permanent member of the Council.", ballots: {} };
    const next = applyClassEvent(view(), { type: "vote-closed", data: { voteId: "v1", result } }, AT);
    expect(next?.votes[0]).toMatchObject({ status: "closed", closedAt: AT, result, tally: { yes: 11, no: 1, abstain: 3 } });
  });

  it("replaces the speakers' list", () => {
    const speakers = { queue: [{ id: "s1", iso3: "FRA", name: "France" }], current: null, speakingTimeSeconds: 60 };
    expect(applyClassEvent(view(), { type: "speakers", data: speakers }, AT)?.speakers).toEqual(speakers);
  });

  it("reloads for events that carry no view (a vote opened, the class changed, a snapshot) and for unknown votes", () => {
    expect(applyClassEvent(view(), { type: "vote-opened", data: { voteId: "v2" } }, AT)).toBeNull();
    expect(applyClassEvent(view(), { type: "class-updated", data: { reason: "seats" } }, AT)).toBeNull();
    expect(applyClassEvent(view(), { type: "snapshot", data: {} }, AT)).toBeNull();
    expect(applyClassEvent(view(), { type: "ballot", data: { voteId: "nope", iso3: "FRA", voted: 1, vote: "Y", by: "delegate", tally: null } }, AT)).toBeNull();
  });
});
