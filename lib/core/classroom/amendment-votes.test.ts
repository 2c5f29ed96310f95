import { describe, expect, it } from "vitest";
import { amendmentsFor, ukraineDraft } from "../amend/amend.test-support";
import { draftToPlainText } from "../draft/layout";
import { listClassSeats } from "./seats";
import { checkDivisionRequest, classVotingSequence, DIVISION_KEY, nextSequenceVote, type ClassDivision, type SequenceVoteRecord } from "./amendment-votes";
import { castBallot, closeVote, openVote, type BallotValue, type SessionVote, type VoteSetup } from "./vote-session";

const AT = "2026-11-30T09:00:00.000Z";
const draft = ukraineDraft();
const amendments = amendmentsFor(draft, [
  { id: "A1", sponsors: ["RUS"], action: "delete", target: "op6" },
  { id: "A2", sponsors: ["CHN"], action: "replace", target: "op6", paragraph: { phrase: "Calls for", text: "restraint by all parties" } },
  { id: "A3", sponsors: ["ARE"], action: "replace", target: "op2", paragraph: { phrase: "Deplores", text: "the military operation in Ukraine" } },
]);

/** A class vote of the 2022 Council on a sequence item: every seat a delegate, yes unless said otherwise. */
function classVote(step: NonNullable<ReturnType<typeof nextSequenceVote>>, ballots: Record<string, BallotValue> = {}, body: VoteSetup["body"] = "security-council"): SessionVote {
  const seats = listClassSeats(body, 2022);
  let vote = openVote(
    { body, year: 2022, kind: "draft", matter: "substantive", basis: null, parties: [], majority: "simple", seats, required: 9, step: { key: step.key, kind: step.kind, label: step.label, amended: step.amended } },
    { botSeats: [], botVotes: {}, at: AT },
  );
  for (const seat of seats) {
    const cast = castBallot(vote, { iso3: seat.iso3, vote: ballots[seat.iso3] ?? "Y", at: AT });
    if (!cast.ok) throw new Error(cast.message);
    vote = cast.vote;
  }
  return closeVote(vote, { at: AT }).vote;
}

describe("a class votes a tabled draft's amendments in sequence", () => {
  it("each amendment a vote of its own, a veto defeating one (Art. 27(3)), a lapse with its reason, then the draft as amended", () => {
    const records: SequenceVoteRecord[] = [];
    const record = (vote: SessionVote, key: string) => records.push({ step: { key }, status: "closed", outcome: vote.result!.outcome });

    let sequence = classVotingSequence({ draft, amendments, votes: records });
    expect(sequence.pendingCount).toBe(3);
    let next = nextSequenceVote(sequence)!;
    expect(next).toMatchObject({ key: "amendment:A1", kind: "amendment", label: "Amendment A1 (Operative paragraph 6)", amended: false });

    // A1 (delete op6): adopted.
    const first = classVote(next, { USA: "A" });
    expect(first.result!.statement).toBe("The amendment was adopted by 14 votes to none, with 1 abstention.");
    record(first, next.key);
    sequence = classVotingSequence({ draft, amendments, votes: records });
    // A2 replaced op6, which A1 deleted: not put to the vote.
    expect(sequence.steps.find((step) => step.key === "amendment:A2")).toMatchObject({ status: "lapsed", reason: "Not put to the vote: Operative paragraph 6, which it amends, was deleted by amendment A1, adopted" });
    next = nextSequenceVote(sequence)!;
    expect(next.key).toBe("amendment:A3");

    // A3: vetoed by a permanent member; no way on to the Assembly is offered for an amendment.
    const second = classVote(next, { GBR: "N" });
    expect(second.result!.statement).toBe("The amendment was not adopted, owing to the negative vote of a permanent member of the Council (United Kingdom of Great Britain and Northern Ireland).");
    expect(second.result!.wayOn).toBeUndefined();
    record(second, next.key);

    sequence = classVotingSequence({ draft, amendments, votes: records });
    next = nextSequenceVote(sequence)!;
    expect(next).toMatchObject({ key: "draft", kind: "draft", label: "The draft resolution as amended", amended: true });
    expect(draftToPlainText(sequence.draft)).not.toContain(draft.operative[5].text.slice(0, 30));
    const last = classVote(next, { RUS: "N" });
    expect(last.result!.statement).toBe("The draft resolution, as amended, was not adopted, owing to the negative vote of a permanent member of the Council (Russian Federation).");
    // On the draft, the way on after a veto still stands (Uniting for Peace).
    expect(last.result!.wayOn?.kind).toBe("emergency-special-session");
    record(last, next.key);
    expect(nextSequenceVote(classVotingSequence({ draft, amendments, votes: records }))).toBeNull();
  });

  it("an open vote decides nothing yet; a later vote on the same item replaces the earlier", () => {
    const open = classVotingSequence({ draft, amendments, votes: [{ step: { key: "amendment:A1" }, status: "open", outcome: null }] });
    expect(open.isVoting).toBe(true);
    expect(open.next?.key).toBe("amendment:A1");
    const twice = classVotingSequence({
      draft,
      amendments,
      votes: [
        { step: { key: "amendment:A1" }, status: "closed", outcome: "adopted" },
        { step: { key: "amendment:A1" }, status: "closed", outcome: "vetoed" },
      ],
    });
    expect(twice.steps[0]).toMatchObject({ key: "amendment:A1", status: "rejected" });
    expect(twice.next?.key).toBe("amendment:A2");
  });

  it("orders the amendments by the rules of the organ the class plays, not the draft's (Council rule 36, Assembly rule 90)", () => {
    const list = amendmentsFor(draft, [
      { id: "A1", sponsors: ["ARE"], action: "replace", target: "op2", paragraph: { phrase: "Deplores", text: "the military operation in Ukraine and calls on all parties to return at once to the negotiating table under the auspices of the Secretary-General" } },
      { id: "A2", sponsors: ["CHN"], action: "insert", target: "op3", position: "after", paragraph: { phrase: "Notes", text: "talks" } },
    ]);
    // In the Council an addition is voted first; in the Assembly the amendment furthest removed in substance.
    expect(classVotingSequence({ draft, amendments: list, votes: [] }).steps.map((step) => step.key).slice(0, 2)).toEqual(["amendment:A2", "amendment:A1"]);
    expect(classVotingSequence({ draft, amendments: list, votes: [], body: "general-assembly" }).steps.map((step) => step.key).slice(0, 2)).toEqual(["amendment:A1", "amendment:A2"]);
  });

  it("words an Assembly amendment's result as its records do", () => {
    const sequence = classVotingSequence({ draft: { ...draft, body: "general-assembly" }, amendments, votes: [] });
    const next = nextSequenceVote(sequence)!;
    const seats = listClassSeats("general-assembly", 2022).map((seat) => seat.iso3);
    const against = Object.fromEntries(seats.slice(0, 120).map((iso3) => [iso3, "N" as const]));
    const vote = classVote(next, against, "general-assembly");
    expect(vote.result!.statement).toMatch(/^The amendment was rejected by a recorded vote of/);
  });
});

describe("division of the question in a class", () => {
  const closed = (key: string, outcome: "adopted" | "vetoed" | "failed"): SequenceVoteRecord => ({ step: { key }, status: "closed", outcome });
  const ask = (votes: SequenceVoteRecord[], parts: number[], objection = false, body: VoteSetup["body"] = "security-council", list = amendments) => {
    const onDraft = { ...draft, body };
    const checked = checkDivisionRequest(classVotingSequence({ draft: onDraft, amendments: list, votes }), { parts, objection });
    if (!checked.ok) throw new Error(checked.message);
    return { onDraft, division: checked.division };
  };

  it("Council: a part voted separately and rejected leaves the text; the paragraphs after it move up; then the draft as amended", () => {
    const { division, onDraft } = ask([], [3]);
    expect(division).toMatchObject({ parts: [draft.operative[2].id], label: "Operative paragraph 3", objection: false, after: [] });
    const records: SequenceVoteRecord[] = [closed("amendment:A1", "failed"), closed("amendment:A2", "failed"), closed("amendment:A3", "failed")];
    let sequence = classVotingSequence({ draft: onDraft, amendments, votes: records, division });
    expect(sequence.division?.ruling).toEqual({ divided: true, reason: "Parts voted on separately at the request of a representative (provisional rule 32)" });
    const next = nextSequenceVote(sequence)!;
    expect(next).toMatchObject({ key: `part:${draft.operative[2].id}`, kind: "part", label: "Operative paragraph 3" });
    const part = classVote(next, { FRA: "N", GBR: "N", USA: "N", ALB: "N", IRL: "N", NOR: "N", GAB: "A" });
    expect(part.result!.statement).toMatch(/^Operative paragraph 3 was not retained/);
    records.push(closed(next.key, part.result!.outcome));
    sequence = classVotingSequence({ draft: onDraft, amendments, votes: records, division });
    expect(sequence.steps.find((step) => step.kind === "part")).toMatchObject({ status: "rejected" });
    expect(sequence.draft.operative).toHaveLength(draft.operative.length - 1);
    // The old fourth paragraph is now the third: numbering is derived from the text.
    expect(sequence.draft.operative[2].id).toBe(draft.operative[3].id);
    expect(draftToPlainText(sequence.draft)).not.toContain(draft.operative[2].text.slice(0, 40));
    expect(nextSequenceVote(sequence)).toMatchObject({ key: "draft", label: "The draft resolution as amended", amended: true });
  });

  it("Council: the mover objects, so no separate vote, with the reason (rule 32)", () => {
    const { division, onDraft } = ask([], [2, 4], true);
    expect(division.label).toBe("Operative paragraphs 2 and 4");
    const sequence = classVotingSequence({ draft: onDraft, amendments, votes: [], division });
    expect(sequence.division?.ruling).toEqual({ divided: false, reason: "The original mover objects: the parts are not voted on separately (provisional rule 32)" });
    expect(sequence.steps.some((step) => step.kind === "part" || step.kind === "division")).toBe(false);
  });

  it("Assembly: an objection puts the motion for division to the vote first, where it was made; rejected, the draft is voted as a whole", () => {
    // The Assembly's order (rule 90, the furthest removed first): A2, A3, A1.
    const records: SequenceVoteRecord[] = [closed("amendment:A2", "failed")];
    const { division, onDraft } = ask(records, [2], true, "general-assembly");
    expect(division.after).toEqual(["amendment:A2"]);
    let sequence = classVotingSequence({ draft: onDraft, amendments, votes: records, division });
    expect(sequence.steps.map((step) => [step.key, step.status])).toEqual([
      ["amendment:A2", "rejected"],
      [DIVISION_KEY, "next"],
      ["amendment:A3", "pending"],
      ["amendment:A1", "pending"],
      ["draft", "pending"],
    ]);
    const next = nextSequenceVote(sequence)!;
    expect(next).toMatchObject({ key: DIVISION_KEY, kind: "division", label: "The motion for division (Operative paragraph 2)" });
    const seats = listClassSeats("general-assembly", 2022).map((seat) => seat.iso3);
    // 60 in favour, 61 against, the rest abstaining: a majority of those present and voting is not reached.
    const ballots = Object.fromEntries(seats.map((iso3, index) => [iso3, index < 60 ? ("Y" as const) : index < 121 ? ("N" as const) : ("A" as const)]));
    const motion = classVote(next, ballots, "general-assembly");
    expect(motion.result!.statement).toMatch(/^The motion for division was rejected by a recorded vote of 60 to 61/);
    records.push(closed(DIVISION_KEY, motion.result!.outcome));
    sequence = classVotingSequence({ draft: onDraft, amendments, votes: records, division });
    expect(sequence.division?.ruling.divided).toBe(false);
    expect(sequence.steps.find((step) => step.key === DIVISION_KEY)).toMatchObject({ status: "rejected", reason: "The motion for division was rejected: the draft is voted on as a whole (rule 89)" });
    expect(sequence.next?.key).toBe("amendment:A3");
    expect(sequence.steps.some((step) => step.kind === "part")).toBe(false);
  });

  it("Assembly: the motion carried, each part is a vote of the session before the draft", () => {
    const { division, onDraft } = ask([], [1, 2], true, "general-assembly", []);
    const sequence = classVotingSequence({ draft: onDraft, amendments: [], votes: [closed(DIVISION_KEY, "adopted")], division });
    expect(sequence.steps.map((step) => [step.kind, step.label, step.status])).toEqual([
      ["division", "The motion for division (Operative paragraphs 1 and 2)", "adopted"],
      ["part", "Operative paragraph 1", "next"],
      ["part", "Operative paragraph 2", "pending"],
      ["draft", "The draft resolution", "pending"],
    ]);
  });

  it("follows the class's organ, not the draft's: a Council draft divided in an Assembly class goes to a motion vote on an objection", () => {
    const division: ClassDivision = { parts: [draft.operative[1].id], label: "Operative paragraph 2", objection: true, after: [] };
    const sequence = classVotingSequence({ draft, amendments: [], votes: [], division, body: "general-assembly" });
    expect(draft.body).toBe("security-council");
    expect(sequence.next).toMatchObject({ key: DIVISION_KEY, kind: "division" });
  });

  it("refuses a request naming no paragraph of the text as amended, every paragraph, twice, during a vote, or after the draft was voted", () => {
    const none = classVotingSequence({ draft, amendments: [], votes: [] });
    const count = draft.operative.length;
    expect(checkDivisionRequest(none, { parts: [count + 1], objection: false })).toEqual({ ok: false, message: `parts: operative paragraph ${count + 1} does not exist: the draft as amended so far has ${count} operative paragraphs.` });
    expect(checkDivisionRequest(none, { parts: [2, 2], objection: false })).toMatchObject({ ok: false, message: "parts: operative paragraph 2 is named twice." });
    expect(checkDivisionRequest(none, { parts: draft.operative.map((_paragraph, index) => index + 1), objection: false })).toMatchObject({ ok: false });
    // After A1 deleted operative paragraph 6, the last paragraph's number is one less.
    const amended = classVotingSequence({ draft, amendments, votes: [closed("amendment:A1", "adopted")] });
    expect(checkDivisionRequest(amended, { parts: [count], objection: false })).toMatchObject({ ok: false, message: expect.stringContaining(`has ${count - 1} operative paragraphs`) });
    const division: ClassDivision = { parts: [draft.operative[0].id], label: "Operative paragraph 1", objection: false, after: [] };
    expect(checkDivisionRequest(classVotingSequence({ draft, amendments: [], votes: [], division }), { parts: [2], objection: false })).toEqual({ ok: false, message: "Division of the question has already been asked on this draft." });
    const open = classVotingSequence({ draft, amendments, votes: [{ step: { key: "amendment:A1" }, status: "open", outcome: null }] });
    expect(checkDivisionRequest(open, { parts: [2], objection: false })).toMatchObject({ ok: false, message: expect.stringContaining("A vote on this draft is open") });
    const voted = classVotingSequence({ draft, amendments: [], votes: [closed("draft", "adopted")] });
    expect(checkDivisionRequest(voted, { parts: [2], objection: false })).toEqual({ ok: false, message: "The draft has already been voted: division can only be asked before the vote on the draft." });
  });
});
