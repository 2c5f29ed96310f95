import { checkCastVote, countVotes, isVoteValue, numberInWords, pluralize, type CastVote, type VoteValue } from "./vote-value";
import { VoteError, type VoteIssue } from "./vote-error";
import { joinWithAnd } from "../un/list-format";

/**
 * Charter Art. 27(2) (procedural: any `required` members) or Art. 27(3) (all other matters:
 * `required` members including the concurring votes of the permanent members).
 */
export type CouncilMatter = "substantive" | "procedural";

export type CouncilOutcome = "adopted" | "vetoed" | "failed";

/**
 * The decisions for which the proviso of Charter Art. 27(3) says "a party to a dispute shall
 * abstain from voting": decisions under Chapter VI (pacific settlement) and under Art. 52(3)
 * (settlement through regional arrangements).
 */
export type PacificSettlementBasis = "chapter-vi" | "article-52-3";

export type CouncilSeat = { iso3: string; permanent: boolean };

export type CouncilVoteInput = {
  /** Every member of the Council that year; each must have a vote (Charter Art. 27(1)). */
  members: readonly CouncilSeat[];
  /**
   * Votes needed: 9 of 15 since 1966, 7 of 11 from 1946 to 1965 (Charter Art. 27(2)–(3),
   * as amended by GA res. 1991 A (XVIII), in force 31 August 1965). Comes from the Council
   * of the year, never assumed here.
   */
  required: number;
  matter: CouncilMatter;
  votes: readonly CastVote[];
  /** Set when the decision is taken under Chapter VI or Art. 52(3); see `partiesToDispute`. */
  pacificSettlement?: PacificSettlementBasis;
  /** iso3 of the parties to the dispute (members of the Council or not). */
  partiesToDispute?: readonly string[];
  /** Display names by iso3, for the statement and messages; the iso3 is shown when missing. */
  names?: Readonly<Record<string, string>>;
  /** All codes the caller knows, to tell an unknown code from a state not on the Council. */
  knownStates?: ReadonlySet<string>;
  /** Only used in messages ("… is not a member of the Security Council in 2022"). */
  year?: number;
};

export type CouncilDecision = {
  outcome: CouncilOutcome;
  matter: CouncilMatter;
  yes: number;
  no: number;
  abstain: number;
  notVoting: number;
  required: number;
  /** iso3 of permanent members voting N on a substantive matter that otherwise had the votes. */
  vetoedBy: string[];
  /** Yes votes short of `required` (0 when the draft had the votes). */
  missingYes: number;
  statement: string;
};

/** Checks the Council, its members and the votes; returns every problem found (empty when valid). */
export function listCouncilVoteIssues(input: CouncilVoteInput): VoteIssue[] {
  const issues: VoteIssue[] = [];
  const name = (iso3: string) => displayName(input.names, iso3);
  const inYear = input.year === undefined ? "" : ` in ${input.year}`;

  const seats = new Map<string, CouncilSeat>();
  for (const seat of input.members) {
    if (seats.has(seat.iso3)) {
      issues.push({ code: "invalid-body", iso3: seat.iso3, message: `${seat.iso3} is listed twice among the members of the Council` });
    }
    seats.set(seat.iso3, seat);
  }
  // Charter Art. 27(2)–(3): a number of affirmative votes out of the members; anything else is a malformed Council.
  if (!Number.isInteger(input.required) || input.required < 1 || input.required > seats.size) {
    issues.push({
      code: "invalid-body",
      message: `the Council needs a required number of votes between 1 and ${seats.size}, not ${input.required}`,
    });
  }

  const mustAbstain = new Set(listPartiesMustAbstain(input));

  const voted = new Set<string>();
  for (const { iso3, vote } of input.votes) {
    if (!seats.has(iso3)) {
      if (input.knownStates && !input.knownStates.has(iso3)) {
        issues.push({ code: "unknown-state", iso3, message: `${iso3} is not a known state code` });
      } else {
        issues.push({ code: "not-a-member", iso3, message: `${name(iso3)} is not a member of the Security Council${inYear}` });
      }
      continue;
    }
    const issue = checkCastVote(voted, iso3, vote, name(iso3));
    if (issue) {
      issues.push(issue);
      continue;
    }
    if (mustAbstain.has(iso3) && (vote === "Y" || vote === "N")) {
      issues.push({
        code: "party-must-abstain",
        iso3,
        message: `${name(iso3)} is a party to the dispute and shall abstain from voting on a decision ${settlementBasisLabel(input.pacificSettlement!)} (Charter Art. 27(3))`,
      });
    }
  }

  // Charter Art. 27(1): each member has one vote; an absence is recorded explicitly as NP, never guessed.
  for (const seat of input.members) {
    if (!voted.has(seat.iso3)) {
      issues.push({ code: "missing-vote", iso3: seat.iso3, message: `${name(seat.iso3)} has no vote (use NP for a member not participating or absent)` });
    }
  }
  return issues;
}

/**
 * The parties to the dispute who shall abstain. Charter Art. 27(3), proviso: only decisions under
 * Chapter VI and Art. 52(3) oblige a party to abstain; procedural decisions under Art. 27(2) are not
 * covered by the proviso.
 */
export function listPartiesMustAbstain(input: Pick<CouncilVoteInput, "matter" | "pacificSettlement" | "partiesToDispute">): string[] {
  if (input.matter !== "substantive" || input.pacificSettlement === undefined) return [];
  return [...new Set(input.partiesToDispute ?? [])];
}

/**
 * The votes a party that must abstain may cast: an abstention, or not taking part (Charter
 * Art. 27(3), proviso; Council practice records both).
 */
export const PARTY_TO_DISPUTE_VOTES: readonly VoteValue[] = ["A", "NP"];

/**
 * A party's vote as the proviso of Charter Art. 27(3) lets it stand: a yes or a no becomes an
 * abstention; an abstention or non-participation is kept.
 */
export function voteAllowedForParty(vote: VoteValue): VoteValue {
  return PARTY_TO_DISPUTE_VOTES.includes(vote) ? vote : "A";
}

/**
 * What the permanent members' votes mean while the votes are being cast, one line: on a procedural
 * matter they have no veto (Charter Art. 27(2)); on substance a permanent member's no is a veto only
 * when the draft otherwise has the `required` votes (Art. 27(3)). Names follow the order of `members`.
 * Seats without a valid vote are left out of the count.
 */
export function describeVetoLine(input: Pick<CouncilVoteInput, "members" | "required" | "matter" | "votes" | "names">): string {
  switch (input.matter) {
    case "procedural":
      return "Procedural vote: the permanent members have no veto (Art. 27(2)).";
    case "substantive": {
      const voteOf = new Map(input.votes.map((cast) => [cast.iso3, cast.vote]));
      const against = input.members.filter((seat) => seat.permanent && voteOf.get(seat.iso3) === "N");
      if (against.length === 0) return "No permanent member is voting no.";
      const tally = countVotes(input.members.map((seat) => voteOf.get(seat.iso3)).filter(isVoteValue));
      const names = against.map((seat) => displayName(input.names, seat.iso3)).join(", ");
      const consequence = tally.yes >= input.required ? " — a veto" : " (no veto: the draft lacks the votes anyway)";
      return `Permanent member${against.length > 1 ? "s" : ""} voting no: ${names}${consequence}.`;
    }
    default: {
      const unreachable: never = input.matter;
      throw new Error(`unhandled matter ${String(unreachable)}`);
    }
  }
}

/** Decides a vote of the Security Council; throws a VoteError listing every problem when the votes are invalid. */
export function decideCouncilVote(input: CouncilVoteInput): CouncilDecision {
  const issues = listCouncilVoteIssues(input);
  if (issues.length > 0) throw new VoteError(issues);

  const voteOf = new Map(input.votes.map((cast) => [cast.iso3, cast.vote as VoteValue]));
  const tally = countVotes(input.members.map((seat) => voteOf.get(seat.iso3)!));
  const hasVotes = tally.yes >= input.required;
  const permanentAgainst = input.members.filter((seat) => seat.permanent && voteOf.get(seat.iso3) === "N").map((seat) => seat.iso3);

  let outcome: CouncilOutcome;
  let vetoedBy: string[] = [];
  switch (input.matter) {
    case "procedural":
      // Charter Art. 27(2): an affirmative vote of `required` members; the permanent members have no veto.
      outcome = hasVotes ? "adopted" : "failed";
      break;
    case "substantive":
      // Charter Art. 27(3): `required` affirmative votes including the concurring votes of the permanent
      // members. Only a negative vote withholds concurrence: an abstention or absence does not (practice
      // since 1946–47; ICJ, Namibia advisory opinion, 1971, para. 22). A draft short of the votes "failed
      // to obtain the required number of votes" even when a permanent member voted against it: no veto.
      if (!hasVotes) {
        outcome = "failed";
      } else if (permanentAgainst.length > 0) {
        outcome = "vetoed";
        vetoedBy = sortByName(permanentAgainst, input.names);
      } else {
        outcome = "adopted";
      }
      break;
    default: {
      const unreachable: never = input.matter;
      throw new Error(`unhandled matter ${String(unreachable)}`);
    }
  }

  return {
    outcome,
    matter: input.matter,
    ...tally,
    required: input.required,
    vetoedBy,
    missingYes: Math.max(0, input.required - tally.yes),
    statement: councilStatement(outcome, tally, input.required, vetoedBy.map((iso3) => displayName(input.names, iso3))),
  };
}

/**
 * The sentence the President reads out after the vote, in the words of the Council's records:
 * - "The draft resolution was adopted unanimously." (every member voted yes)
 * - "The draft resolution was adopted by 11 votes to 1, with 3 abstentions."
 * - "The draft resolution was adopted by 14 votes to none; one member did not participate in the
 *   voting." (never "unanimously" when a member did not vote)
 * - "The draft resolution was not adopted, owing to the negative vote of a permanent member of the Council (Russian Federation)."
 * - "… owing to the negative votes of two permanent members of the Council (China and Russian
 *   Federation)." (S/PV.7893, 28 February 2017: "the negative votes of two permanent members")
 * - "The draft resolution was not adopted, having failed to obtain the required number of votes (7 in favour; 9 required)."
 */
function councilStatement(
  outcome: CouncilOutcome,
  tally: { yes: number; no: number; abstain: number; notVoting: number },
  required: number,
  vetoNames: string[],
): string {
  switch (outcome) {
    case "adopted": {
      if (tally.no === 0 && tally.abstain === 0 && tally.notVoting === 0) return "The draft resolution was adopted unanimously.";
      const against = tally.no === 0 ? "none" : String(tally.no);
      const abstentions = tally.abstain > 0 ? `, with ${pluralize(tally.abstain, "abstention", "abstentions")}` : "";
      const notParticipating =
        tally.notVoting > 0
          ? `; ${numberInWords(tally.notVoting)} ${tally.notVoting === 1 ? "member did" : "members did"} not participate in the voting`
          : "";
      return `The draft resolution was adopted by ${pluralize(tally.yes, "vote", "votes")} to ${against}${abstentions}${notParticipating}.`;
    }
    case "vetoed":
      return vetoNames.length === 1
        ? `The draft resolution was not adopted, owing to the negative vote of a permanent member of the Council (${vetoNames[0]}).`
        : `The draft resolution was not adopted, owing to the negative votes of ${numberInWords(vetoNames.length)} permanent members of the Council (${joinWithAnd(vetoNames)}).`;
    case "failed":
      return `The draft resolution was not adopted, having failed to obtain the required number of votes (${tally.yes} in favour; ${required} required).`;
    default: {
      const unreachable: never = outcome;
      throw new Error(`unhandled outcome ${String(unreachable)}`);
    }
  }
}

function settlementBasisLabel(basis: PacificSettlementBasis): string {
  switch (basis) {
    case "chapter-vi":
      return "under Chapter VI";
    case "article-52-3":
      return "under Article 52(3)";
    default: {
      const unreachable: never = basis;
      throw new Error(`unhandled basis ${String(unreachable)}`);
    }
  }
}

function displayName(names: Readonly<Record<string, string>> | undefined, iso3: string): string {
  return names?.[iso3] ?? iso3;
}

function sortByName(codes: string[], names: Readonly<Record<string, string>> | undefined): string[] {
  return [...codes].sort((a, b) => displayName(names, a).localeCompare(displayName(names, b), "en"));
}
