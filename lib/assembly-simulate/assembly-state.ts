import { type ImportantQuestionChoice, setBlocVote, suggestMajorityFor } from "@/lib/core/vote/assembly-board";
import type { AssemblyMajority } from "@/lib/core/vote/assembly-rules";
import type { VoteValue } from "@/lib/core/vote/vote-value";
import { nextVote } from "@/lib/simulate/vote-display";
import type { AssemblyBoardPrediction } from "./predict";

export type AssemblySimulatorState = {
  year: number;
  /** Every Member's vote; NP until set ("not voting": absent or present and not voting). */
  votes: Record<string, VoteValue>;
  /** Members whose vote was set by hand (one by one or by group), kept by Predict when asked. */
  handSet: string[];
  choice: ImportantQuestionChoice;
  majority: AssemblyMajority;
  isAdoptedWithoutVote: boolean;
  prediction: AssemblyBoardPrediction | null;
};

export type AssemblySimulatorAction =
  | { type: "set-year"; year: number; members: readonly string[] }
  | { type: "cycle-vote"; iso3: string }
  | { type: "set-votes"; iso3s: readonly string[]; vote: VoteValue }
  | { type: "clear"; members: readonly string[] }
  | { type: "apply-prediction"; prediction: AssemblyBoardPrediction; keepHandSet: boolean }
  | { type: "set-choice"; choice: ImportantQuestionChoice; text: string }
  /** The text read for the suggestion changed (the title typed without a draft). */
  | { type: "set-text"; text: string }
  | { type: "set-majority"; majority: AssemblyMajority }
  | { type: "adopt-without-vote"; value: boolean };

function notVoting(members: readonly string[]): Record<string, VoteValue> {
  return Object.fromEntries(members.map((iso3) => [iso3, "NP" as VoteValue]));
}

export function initialAssemblyState(options: {
  year: number;
  members: readonly string[];
  text: string;
  choice?: ImportantQuestionChoice;
  prediction?: AssemblyBoardPrediction | null;
}): AssemblySimulatorState {
  const choice = options.choice ?? "from-text";
  const prediction = options.prediction ?? null;
  return {
    year: options.year,
    votes: prediction ? { ...notVoting(options.members), ...pick(prediction.board, options.members) } : notVoting(options.members),
    handSet: [],
    choice,
    majority: suggestMajorityFor(choice, options.text).majority,
    isAdoptedWithoutVote: false,
    prediction,
  };
}

function pick(votes: Readonly<Record<string, VoteValue>>, members: readonly string[]): Record<string, VoteValue> {
  const out: Record<string, VoteValue> = {};
  for (const iso3 of members) if (votes[iso3]) out[iso3] = votes[iso3];
  return out;
}

export function assemblyReducer(state: AssemblySimulatorState, action: AssemblySimulatorAction): AssemblySimulatorState {
  switch (action.type) {
    case "set-year":
      return { ...state, year: action.year, votes: notVoting(action.members), handSet: [], prediction: null, isAdoptedWithoutVote: false };
    case "cycle-vote": {
      if (!(action.iso3 in state.votes)) return state;
      return { ...state, votes: { ...state.votes, [action.iso3]: nextVote(state.votes[action.iso3]) }, handSet: addAll(state.handSet, [action.iso3]), isAdoptedWithoutVote: false };
    }
    case "set-votes": {
      const members = action.iso3s.filter((iso3) => iso3 in state.votes);
      return { ...state, votes: setBlocVote(state.votes, { members }, action.vote), handSet: addAll(state.handSet, members), isAdoptedWithoutVote: false };
    }
    case "clear":
      return { ...state, votes: notVoting(action.members), handSet: [], isAdoptedWithoutVote: false };
    case "apply-prediction": {
      const kept = action.keepHandSet ? new Set(state.handSet) : new Set<string>();
      const votes = { ...state.votes };
      for (const iso3 of Object.keys(votes)) {
        if (kept.has(iso3)) continue;
        votes[iso3] = action.prediction.board[iso3] ?? "NP";
      }
      return { ...state, votes, handSet: action.keepHandSet ? state.handSet : [], prediction: action.prediction, isAdoptedWithoutVote: false };
    }
    case "set-choice":
      return { ...state, choice: action.choice, majority: suggestMajorityFor(action.choice, action.text).majority };
    case "set-text":
      // Read from the draft: the majority follows the suggestion as the text changes; a chosen category keeps its own.
      return state.choice === "from-text" ? { ...state, majority: suggestMajorityFor("from-text", action.text).majority } : state;
    case "set-majority":
      return { ...state, majority: action.majority };
    case "adopt-without-vote":
      return { ...state, isAdoptedWithoutVote: action.value };
    default: {
      const unreachable: never = action;
      throw new Error(`unhandled action ${String(unreachable)}`);
    }
  }
}

function addAll(list: readonly string[], more: readonly string[]): string[] {
  const set = new Set(list);
  for (const item of more) set.add(item);
  return [...set];
}
