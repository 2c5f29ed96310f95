import type { AssemblyMajority } from "./assembly-rules";
import type { CouncilMatter } from "./council-rules";
import { VoteError, type VoteIssue } from "./vote-error";

/**
 * Exact outcome probabilities for independent votes, by dynamic programming (no sampling).
 * The same rules as council-rules.ts and assembly-rules.ts, applied to distributions:
 * - Security Council, Charter Art. 27(2)–(3): only the yes count and "did a permanent member vote N"
 *   decide the outcome, so the state is (yes count × any permanent N): O(n²) for n members.
 * - General Assembly, Charter Art. 18, GA rules of procedure rules 85–86: abstentions and absences
 *   are not voting, so each member moves one walk: simple majority adopts when yes − no ≥ 1;
 *   two-thirds (yes ≥ 2·no, at least one yes) adopts when yes − 2·no ≥ 0 unless nobody voted.
 *   The walk spans (1 + 2)·n + 1 values: O(n²), about 110 000 steps for 193 Members.
 */

/** A member's chances of each vote; NP (not participating or absent) defaults to 0. They must sum to 1. */
export type VoteProbabilities = { Y: number; N: number; A: number; NP?: number };

export type CouncilProbabilityMember = { iso3: string; permanent: boolean; probabilities: VoteProbabilities };

export type CouncilProbabilityInput = {
  members: CouncilProbabilityMember[];
  required: number;
  matter: CouncilMatter;
};

export type CouncilOutcomeProbabilities = {
  adopted: number;
  vetoed: number;
  failed: number;
  /** For each permanent member: P(the draft is vetoed and that member voted N). 0 on procedural matters. */
  vetoBy: Record<string, number>;
};

export type AssemblyProbabilityMember = { iso3: string; probabilities: VoteProbabilities };

export type AssemblyProbabilityInput = {
  members: AssemblyProbabilityMember[];
  majority: AssemblyMajority;
};

export type AssemblyOutcomeProbabilities = { adopted: number; failed: number };

/**
 * How much one member could move the result: P(adopted) if it voted Y, N or A, others unchanged.
 * NP is not listed: it counts exactly as A in both organs (Charter Art. 27 practice; GA rule 86).
 */
export type SwingEntry = {
  iso3: string;
  adoptedIf: { Y: number; N: number; A: number };
  /** Largest minus smallest of `adoptedIf`: 0 for a member whose vote cannot change the result. */
  swing: number;
};

export type CouncilSwingEntry = SwingEntry & { vetoedIf: { Y: number; N: number; A: number } };

const PROBABILITY_TOLERANCE = 1e-9;

export function councilOutcomeProbabilities(input: CouncilProbabilityInput): CouncilOutcomeProbabilities {
  checkMembers(input.members);
  checkRequired(input.required, input.members.length);
  const core = councilDistribution(input.members, input.required, input.matter);
  const vetoBy: Record<string, number> = {};
  for (const member of input.members) {
    if (!member.permanent) continue;
    switch (input.matter) {
      case "procedural":
        // Charter Art. 27(2): no veto on procedural matters.
        vetoBy[member.iso3] = 0;
        break;
      case "substantive": {
        // When this member votes N its own vote is not a yes, so the draft is vetoed (and vetoed by it)
        // exactly when the others give the required yes votes (Charter Art. 27(3)).
        const others = input.members.filter((other) => other !== member);
        vetoBy[member.iso3] = member.probabilities.N * upperTail(yesCountDistribution(others), input.required);
        break;
      }
      default: {
        const unreachable: never = input.matter;
        throw new Error(`unhandled matter ${String(unreachable)}`);
      }
    }
  }
  return { ...core, vetoBy };
}

export function assemblyOutcomeProbabilities(input: AssemblyProbabilityInput): AssemblyOutcomeProbabilities {
  checkMembers(input.members);
  const rule = assemblyWalk(input.majority);
  const distribution = walkDistribution(input.members, rule);
  const offset = rule.noStep * input.members.length;
  let adopted = 0;
  let failed = 0;
  for (let index = 0; index < distribution.length; index++) {
    if (index - offset >= rule.threshold) adopted += distribution[index];
    else failed += distribution[index];
  }
  if (rule.needsAVote) {
    // Two-thirds: a walk at 0 with nobody voting Y or N (all A or NP) is no majority at all.
    const nobodyVotes = productOfNotVoting(input.members);
    adopted -= nobodyVotes;
    failed += nobodyVotes;
  }
  return { adopted, failed };
}

/** For each member, P(adopted) and P(vetoed) if it voted Y, N or A, the others keeping their probabilities. */
export function councilSwing(input: CouncilProbabilityInput): CouncilSwingEntry[] {
  checkMembers(input.members);
  checkRequired(input.required, input.members.length);
  return input.members.map((member, position) => {
    const withVote = (vote: "Y" | "N" | "A") => {
      const members = input.members.slice();
      members[position] = { ...member, probabilities: { Y: 0, N: 0, A: 0, [vote]: 1 } };
      return councilDistribution(members, input.required, input.matter);
    };
    const ifYes = withVote("Y");
    const ifNo = withVote("N");
    const ifAbstain = withVote("A");
    const adoptedIf = { Y: ifYes.adopted, N: ifNo.adopted, A: ifAbstain.adopted };
    return {
      iso3: member.iso3,
      adoptedIf,
      vetoedIf: { Y: ifYes.vetoed, N: ifNo.vetoed, A: ifAbstain.vetoed },
      swing: spread(adoptedIf),
    };
  });
}

/**
 * For each Member, P(adopted) if it voted Y, N or A. Prefix and suffix distributions of the walk
 * keep this O(n²) in all (rather than n full evaluations): one or two ms for 193 Members.
 */
export function assemblySwing(input: AssemblyProbabilityInput): SwingEntry[] {
  checkMembers(input.members);
  const rule = assemblyWalk(input.majority);
  const members = input.members;
  const count = members.length;
  const offset = rule.noStep * count;
  const width = (rule.yesStep + rule.noStep) * count + 1;

  // suffixTails[i][index] = P(walk of members i..n−1 ≥ index − offset); suffixQuiet[i] = P(members i..n−1 all A or NP).
  // One block for all the tails rather than n + 1 arrays: less for the garbage collector.
  const tailBlock = new Float64Array((count + 1) * width);
  const suffixTails = Array.from({ length: count + 1 }, (_, index) => tailBlock.subarray(index * width, (index + 1) * width));
  const suffixQuiet = new Float64Array(count + 1);
  let suffix: Float64Array = pointMass(width, offset);
  let spare: Float64Array = new Float64Array(width);
  writeTails(suffix, suffixTails[count]);
  suffixQuiet[count] = 1;
  for (let index = count - 1; index >= 0; index--) {
    const held = count - 1 - index;
    stepInto(suffix, spare, members[index].probabilities, rule, offset - rule.noStep * held, offset + rule.yesStep * held);
    [suffix, spare] = [spare, suffix];
    writeTails(suffix, suffixTails[index]);
    suffixQuiet[index] = suffixQuiet[index + 1] * notVoting(members[index].probabilities);
  }

  const entries: SwingEntry[] = [];
  let prefix: Float64Array = pointMass(width, offset);
  spare.fill(0);
  let prefixQuiet = 1;
  for (let index = 0; index < count; index++) {
    const tail = suffixTails[index + 1];
    const low = offset - rule.noStep * index;
    const high = offset + rule.yesStep * index;
    // P(walk of all others ≥ threshold): over the prefix's positions, the suffix's upper tail.
    const othersAtLeast = (threshold: number) => {
      let total = 0;
      for (let position = low; position <= high; position++) {
        const mass = prefix[position];
        if (mass === 0) continue;
        const needed = threshold - (position - offset) + offset;
        total += mass * (needed <= 0 ? tail[0] : needed >= width ? 0 : tail[needed]);
      }
      return total;
    };
    const quietOthers = prefixQuiet * suffixQuiet[index + 1];
    const adoptedIf = {
      Y: othersAtLeast(rule.threshold - rule.yesStep),
      N: othersAtLeast(rule.threshold + rule.noStep),
      // A yes or a no by this member already makes someone "present and voting"; an abstention does not.
      A: othersAtLeast(rule.threshold) - (rule.needsAVote ? quietOthers : 0),
    };
    entries.push({ iso3: members[index].iso3, adoptedIf, swing: spread(adoptedIf) });
    stepInto(prefix, spare, members[index].probabilities, rule, low, high);
    [prefix, spare] = [spare, prefix];
    prefixQuiet *= notVoting(members[index].probabilities);
  }
  return entries;
}

type AssemblyWalk = { yesStep: number; noStep: number; threshold: number; needsAVote: boolean };

function assemblyWalk(majority: AssemblyMajority): AssemblyWalk {
  switch (majority) {
    case "simple":
      // Charter Art. 18(3), rule 85: yes − no ≥ 1; a tie is rejected (rule 95).
      return { yesStep: 1, noStep: 1, threshold: 1, needsAVote: false };
    case "two-thirds":
      // Charter Art. 18(2): 3·yes ≥ 2·(yes + no) ⇔ yes − 2·no ≥ 0, with at least one yes.
      return { yesStep: 1, noStep: 2, threshold: 0, needsAVote: true };
    default: {
      const unreachable: never = majority;
      throw new Error(`unhandled majority ${String(unreachable)}`);
    }
  }
}

function councilDistribution(members: CouncilProbabilityMember[], required: number, matter: CouncilMatter) {
  const count = members.length;
  // clear[k]: k yes votes and no permanent member against so far; blocked[k]: k yes and some permanent N.
  const clear = new Float64Array(count + 1);
  const blocked = new Float64Array(count + 1);
  clear[0] = 1;
  for (let index = 0; index < count; index++) {
    const { Y, N, A, NP = 0 } = members[index].probabilities;
    if (members[index].permanent) {
      // Downwards so that clear[k] and clear[k − 1] still hold the previous member's values.
      for (let k = index + 1; k >= 0; k--) {
        const fromBelowClear = k > 0 ? clear[k - 1] : 0;
        const fromBelowBlocked = k > 0 ? blocked[k - 1] : 0;
        blocked[k] = blocked[k] * (N + A + NP) + fromBelowBlocked * Y + clear[k] * N;
        clear[k] = clear[k] * (A + NP) + fromBelowClear * Y;
      }
    } else {
      // An elected member's N, A and NP all just fail to add a yes (Charter Art. 27(3) gives it no veto).
      const notYes = N + A + NP;
      for (let k = index + 1; k >= 0; k--) {
        clear[k] = clear[k] * notYes + (k > 0 ? clear[k - 1] * Y : 0);
        blocked[k] = blocked[k] * notYes + (k > 0 ? blocked[k - 1] * Y : 0);
      }
    }
  }
  let adopted = 0;
  let vetoed = 0;
  let failed = 0;
  for (let k = 0; k <= count; k++) {
    if (k < required) {
      failed += clear[k] + blocked[k];
      continue;
    }
    switch (matter) {
      case "procedural":
        adopted += clear[k] + blocked[k];
        break;
      case "substantive":
        adopted += clear[k];
        vetoed += blocked[k];
        break;
      default: {
        const unreachable: never = matter;
        throw new Error(`unhandled matter ${String(unreachable)}`);
      }
    }
  }
  return { adopted, vetoed, failed };
}

function yesCountDistribution(members: { probabilities: VoteProbabilities }[]): Float64Array {
  const distribution = new Float64Array(members.length + 1);
  distribution[0] = 1;
  members.forEach((member, index) => {
    const { Y } = member.probabilities;
    const notYes = notYesOf(member.probabilities);
    for (let k = index + 1; k >= 0; k--) distribution[k] = distribution[k] * notYes + (k > 0 ? distribution[k - 1] * Y : 0);
  });
  return distribution;
}

function upperTail(distribution: Float64Array, from: number): number {
  let total = 0;
  for (let k = from; k < distribution.length; k++) total += distribution[k];
  return total;
}

function walkDistribution(members: AssemblyProbabilityMember[], rule: AssemblyWalk): Float64Array {
  const offset = rule.noStep * members.length;
  const width = (rule.yesStep + rule.noStep) * members.length + 1;
  let current: Float64Array = pointMass(width, offset);
  let spare: Float64Array = new Float64Array(width);
  members.forEach((member, index) => {
    // After `index` members the walk lies in [−noStep·index, yesStep·index] around the offset.
    stepInto(current, spare, member.probabilities, rule, offset - rule.noStep * index, offset + rule.yesStep * index);
    [current, spare] = [spare, current];
  });
  return current;
}

function pointMass(width: number, at: number): Float64Array {
  const distribution = new Float64Array(width);
  distribution[at] = 1;
  return distribution;
}

/** Adds one member to the walk held in `from[low..high]`; writes the result into `to`. */
function stepInto(from: Float64Array, to: Float64Array, probabilities: VoteProbabilities, rule: AssemblyWalk, low: number, high: number): void {
  const { Y, N } = probabilities;
  const stay = notVoting(probabilities);
  to.fill(0, low - rule.noStep, high + rule.yesStep + 1);
  for (let index = low; index <= high; index++) {
    const mass = from[index];
    if (mass === 0) continue;
    to[index] += mass * stay;
    to[index + rule.yesStep] += mass * Y;
    to[index - rule.noStep] += mass * N;
  }
}

/** result[index] = P(walk ≥ index − offset): the upper tail at every position. */
function writeTails(distribution: Float64Array, result: Float64Array): void {
  let total = 0;
  for (let index = distribution.length - 1; index >= 0; index--) {
    total += distribution[index];
    result[index] = total;
  }
}

function notVoting(probabilities: VoteProbabilities): number {
  return probabilities.A + (probabilities.NP ?? 0);
}

function notYesOf(probabilities: VoteProbabilities): number {
  return probabilities.N + probabilities.A + (probabilities.NP ?? 0);
}

function productOfNotVoting(members: { probabilities: VoteProbabilities }[]): number {
  let product = 1;
  for (const member of members) product *= notVoting(member.probabilities);
  return product;
}

function spread(values: { Y: number; N: number; A: number }): number {
  return Math.max(values.Y, values.N, values.A) - Math.min(values.Y, values.N, values.A);
}

function checkMembers(members: { iso3: string; probabilities: VoteProbabilities }[]): void {
  const issues: VoteIssue[] = [];
  const seen = new Set<string>();
  for (const { iso3, probabilities } of members) {
    if (seen.has(iso3)) issues.push({ code: "duplicate-vote", iso3, message: `${iso3} is listed more than once` });
    seen.add(iso3);
    const values = [probabilities.Y, probabilities.N, probabilities.A, probabilities.NP ?? 0];
    if (values.some((value) => !Number.isFinite(value) || value < 0)) {
      issues.push({ code: "invalid-probabilities", iso3, message: `${iso3} has a probability that is negative or not a number` });
    } else if (Math.abs(values.reduce((sum, value) => sum + value, 0) - 1) > PROBABILITY_TOLERANCE) {
      issues.push({ code: "invalid-probabilities", iso3, message: `${iso3} has probabilities of Y, N, A and NP that do not sum to 1` });
    }
  }
  if (issues.length > 0) throw new VoteError(issues);
}

function checkRequired(required: number, memberCount: number): void {
  if (!Number.isInteger(required) || required < 1 || required > memberCount) {
    throw new VoteError([{ code: "invalid-body", message: `the required number of votes must be between 1 and ${memberCount}, not ${required}` }]);
  }
}
