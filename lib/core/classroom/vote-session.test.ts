import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random";
import { listClassSeats } from "./seats";
import { rollCallOrder } from "./roll-call";
import { castBallot, closeVote, openVote, overrideBot, type BallotValue, type SessionVote, type VoteSetup, type VoteStep } from "./vote-session";

const AT = "2026-11-30T09:00:00.000Z";
const LATER = "2026-11-30T09:05:00.000Z";

function councilSetup(overrides: Partial<VoteSetup> = {}): VoteSetup {
  return {
    body: "security-council",
    year: 2022,
    kind: "draft",
    matter: "substantive",
    basis: null,
    parties: [],
    majority: "simple",
    seats: listClassSeats("security-council", 2022),
    required: 9,
    ...overrides,
  };
}

/** S/2022/155 (25 February 2022): 11 in favour, Russia against, China, India and the UAE abstaining. */
const S_2022_155: Record<string, BallotValue> = {
  ALB: "Y", BRA: "Y", FRA: "Y", GAB: "Y", GHA: "Y", IRL: "Y", KEN: "Y", MEX: "Y", NOR: "Y", GBR: "Y", USA: "Y",
  RUS: "N", CHN: "A", IND: "A", ARE: "A",
};

function expectOk(step: VoteStep): SessionVote {
  if (!step.ok) throw new Error(`expected ok, got ${step.code}: ${step.message}`);
  return step.vote;
}

/** Every seat played by a delegate, each casting the recorded vote. */
function voteAll(vote: SessionVote, ballots: Record<string, BallotValue>): SessionVote {
  for (const [iso3, value] of Object.entries(ballots)) vote = expectOk(castBallot(vote, { iso3, vote: value, at: AT }));
  return vote;
}

describe("a live Council vote", () => {
  it("decides S/2022/155 as the Council did: 11-1-3, not adopted owing to Russia's veto, with the way on", () => {
    const opened = openVote(councilSetup(), { botSeats: [], botVotes: {}, at: AT });
    const { result } = closeVote(voteAll(opened, S_2022_155), { at: LATER });
    expect(result).toMatchObject({ outcome: "vetoed", yes: 11, no: 1, abstain: 3, notVoting: 0, vetoedBy: ["RUS"] });
    expect(result.statement).toBe("The draft resolution was not adopted, owing to the negative vote of a permanent member of the Council (Russian Federation).");
    expect(result.ballots.RUS).toEqual({ vote: "N", by: "delegate" });
    expect(result.wayOn).toMatchObject({ kind: "emergency-special-session", required: 9 });
  });

  it("adopts the procedural referral of resolution 2623 by 11-1-3: Russia's vote against is no veto", () => {
    const opened = openVote(councilSetup({ kind: "referral", matter: "procedural" }), { botSeats: [], botVotes: {}, at: AT });
    const { result } = closeVote(voteAll(opened, S_2022_155), { at: LATER });
    expect(result).toMatchObject({ outcome: "adopted", yes: 11, no: 1, abstain: 3, vetoedBy: [] });
    expect(result.statement).toBe("The draft resolution was adopted by 11 votes to 1, with 3 abstentions.");
    expect(result.wayOn).toBeUndefined();
  });

  it("fills bot seats at opening, marked as bot ballots, and lets the chair override a bot only", () => {
    const botSeats = Object.keys(S_2022_155).filter((iso3) => iso3 !== "USA" && iso3 !== "RUS");
    let vote = openVote(councilSetup(), { botSeats, botVotes: S_2022_155, at: AT });
    expect(Object.keys(vote.ballots)).toHaveLength(13);
    expect(vote.ballots.CHN).toEqual({ vote: "A", by: "bot", at: AT });
    vote = expectOk(overrideBot(vote, { iso3: "CHN", vote: "N", at: LATER }));
    expect(vote.ballots.CHN).toEqual({ vote: "N", by: "chair", at: LATER });
    expect(overrideBot(vote, { iso3: "USA", vote: "N", at: LATER })).toMatchObject({ ok: false, code: "not-a-bot-seat" });
    expect(castBallot(vote, { iso3: "CHN", vote: "Y", at: LATER })).toMatchObject({ ok: false, code: "bot-seat" });
    expect(castBallot(vote, { iso3: "DEU", vote: "Y", at: LATER })).toMatchObject({ ok: false, code: "not-a-seat" });
  });

  it("lets a delegate change their vote until the close; the last ballot counts", () => {
    let vote = openVote(councilSetup(), { botSeats: [], botVotes: {}, at: AT });
    vote = voteAll(vote, S_2022_155);
    vote = expectOk(castBallot(vote, { iso3: "RUS", vote: "A", at: LATER }));
    const { result } = closeVote(vote, { at: LATER });
    expect(result).toMatchObject({ outcome: "adopted", yes: 11, no: 0, abstain: 4 });
  });

  it("counts a silent delegate's seat as not participating, or lets the bot vote for it when the chair says so", () => {
    const ballots = { ...S_2022_155 };
    delete ballots.RUS;
    const opened = voteAll(openVote(councilSetup(), { botSeats: [], botVotes: { RUS: "N" }, at: AT }), ballots);
    const silent = closeVote(opened, { at: LATER }).result;
    // Absence is no veto (Council practice; ICJ Namibia opinion, para. 22).
    expect(silent).toMatchObject({ outcome: "adopted", yes: 11, no: 0, abstain: 3, notVoting: 1 });
    expect(silent.ballots.RUS).toEqual({ vote: "NP", by: "none" });
    expect(silent.statement).toBe("The draft resolution was adopted by 11 votes to none, with 3 abstentions; one member did not participate in the voting.");
    const withBot = closeVote(opened, { at: LATER, botsVoteForSilent: true }).result;
    expect(withBot).toMatchObject({ outcome: "vetoed", vetoedBy: ["RUS"] });
    expect(withBot.ballots.RUS).toEqual({ vote: "N", by: "bot" });
  });

  it("refuses a ballot after closing, changes nothing, and answers the same result when closed twice", () => {
    const closed = closeVote(voteAll(openVote(councilSetup(), { botSeats: [], botVotes: {}, at: AT }), S_2022_155), { at: LATER });
    expect(castBallot(closed.vote, { iso3: "RUS", vote: "Y", at: LATER })).toMatchObject({ ok: false, code: "vote-closed" });
    expect(overrideBot(closed.vote, { iso3: "RUS", vote: "Y", at: LATER })).toMatchObject({ ok: false, code: "vote-closed" });
    const again = closeVote(closed.vote, { at: "2026-11-30T10:00:00.000Z", botsVoteForSilent: true });
    expect(again.changed).toBe(false);
    expect(again.result).toEqual(closed.result);
  });

  it("makes a party to the dispute abstain under Chapter VI (Art. 27(3)), and not under Chapter VII", () => {
    const setup = councilSetup({ basis: "chapter-vi", parties: ["RUS"] });
    const vote = openVote(setup, { botSeats: ["CHN"], botVotes: { CHN: "N" }, at: AT });
    expect(castBallot(vote, { iso3: "RUS", vote: "N", at: AT })).toMatchObject({ ok: false, code: "party-must-abstain" });
    expect(castBallot(vote, { iso3: "RUS", vote: "A", at: AT }).ok).toBe(true);
    const party = openVote(councilSetup({ basis: "chapter-vi", parties: ["CHN"] }), { botSeats: ["CHN"], botVotes: { CHN: "N" }, at: AT });
    expect(party.ballots.CHN.vote).toBe("A");
    const underVii = openVote(councilSetup({ basis: "chapter-vii", parties: ["RUS"] }), { botSeats: [], botVotes: {}, at: AT });
    expect(castBallot(underVii, { iso3: "RUS", vote: "N", at: AT }).ok).toBe(true);
  });

  it("words a procedural motion as a motion", () => {
    const opened = openVote(councilSetup({ kind: "motion", matter: "procedural" }), { botSeats: [], botVotes: {}, at: AT });
    const { result } = closeVote(voteAll(opened, S_2022_155), { at: LATER });
    expect(result.statement).toBe("The motion was adopted by 11 votes to 1, with 3 abstentions.");
  });
});

describe("a live Assembly vote", () => {
  const seats = listClassSeats("general-assembly", 2022);

  it("decides by a simple majority of those present and voting (Art. 18, rule 86), like ES-11/1: 141-5-35", () => {
    const against = ["RUS", "BLR", "PRK", "ERI", "SYR"];
    const abstaining = seats.slice(0, 60).map((seat) => seat.iso3).filter((iso3) => !against.includes(iso3)).slice(0, 35);
    const botVotes: Record<string, BallotValue> = {};
    let yes = 0;
    for (const seat of seats) {
      if (against.includes(seat.iso3)) botVotes[seat.iso3] = "N";
      else if (abstaining.includes(seat.iso3)) botVotes[seat.iso3] = "A";
      else if (yes < 141) {
        botVotes[seat.iso3] = "Y";
        yes++;
      }
    }
    const botSeats = Object.keys(botVotes);
    const vote = openVote({ ...councilSetup(), body: "general-assembly", seats, required: 0 }, { botSeats, botVotes, at: AT });
    const { result } = closeVote(vote, { at: LATER });
    expect(result).toMatchObject({ outcome: "adopted", yes: 141, no: 5, abstain: 35, notVoting: 12, vetoedBy: [] });
    expect(result.statement).toBe("The draft resolution was adopted by a recorded vote of 141 to 5, with 35 abstentions.");
  });

  it("needs two-thirds of those present and voting on an important question (Art. 18(2))", () => {
    const botVotes = Object.fromEntries(seats.map((seat, index) => [seat.iso3, (index < 120 ? "Y" : "N") as BallotValue]));
    const setup: VoteSetup = { ...councilSetup(), body: "general-assembly", seats, required: 0, majority: "two-thirds" };
    const { result } = closeVote(openVote(setup, { botSeats: Object.keys(botVotes), botVotes, at: AT }), { at: LATER });
    expect(result).toMatchObject({ outcome: "failed", yes: 120, no: 73 });
    expect(result.statement).toContain("two-thirds majority");
  });

  it("decides the motion for division by a simple majority even on an important question (rule 89), counted against the class's seats", () => {
    const botVotes = Object.fromEntries(seats.map((seat, index) => [seat.iso3, (index < 100 ? "Y" : index < 160 ? "N" : "A") as BallotValue]));
    const setup: VoteSetup = { ...councilSetup(), body: "general-assembly", seats, required: 0, majority: "two-thirds", step: { key: "division", kind: "division", label: "The motion for division (Operative paragraph 2)", amended: false } };
    const vote = openVote(setup, { botSeats: Object.keys(botVotes), botVotes, at: AT });
    expect(vote.majority).toBe("simple");
    const { result } = closeVote(vote, { at: LATER });
    expect(result).toMatchObject({ outcome: "adopted", yes: 100, no: 60, abstain: seats.length - 160, notVoting: 0 });
    expect(result.statement).toBe(`The motion for division was adopted by a recorded vote of 100 to 60, with ${seats.length - 160} abstentions.`);
  });
});

describe("roll-call order (GA rule 87)", () => {
  it("runs in English alphabetical order from the seat drawn by lot, wrapping round", () => {
    const seats = listClassSeats("security-council", 2022);
    const order = rollCallOrder(seats, () => 0.5);
    expect(order).toHaveLength(15);
    // Albania, Brazil, China, France, Gabon, Ghana, India, Ireland, …: the lot falls on index 7, Ireland.
    expect(order.slice(0, 3)).toEqual(["IRL", "KEN", "MEX"]);
    expect(order.slice(-2)).toEqual(["GHA", "IND"]);
    expect(new Set(order).size).toBe(15);
  });

  it("draws a different start with another lot, always the same order for the same seed", () => {
    const seats = listClassSeats("general-assembly", 2022);
    expect(rollCallOrder(seats, seededRandom(7))).toEqual(rollCallOrder(seats, seededRandom(7)));
    expect(rollCallOrder(seats, () => 0)[0]).toBe("AFG");
  });
});
