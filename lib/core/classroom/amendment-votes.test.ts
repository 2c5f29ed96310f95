import { describe, expect, it } from "vitest";
import { amendmentsFor, ukraineDraft } from "../amend/amend.test-support";
import { draftToPlainText } from "../draft/layout";
import { listClassSeats } from "./seats";
import { classVotingSequence, nextSequenceVote, type SequenceVoteRecord } from "./amendment-votes";
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

  it("words an Assembly amendment's result as its records do", () => {
    const sequence = classVotingSequence({ draft: { ...draft, body: "general-assembly" }, amendments, votes: [] });
    const next = nextSequenceVote(sequence)!;
    const seats = listClassSeats("general-assembly", 2022).map((seat) => seat.iso3);
    const against = Object.fromEntries(seats.slice(0, 120).map((iso3) => [iso3, "N" as const]));
    const vote = classVote(next, against, "general-assembly");
    expect(vote.result!.statement).toMatch(/^The amendment was rejected by a recorded vote of/);
  });
});
