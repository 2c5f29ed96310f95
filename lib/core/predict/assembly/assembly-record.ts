/**
 * The General Assembly's record as its predictor reads it: recorded votes 2005–2019 with their
 * issue codes and each member's vote, the key votes on Ukraine 2014–2022 that they do not hold,
 * and members' ideal points (GA voting) 2005–2024, decoded
 * from the file scripts/build-assembly-record.ts writes.
 */
import rawRecord from "./generated/assembly-record.json";

/** The issue codes of the Assembly's voting data (Voeten), in the order of the file's bit mask. */
export const ASSEMBLY_ISSUES = [
  { key: "palestine", source: "Palestinian conflict", words: ["palestin", "israel", "middle east", "gaza", "occupied"] },
  { key: "nuclear", source: "Nuclear weapons and nuclear material", words: ["nuclear", "atomic", "non-proliferation"] },
  { key: "disarmament", source: "Arms control and disarmament", words: ["disarmament", "arms", "weapon", "missile", "mines"] },
  { key: "human-rights", source: "Human rights", words: ["human rights", "torture", "death penalty", "racism", "discrimination", "rights of"] },
  { key: "colonialism", source: "Colonialism", words: ["coloni", "self-determination", "non-self-governing", "decoloni", "territor"] },
  { key: "development", source: "Economic development", words: ["development", "economic", "embargo", "trade", "debt", "sustainable"] },
  // Not a code of the voting data: the roll calls whose title names Ukraine, Crimea or Sevastopol, and the key votes on Ukraine.
  { key: "ukraine", source: "Ukraine", words: ["ukrain", "crimea", "sevastopol", "donbas", "donetsk", "luhansk"] },
] as const;
export type AssemblyIssue = (typeof ASSEMBLY_ISSUES)[number]["key"];

export type AssemblyRecordFile = {
  source: string;
  /** iso3 of every Member, in the order of each roll call's votes. */
  members: string[];
  firstYear: number;
  idealPoints: Record<string, (number | null)[]>;
  /** [date, resolution symbol, short title, issue mask, one vote per member: Y, N, A or "." (none recorded)]. */
  rollCalls: [string, string, string, number, string][];
  /** Key votes after the roll calls (same shape): A/RES/ES-11/1 of 2 March 2022. */
  keyVotes?: [string, string, string, number, string][];
};

export type AssemblyRollCall = { date: string; year: number; symbol: string; title: string; issueMask: number; votes: string };

export type AssemblyRecord = {
  source: string;
  members: readonly string[];
  column: ReadonlyMap<string, number>;
  firstYear: number;
  idealPoints: Record<string, (number | null)[]>;
  /** In date order. */
  rollCalls: readonly AssemblyRollCall[];
  /** Key votes the roll calls do not hold, in date order (read for drafts on their issue only). */
  keyVotes: readonly AssemblyRollCall[];
};

export function decodeAssemblyRecord(file: AssemblyRecordFile): AssemblyRecord {
  return {
    source: file.source,
    members: file.members,
    column: new Map(file.members.map((iso3, index) => [iso3, index])),
    firstYear: file.firstYear,
    idealPoints: file.idealPoints,
    rollCalls: file.rollCalls.map(decodeRollCall),
    keyVotes: (file.keyVotes ?? []).map(decodeRollCall),
  };
}

function decodeRollCall([date, symbol, title, issueMask, votes]: [string, string, string, number, string]): AssemblyRollCall {
  return { date, year: Number(date.slice(0, 4)), symbol, title, issueMask, votes };
}

let shipped: AssemblyRecord | undefined;
export function getAssemblyRecord(): AssemblyRecord {
  shipped ??= decodeAssemblyRecord(rawRecord as unknown as AssemblyRecordFile);
  return shipped;
}

/** A member's ideal point of the year, or the latest before it (GA voting positions). */
export function getAssemblyIdealPoint(record: AssemblyRecord, iso3: string, year: number): number | undefined {
  const series = record.idealPoints[iso3];
  if (!series) return undefined;
  for (let index = Math.min(series.length - 1, year - record.firstYear); index >= 0; index--) {
    const value = series[index];
    if (value !== null && value !== undefined) return value;
  }
  return undefined;
}

/** The issues a text speaks of: an issue key or its source name, or words of the title ("nuclear", "Palestine"). */
export function readAssemblyIssues(text: string): AssemblyIssue[] {
  const lower = text.toLowerCase();
  const exact = ASSEMBLY_ISSUES.filter((issue) => issue.key === lower.trim() || issue.source.toLowerCase() === lower.trim());
  if (exact.length > 0) return exact.map((issue) => issue.key);
  return ASSEMBLY_ISSUES.filter((issue) => issue.words.some((word) => lower.includes(word))).map((issue) => issue.key);
}

export function issueMaskOf(issues: readonly AssemblyIssue[]): number {
  return issues.reduce((mask, key) => mask | (1 << ASSEMBLY_ISSUES.findIndex((issue) => issue.key === key)), 0);
}
