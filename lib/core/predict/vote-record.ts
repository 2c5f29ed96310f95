/**
 * The Security Council's recorded votes 1994–2023 as the predictor reads them, decoded from
 * the compact file that scripts/build-vote-record.ts writes (see its `notes` for sources).
 */
import rawRecord from "./generated/vote-record.json";

export const RECORDED_VOTES = ["Y", "N", "A"] as const;
/** A recorded vote. "P" is present and not voting (Charter Art. 27(3) practice counts it as no vote). */
export type RecordedVote = (typeof RECORDED_VOTES)[number] | "P";
export type RecordedOutcome = "U" | "M" | "V" | "F";
export type SponsorKind = "states" | "president" | "unknown";


export type RecordedDraft = {
  index: number;
  date: string;
  year: number;
  /** Day of the year, 0–365, for spotting annual mandate renewals. */
  dayOfYear: number;
  symbol: string;
  agendaItem: string;
  topic: string;
  region: string;
  category: string;
  sponsors: string[];
  sponsorKind: SponsorKind;
  isAmendment: boolean;
  isProcedural: boolean;
  outcome: RecordedOutcome;
  /** Council members in the order of the record, with their votes. */
  votes: { iso3: string; vote: RecordedVote }[];
};

export type VoteRecordFile = {
  notes: string[];
  agendaItems: string[];
  topics: string[];
  regions: string[];
  categories: string[];
  regionalGroups: Record<string, string>;
  idealPointFirstYear: number;
  idealPoints: Record<string, (number | null)[]>;
  drafts: [string, string, number, number, number, number, string, number, string, string][];
};

export type VoteRecord = {
  notes: string[];
  drafts: RecordedDraft[];
  firstYear: number;
  lastYear: number;
  regionalGroups: Record<string, string>;
  idealPointFirstYear: number;
  idealPoints: Record<string, (number | null)[]>;
};

export function dayOfYear(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000);
}

export function decodeVoteRecord(file: VoteRecordFile): VoteRecord {
  const drafts = file.drafts.map(([date, symbol, agenda, topic, region, category, sponsors, flags, outcome, votes], index) => {
    const memberVotes: RecordedDraft["votes"] = [];
    for (let offset = 0; offset + 4 <= votes.length; offset += 4) {
      memberVotes.push({ iso3: votes.slice(offset, offset + 3), vote: votes[offset + 3] as RecordedVote });
    }
    const sponsorKind: SponsorKind = sponsors === "*" ? "president" : sponsors === "" ? "unknown" : "states";
    return {
      index,
      date,
      year: Number(date.slice(0, 4)),
      dayOfYear: dayOfYear(date),
      symbol,
      agendaItem: file.agendaItems[agenda] ?? "",
      topic: file.topics[topic] ?? "",
      region: file.regions[region] ?? "",
      category: file.categories[category] ?? "",
      sponsors: sponsorKind === "states" ? sponsors.split(" ") : [],
      sponsorKind,
      isAmendment: (flags & 1) !== 0,
      isProcedural: (flags & 2) !== 0,
      outcome: outcome as RecordedOutcome,
      votes: memberVotes,
    } satisfies RecordedDraft;
  });
  const years = drafts.map((draft) => draft.year);
  return {
    notes: file.notes,
    drafts,
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    regionalGroups: file.regionalGroups,
    idealPointFirstYear: file.idealPointFirstYear,
    idealPoints: file.idealPoints,
  };
}

let shipped: VoteRecord | undefined;
/** The shipped record, decoded once on first use. */
export function getVoteRecord(): VoteRecord {
  shipped ??= decodeVoteRecord(rawRecord as unknown as VoteRecordFile);
  return shipped;
}

/** The latest General Assembly ideal point of a state up to `year` (GA voting, not Council votes). */
export function getIdealPoint(record: Pick<VoteRecord, "idealPoints" | "idealPointFirstYear">, iso3: string, year: number): number | undefined {
  const series = record.idealPoints[iso3];
  if (!series) return undefined;
  for (let index = Math.min(series.length - 1, year - record.idealPointFirstYear); index >= 0; index--) {
    const value = series[index];
    if (value !== null && value !== undefined) return value;
  }
  return undefined;
}

/** Agenda items are matched loosely: case, punctuation and spacing differ between sources. */
export function normalizeKey(text: string | undefined): string {
  return (text ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
