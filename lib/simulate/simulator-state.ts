import type { DraftPrediction } from "@/lib/core/predict/predict-vote";
import { getCouncil } from "@/lib/core/un/council";
import { getPresidentOfMonth, getPresidentOnDate } from "@/lib/core/un/presidency";
import { getCouncilVoteSetup } from "@/lib/core/vote/council-of-year";
import type { ExplanationOfVote } from "@/lib/core/vote/explanations";
import { decidePreliminaryQuestion } from "@/lib/core/vote/preliminary-question";
import {
  listCouncilVoteIssues,
  listPartiesMustAbstain,
  PARTY_TO_DISPUTE_VOTES,
  voteAllowedForParty,
  type CouncilMatter,
  type PacificSettlementBasis,
} from "@/lib/core/vote/council-rules";
import type { VoteValue } from "@/lib/core/vote/vote-value";
import { nextVote } from "./vote-display";
import type { VoteQueryInput } from "./vote-query";

/** Everything the simulator's user has set, and the last prediction: one value, changed only by `simulatorReducer`. */
export type SimulatorState = {
  year: number;
  matter: CouncilMatter;
  /** The basis under which parties to the dispute must abstain (Charter Art. 27(3)); null for any other. */
  pacificSettlement: PacificSettlementBasis | null;
  parties: string[];
  votes: Record<string, VoteValue>;
  presidentIso3: string | null;
  /** YYYY-MM-DD within `year`, or "" when unset. */
  voteDate: string;
  /** Agenda item or topic, for a prediction without a draft. */
  topic: string;
  sponsors: string[];
  /** Seats whose vote was set by hand (a student's), in the order they were set: Predict can leave them as they are. */
  setByHand: string[];
  keepHandVotes: boolean;
  /** After a veto: the same Council votes on calling an emergency special session (procedural). */
  isReferralVote: boolean;
  /** A permanent member contesting that a procedural matter is procedural: the preliminary question is put to the vote. */
  contestedBy: string | null;
  /** Explanations of vote before or after the vote (rule 88), in the order given. */
  explanations: ExplanationOfVote[];
  prediction: DraftPrediction | null;
};

export type SimulatorAction =
  | { type: "set-year"; year: number }
  | { type: "set-vote-date"; date: string }
  | { type: "set-matter"; matter: CouncilMatter }
  | { type: "set-basis"; basis: PacificSettlementBasis | null }
  | { type: "set-parties"; parties: string[] }
  | { type: "set-president"; iso3: string | null }
  | { type: "set-topic"; topic: string }
  | { type: "set-sponsors"; sponsors: string[] }
  | { type: "set-keep-hand-votes"; keep: boolean }
  | { type: "cycle-vote"; iso3: string }
  | { type: "all-yes" }
  | { type: "apply-prediction"; prediction: DraftPrediction }
  /** The next vote of a sequence (an amendment, a part, the draft as amended): the seats start again from the preset. */
  | { type: "next-vote" }
  | { type: "hold-referral-vote" }
  | { type: "set-contested-by"; iso3: string | null }
  | { type: "add-explanation"; explanation: ExplanationOfVote }
  | { type: "remove-explanation"; index: number };

/** Every member of the year's Council voting yes: where a simulation starts. */
export function allYes(year: number): Record<string, VoteValue> {
  return Object.fromEntries((getCouncil(year)?.members ?? []).map((member) => [member.iso3, "Y" as VoteValue]));
}

export function initialSimulatorState(year: number, draftDate: string | null = null): SimulatorState {
  return {
    year,
    matter: "substantive",
    pacificSettlement: null,
    parties: [],
    votes: allYes(year),
    presidentIso3: presidentFor(year, draftDate?.startsWith(`${year}-`) ? draftDate : ""),
    voteDate: draftDate?.startsWith(`${year}-`) ? draftDate : "",
    topic: "",
    sponsors: [],
    setByHand: [],
    keepHandVotes: true,
    isReferralVote: false,
    contestedBy: null,
    explanations: [],
    prediction: null,
  };
}

/**
 * The President the simulator presets (provisional rule 18): the month's President on the vote's
 * date, or January's of the year when no date is set. The user can still choose another.
 */
export function presidentFor(year: number, voteDate: string): string | null {
  if (voteDate) {
    const lookup = getPresidentOnDate(voteDate);
    if (lookup.ok && lookup.president.year === year) return lookup.president.iso3;
  }
  if (!getCouncil(year)) return null;
  return getPresidentOfMonth(year, 1).iso3;
}

/**
 * The preliminary question when a permanent member contests that a procedural matter is
 * procedural: every member votes on it as on the matter, the contesting member against.
 */
export function preliminaryQuestionOf(state: Pick<SimulatorState, "year" | "matter" | "votes" | "contestedBy">) {
  if (state.matter !== "procedural" || !state.contestedBy) return null;
  const setup = getCouncilVoteSetup(state.year);
  if (!setup || !setup.members.some((seat) => seat.iso3 === state.contestedBy && seat.permanent)) return null;
  const votes = setup.members.map((seat) => ({ iso3: seat.iso3, vote: seat.iso3 === state.contestedBy ? "N" : (state.votes[seat.iso3] ?? "Y") }));
  const issues = listCouncilVoteIssues({ members: setup.members, required: setup.required, matter: "substantive", votes });
  if (issues.length > 0) return null;
  return decidePreliminaryQuestion({ members: setup.members, required: setup.required, votes, names: setup.names, year: state.year }, state.contestedBy);
}

/** The matter as it is finally voted: procedural unless the preliminary question decided otherwise. */
export function effectiveMatter(state: Pick<SimulatorState, "year" | "matter" | "votes" | "contestedBy">): CouncilMatter {
  return preliminaryQuestionOf(state)?.matterDecidedAs ?? state.matter;
}

/** The parties who must abstain under the current settings (Charter Art. 27(3)), from the vote core. */
export function partiesMustAbstain(state: Pick<SimulatorState, "matter" | "pacificSettlement" | "parties">): string[] {
  return listPartiesMustAbstain({ matter: state.matter, pacificSettlement: state.pacificSettlement ?? undefined, partiesToDispute: state.parties });
}

/**
 * Where a new vote starts: the prediction's most likely vote for each seat when there is one
 * (a party to the dispute under Chapter VI still only abstains), otherwise every seat yes.
 */
export function presetVotes(state: Pick<SimulatorState, "year" | "prediction" | "matter" | "pacificSettlement" | "parties">): Record<string, VoteValue> {
  const votes = allYes(state.year);
  if (!state.prediction) return votes;
  const mustAbstain = partiesMustAbstain(state);
  for (const [iso3, vote] of Object.entries(state.prediction.mostLikely)) {
    if (iso3 in votes) votes[iso3] = mustAbstain.includes(iso3) ? voteAllowedForParty(vote) : vote;
  }
  return votes;
}

/** The vote of every seat of the year's Council; a seat not yet set votes yes, as it starts. */
export function seatVotes(state: Pick<SimulatorState, "year" | "votes">): { iso3: string; vote: VoteValue }[] {
  return (getCouncil(state.year)?.members ?? []).map((member) => ({ iso3: member.iso3, vote: state.votes[member.iso3] ?? "Y" }));
}

/** The vote as the simulator saves it, decides it and puts it in a vote-record link. */
export function voteQueryOf(state: SimulatorState, draftId: string | null): VoteQueryInput {
  return {
    year: state.year,
    matter: effectiveMatter(state),
    pacificSettlement: state.pacificSettlement,
    parties: state.parties,
    votes: state.votes,
    voteDate: state.voteDate || null,
    draftId,
    explanations: state.explanations,
  };
}

export function simulatorReducer(state: SimulatorState, action: SimulatorAction): SimulatorState {
  switch (action.type) {
    case "set-year": {
      const council = getCouncil(action.year);
      return {
        ...state,
        year: action.year,
        isReferralVote: false,
        votes: allYes(action.year),
        setByHand: [],
        presidentIso3: presidentFor(action.year, state.voteDate.startsWith(`${action.year}-`) ? state.voteDate : ""),
        contestedBy: null,
        explanations: [],
        parties: council ? state.parties.filter((iso3) => council.members.some((member) => member.iso3 === iso3)) : state.parties,
        prediction: null,
        voteDate: state.voteDate && !state.voteDate.startsWith(`${action.year}-`) ? "" : state.voteDate,
      };
    }
    case "set-vote-date":
      return { ...state, voteDate: action.date, presidentIso3: action.date ? presidentFor(state.year, action.date) : state.presidentIso3 };
    case "set-matter":
      // Back on substance, the referral vote (procedural by nature) is over.
      return {
        ...state,
        matter: action.matter,
        isReferralVote: action.matter === "substantive" ? false : state.isReferralVote,
        contestedBy: action.matter === "substantive" ? null : state.contestedBy,
      };
    case "set-basis":
      return { ...state, pacificSettlement: action.basis };
    case "set-parties":
      return { ...state, parties: action.parties };
    case "set-president":
      return { ...state, presidentIso3: action.iso3 };
    case "set-topic":
      return { ...state, topic: action.topic };
    case "set-sponsors":
      return { ...state, sponsors: action.sponsors };
    case "set-keep-hand-votes":
      return { ...state, keepHandVotes: action.keep };
    case "cycle-vote": {
      // Charter Art. 27(3): a party to the dispute can only abstain or not take part.
      const isParty = partiesMustAbstain(state).includes(action.iso3);
      const vote = nextVote(state.votes[action.iso3] ?? "Y", isParty ? PARTY_TO_DISPUTE_VOTES : undefined);
      return {
        ...state,
        votes: { ...state.votes, [action.iso3]: vote },
        setByHand: state.setByHand.includes(action.iso3) ? state.setByHand : [...state.setByHand, action.iso3],
      };
    }
    case "all-yes":
      return { ...state, votes: allYes(state.year), setByHand: [] };
    case "apply-prediction": {
      const mustAbstain = partiesMustAbstain(state);
      const votes = { ...state.votes };
      for (const [iso3, vote] of Object.entries(action.prediction.mostLikely)) {
        if (state.keepHandVotes && state.setByHand.includes(iso3)) continue;
        votes[iso3] = mustAbstain.includes(iso3) ? voteAllowedForParty(vote) : vote;
      }
      return { ...state, prediction: action.prediction, votes };
    }
    case "next-vote":
      return { ...state, votes: presetVotes(state), setByHand: [], isReferralVote: false, contestedBy: null, explanations: [] };
    case "hold-referral-vote":
      return { ...state, matter: "procedural", pacificSettlement: null, isReferralVote: true, contestedBy: null };
    case "set-contested-by":
      return { ...state, contestedBy: action.iso3 };
    case "add-explanation": {
      const text = action.explanation.text.trim();
      if (!text) return state;
      return { ...state, explanations: [...state.explanations, { ...action.explanation, text }] };
    }
    case "remove-explanation":
      return { ...state, explanations: state.explanations.filter((_, index) => index !== action.index) };
    default: {
      const unreachable: never = action;
      throw new Error(`unhandled action ${JSON.stringify(unreachable)}`);
    }
  }
}
