import type { PortableDraft } from "../draft/schema";
import { descriptorForVote, predictDraft, PredictionInputError, type PredictionModel } from "../predict/predict-vote";
import { AssemblyPredictionError, predictAssemblyDraft, type AssemblyModel } from "../predict/assembly/predict-assembly";
import type { BallotValue, VoteBasis, VoteKind, VoteMatter } from "./vote-session";
import type { ClassBody } from "./seats";

/**
 * Bot seats vote from the record, behind one small interface so that a better predictor (an
 * Assembly model, say) plugs in without touching the classroom: `voteFor` answers one ballot for
 * each seat asked about.
 */
export type BotVoteContext = {
  body: ClassBody;
  year: number;
  /** YYYY-MM-DD: the class's year with today's day and month (the predictor reads the season). */
  date: string;
  kind: VoteKind;
  matter: VoteMatter;
  basis: VoteBasis | null;
  parties: readonly string[];
  /** The tabled draft's document snapshot, when the vote is on a draft. */
  draft: PortableDraft | null;
  sponsors: readonly string[];
  /** Stable text that names the vote (its id): seeds the habit draws so a reload answers the same. */
  seed: string;
};

export interface BotVoter {
  voteFor(seats: readonly string[], context: BotVoteContext): Record<string, BallotValue>;
}

/** First year of the Council's per-member record the predictor learned from (lib/core/predict). */
export const COUNCIL_RECORD_FIRST_YEAR = 1994;

/**
 * The Council's predictor (lib/core/predict/predict-vote.ts): each member's likeliest vote on the
 * draft. Answers null where it cannot: the General Assembly, or years before the record.
 */
export function predictCouncilBallots(
  seats: readonly string[],
  context: BotVoteContext,
  model?: PredictionModel,
): Record<string, BallotValue> | null {
  if (context.body !== "security-council" || context.year < COUNCIL_RECORD_FIRST_YEAR) return null;
  try {
    const prediction = predictDraft(
      {
        ...descriptorForVote({
          year: context.year,
          date: context.date,
          sponsors: context.sponsors,
          procedural: context.matter === "procedural" || context.kind === "referral",
          // The tabled draft's sponsors as they stand now (co-sponsors join after tabling).
          draft: context.draft ? { ...context.draft, sponsors: [...context.sponsors] } : null,
        }),
        id: context.seed,
      },
      model,
    );
    const out: Record<string, BallotValue> = {};
    for (const iso3 of seats) {
      const vote = prediction.mostLikely[iso3];
      if (!vote) return null;
      out[iso3] = vote;
    }
    return out;
  } catch (error) {
    if (error instanceof PredictionInputError) return null;
    throw error;
  }
}

/** Shares of yes / no / abstain in per cent, from the Assembly's recorded votes. */
export type VoteHabit = { Y: number; N: number; A: number };

export type AssemblyHabitsFile = {
  source: string;
  firstYear: number;
  lastYear: number;
  /** Years per period: period k covers firstYear + k·span … firstYear + (k+1)·span − 1. */
  span: number;
  /** iso3 → one "Y,N,A" entry (per cent) per period, "" where the state cast no recorded vote. */
  habits: Record<string, string[]>;
};

/** A state's habit in the periods nearest the year (searching outwards), or null if never recorded. */
export function habitFor(file: AssemblyHabitsFile, iso3: string, year: number): VoteHabit | null {
  const periods = file.habits[iso3];
  if (!periods) return null;
  const clamped = Math.min(Math.max(year, file.firstYear), file.lastYear);
  const index = Math.floor((clamped - file.firstYear) / file.span);
  for (let distance = 0; distance < periods.length; distance++) {
    for (const candidate of distance === 0 ? [index] : [index - distance, index + distance]) {
      const entry = periods[candidate];
      if (entry) {
        const [Y, N, A] = entry.split(",").map(Number);
        return { Y, N, A };
      }
    }
  }
  return null;
}

/** A small string hash (FNV-1a) to seed the draws from the vote's id. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Each seat votes as its state has voted in the Assembly: a draw from its shares of yes, no and
 * abstain in the sessions nearest the year (`random` in [0, 1)). A draw, not the likeliest vote:
 * nearly every state votes yes most of the time, and the likeliest vote alone would make every
 * bot vote yes (or, for a state often in the minority, against everything).
 */
export function habitBallots(seats: readonly string[], year: number, file: AssemblyHabitsFile, random: () => number): Record<string, BallotValue> {
  const out: Record<string, BallotValue> = {};
  for (const iso3 of seats) {
    const habit = habitFor(file, iso3, year) ?? { Y: 80, N: 5, A: 15 };
    const total = habit.Y + habit.N + habit.A || 1;
    const draw = random() * total;
    out[iso3] = draw < habit.Y ? "Y" : draw < habit.Y + habit.N ? "N" : "A";
  }
  return out;
}

/**
 * The Assembly's predictor (lib/core/predict/assembly/predict-assembly.ts) for an Assembly class:
 * each seat's vote is a draw from its predicted odds of yes, no and abstain (absence left out: a
 * bot seat votes), seeded by the vote so that a reload answers the same. A draw, not the likeliest
 * vote, for the reason `habitBallots` gives. Answers null where the predictor has no earlier
 * recorded vote to read (years before its record) or cannot answer.
 */
export function predictAssemblyBallots(
  seats: readonly string[],
  context: BotVoteContext,
  random: () => number,
  model?: AssemblyModel,
): Record<string, BallotValue> | null {
  if (context.body !== "general-assembly") return null;
  try {
    const draft = context.draft;
    const prediction = predictAssemblyDraft(
      {
        id: context.seed,
        body: "general-assembly",
        date: context.date,
        issue: draft?.agendaItem?.slice(0, 500) || undefined,
        title: draft?.title?.slice(0, 500) || undefined,
        sponsors: context.sponsors.slice(0, 193),
        // The majority moves the odds of adoption only, never a Member's odds.
        majority: "simple",
      },
      model,
    );
    if (prediction.lastVoteRead === null) return null;
    const out: Record<string, BallotValue> = {};
    for (const iso3 of seats) {
      const odds = prediction.members[iso3];
      if (!odds) return null;
      const total = odds.Y + odds.N + odds.A || 1;
      const draw = random() * total;
      out[iso3] = draw < odds.Y ? "Y" : draw < odds.Y + odds.N ? "N" : "A";
    }
    return out;
  } catch (error) {
    if (error instanceof AssemblyPredictionError) return null;
    throw error;
  }
}

/**
 * The classroom's bots: the Council predictor where it answers, the Assembly's for an Assembly
 * class, otherwise each state's habit in the Assembly. `random` is made from the vote's seed by the
 * caller's generator.
 */
export function createClassBotVoter(options: { habits: AssemblyHabitsFile; randomFor: (seed: number) => () => number; model?: PredictionModel; assemblyModel?: AssemblyModel }): BotVoter {
  return {
    voteFor(seats, context) {
      return (
        predictCouncilBallots(seats, context, options.model) ??
        predictAssemblyBallots(seats, context, options.randomFor(hashSeed(context.seed)), options.assemblyModel) ??
        habitBallots(seats, context.year, options.habits, options.randomFor(hashSeed(context.seed)))
      );
    },
  };
}

/** The class's year with the day of the year it is now (29 February falls back to the 28th). */
export function botVoteDate(year: number, now: string): string {
  const monthDay = now.slice(5, 10);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${monthDay === "02-29" && !leap ? "02-28" : monthDay}`;
}
