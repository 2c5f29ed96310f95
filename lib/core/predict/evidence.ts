/**
 * Evidence from the vote record: how each member voted, by agenda item, topic, region, sponsor
 * and alongside other members, with recent years weighing more (exponential decay by year).
 * Built in date order so that a draft only ever sees what was recorded before it: either the
 * years before its own ("prior-years") or every draft of a strictly earlier date ("rolling", what
 * a delegate knows on the day). The same rule holds when fitting, back-testing and predicting.
 */
import type { Vote } from "./distribution";
import { getIdealPoint, normalizeKey, type RecordedDraft, type VoteRecord } from "./vote-record";
import { isPermanentMember } from "../un/council";

/** Weighted counts of Y, N and A votes. */
export type Counts = [number, number, number];
/** Unweighted counts with the first and last year seen, for reasons people can check. */
export type RawCounts = { y: number; n: number; a: number; firstYear: number; lastYear: number };

/** What predictions read of a table of evidence: lookups by key only. */
export type Lookup<T> = { get(key: string): T | undefined };

export type Evidence = {
  decay: number;
  /**
   * The evidence covers the years before this one (and, in rolling mode, possibly some drafts of
   * the year before it: drafts of year nextYear − 1 may still be added).
   */
  nextYear: number;
  decayed: Lookup<Counts>;
  raw: Lookup<RawCounts>;
  /** Drafts by agenda item, in date order, to find last year's vote on a recurring mandate. */
  byAgenda: Lookup<readonly RecordedDraft[]>;
  /** Drafts that divided the Council (any N or A), in date order: the cases of `computeCaseVote`. */
  contested: readonly RecordedDraft[];
  record: Pick<VoteRecord, "regionalGroups" | "idealPoints" | "idealPointFirstYear">;
};

/** Evidence being built, draft by draft in date order. */
export type EvidenceBuilder = Omit<Evidence, "decayed" | "raw" | "byAgenda" | "contested"> & {
  decayed: Map<string, Counts>;
  raw: Map<string, RawCounts>;
  byAgenda: Map<string, RecordedDraft[]>;
  contested: RecordedDraft[];
};

export function createEvidence(record: Evidence["record"], decay: number, firstYear: number): EvidenceBuilder {
  return { decay, nextYear: firstYear, decayed: new Map(), raw: new Map(), byAgenda: new Map(), contested: [], record };
}

const VOTE_INDEX = { Y: 0, N: 1, A: 2 } as const;

export function regionalGroupOf(evidence: Pick<Evidence, "record">, iso3: string): string {
  return evidence.record.regionalGroups[iso3] ?? "XX";
}

/**
 * Bands of GA ideal points (Bailey–Strezhnev–Voeten, the year before the vote): from the states
 * voting furthest from the Western camp in the Assembly (0) to those voting with it (4); "n"
 * without a point. Bounds fixed a priori at round values near the quartiles of every year 1994–2023.
 */
export const IDEAL_BAND_BOUNDS = [-0.7, -0.3, 0.3, 0.9] as const;
export function idealBandOf(evidence: Pick<Evidence, "record">, member: string, year: number): string {
  const point = getIdealPoint(evidence.record, member, year - 1);
  if (point === undefined) return "n";
  let band = 0;
  while (band < IDEAL_BAND_BOUNDS.length && point >= IDEAL_BAND_BOUNDS[band]) band++;
  return String(band);
}

/**
 * Whose record a key belongs to: a member's ISO3 code, "*" (the whole Council), "D" (drafts),
 * "g" (regional groups) or "b" (ideal-point bands). The dated index builds each one when first read.
 */
export function subjectOfKey(key: string): string {
  // Member codes are upper-case ISO3 ("DEU"): "D" alone is the drafts', lower-case the groups' and bands'.
  const first = key[0];
  if (first === "*" || first === "g" || first === "b" || key.startsWith("D|")) return first;
  return key.slice(0, key.indexOf("|"));
}

/** The keys of the member's own record that its vote on a draft counts under. */
function ownKeys(draft: RecordedDraft, member: string, agenda: string, topic: string, region: string): string[] {
  const keys = [`${member}|*`, `${member}|a|${agenda}`, `${member}|t|${topic}`, `${member}|r|${region}`];
  // Habits on a divided Council, by agenda item and topic.
  if (draft.outcome !== "U") keys.push(`${member}|c`, `${member}|ca|${agenda}`, `${member}|ct|${topic}`);
  for (const sponsor of draft.sponsors) {
    if (sponsor === member) continue;
    keys.push(`${member}|s|${sponsor}`, `${member}|st|${sponsor}|${topic}`);
  }
  return keys;
}

/** The keys of an elected member's regional group ("g") and, on a divided Council, of its ideal-point band that year ("b"). */
function groupKeys(evidence: Pick<Evidence, "record">, draft: RecordedDraft, member: string, agenda: string, topic: string, which: "g" | "b" | "all"): string[] {
  if (isPermanentMember(member)) return [];
  const keys: string[] = [];
  if (which !== "b") {
    const group = regionalGroupOf(evidence, member);
    keys.push(`g${group}|a|${agenda}`, `g${group}|t|${topic}`);
  }
  if (which !== "g" && draft.outcome !== "U") {
    const band = idealBandOf(evidence, member, draft.year);
    keys.push(`b${band}|c`, `b${band}|ca|${agenda}`, `b${band}|ct|${topic}`);
  }
  return keys;
}

function bump(evidence: EvidenceBuilder, key: string, voteIndex: 0 | 1 | 2, year: number, times: number): void {
  const counts = evidence.decayed.get(key);
  if (counts) counts[voteIndex] += times;
  else {
    const fresh: Counts = [0, 0, 0];
    fresh[voteIndex] = times;
    evidence.decayed.set(key, fresh);
  }
  const raw = evidence.raw.get(key);
  if (raw) {
    if (voteIndex === 0) raw.y += times;
    else if (voteIndex === 1) raw.n += times;
    else raw.a += times;
    raw.lastYear = Math.max(raw.lastYear, year);
    raw.firstYear = Math.min(raw.firstYear, year);
  } else {
    evidence.raw.set(key, { y: voteIndex === 0 ? times : 0, n: voteIndex === 1 ? times : 0, a: voteIndex === 2 ? times : 0, firstYear: year, lastYear: year });
  }
}

/** Opens `year`: every earlier vote fades by the decay factor. Years are opened in order. */
export function openYear(evidence: EvidenceBuilder, year: number): void {
  if (year !== evidence.nextYear) throw new Error(`evidence expects year ${evidence.nextYear}, got ${year}`);
  for (const counts of evidence.decayed.values()) {
    counts[0] *= evidence.decay;
    counts[1] *= evidence.decay;
    counts[2] *= evidence.decay;
  }
  evidence.nextYear = year + 1;
}

/** Adds drafts of the year last opened (in date order). */
export function addDrafts(evidence: EvidenceBuilder, drafts: RecordedDraft[]): void {
  for (const draft of drafts) {
    if (draft.year !== evidence.nextYear - 1) throw new Error(`evidence is open for ${evidence.nextYear - 1}, got a draft of ${draft.year}`);
    addDraft(evidence, draft);
  }
}

function addDraft(evidence: EvidenceBuilder, draft: RecordedDraft): void {
  const keys = keysOfDraft(draft);
  forEachCount(evidence, draft, keys, (key, index, times) => bump(evidence, key, index, draft.year, times));
  const list = evidence.byAgenda.get(keys.agenda) ?? [];
  list.push(draft);
  evidence.byAgenda.set(keys.agenda, list);
  if (draft.outcome !== "U") evidence.contested.push(draft);
}

/** A draft's agenda item, topic and region as `normalizeKey` writes them: what its counts are keyed by. */
export type DraftKeys = { agenda: string; topic: string; region: string };

/** Normalised once per draft: `forEachCount` reads them for every subject. */
export function keysOfDraft(draft: RecordedDraft): DraftKeys {
  return { agenda: normalizeKey(draft.agendaItem), topic: normalizeKey(draft.topic), region: normalizeKey(draft.region) };
}

/** `keysOfDraft` of many drafts, each distinct text normalised once (the record repeats a few hundred). */
export function keysOfDrafts(drafts: readonly RecordedDraft[]): DraftKeys[] {
  const normalized = new Map<string, string>();
  const key = (text: string) => {
    let value = normalized.get(text);
    if (value === undefined) {
      value = normalizeKey(text);
      normalized.set(text, value);
    }
    return value;
  };
  return drafts.map((draft) => ({ agenda: key(draft.agendaItem), topic: key(draft.topic), region: key(draft.region) }));
}

/**
 * Every count a draft adds to the evidence (`keys`: its `keysOfDraft`): the key, the column (0 Y, 1 N, 2 A for members'
 * votes; 0 unanimous, 1 adopted with some N or A, 2 not adopted for draft keys) and how many
 * votes (the Council's keys, "*|…", count a draft's votes of each kind at once). The one list of
 * what the evidence counts, for the builder and for the dated index (evidence-as-of.ts).
 */
export function forEachCount(
  evidence: Pick<Evidence, "record">,
  draft: RecordedDraft,
  { agenda, topic, region }: DraftKeys,
  count: (key: string, index: 0 | 1 | 2, times: number) => void,
  /** Only the keys of this subject (`subjectOfKey`); every key without it. */
  subject?: string,
): void {
  const voted = draft.votes.filter((entry) => entry.vote !== "P");
  const contested = draft.outcome !== "U";
  const all = subject === undefined;
  const council: Counts = [0, 0, 0];
  for (const { iso3, vote } of voted) {
    const voteIndex = VOTE_INDEX[vote as Vote];
    council[voteIndex]++;
    if (all || subject === "g" || subject === "b") {
      for (const key of groupKeys(evidence, draft, iso3, agenda, topic, all ? "all" : (subject as "g" | "b"))) count(key, voteIndex, 1);
    }
    if (!all && subject !== iso3) continue;
    for (const key of ownKeys(draft, iso3, agenda, topic, region)) count(key, voteIndex, 1);
    if (!contested) continue;
    for (const other of voted) {
      if (other.iso3 === iso3) continue;
      // Alignment: how this member votes on contested drafts that another member supports.
      if (other.vote === "Y") count(`${iso3}|w|${other.iso3}`, voteIndex, 1);
      // Camps: 0 voted as the other did; 1 opposite ways (one yes, one no); 2 one of them abstained.
      const opposite = vote === other.vote ? 0 : vote !== "A" && other.vote !== "A" ? 1 : 2;
      count(`${iso3}|o|${other.iso3}`, opposite, 1);
    }
    // Sponsor camps: the member's votes on contested drafts by each sponsor (and on this agenda item).
    for (const sponsor of draft.sponsors) {
      if (sponsor === iso3) continue;
      count(`${iso3}|cs|${sponsor}`, voteIndex, 1);
      count(`${iso3}|csa|${sponsor}|${agenda}`, voteIndex, 1);
    }
  }
  if (all || subject === "*") {
    // The whole Council's votes on the draft, at once.
    const councilKeys = ["*|*", `*|a|${agenda}`, `*|t|${topic}`, `*|r|${region}`];
    if (contested) councilKeys.push("*|c");
    for (const column of [0, 1, 2] as const) {
      if (council[column] === 0) continue;
      for (const key of councilKeys) count(key, column, council[column]);
    }
    // On a sponsor's draft, the votes of every other member.
    for (const sponsor of draft.sponsors) {
      const own = voted.find((entry) => entry.iso3 === sponsor);
      for (const column of [0, 1, 2] as const) {
        const times = council[column] - (own && VOTE_INDEX[own.vote as Vote] === column ? 1 : 0);
        if (times > 0) count(`*|s|${sponsor}`, column, times);
      }
    }
  }
  if (all || subject === "D") {
    // Draft-level counts: 0 unanimous, 1 adopted with some N or A, 2 not adopted.
    const draftIndex = draft.outcome === "U" ? 0 : draft.outcome === "M" ? 1 : 2;
    const draftKeys = ["D|*", `D|a|${agenda}`, `D|t|${topic}`, `D|r|${region}`];
    for (const sponsor of draft.sponsors) draftKeys.push(`D|s|${sponsor}`, `D|sa|${sponsor}|${agenda}`);
    for (const key of draftKeys) count(key, draftIndex, 1);
  }
}

/** Adds one year of drafts; earlier years fade by the decay factor. */
export function addYear(evidence: EvidenceBuilder, year: number, drafts: RecordedDraft[]): void {
  openYear(evidence, year);
  addDrafts(evidence, drafts);
}

export function groupByYear(drafts: RecordedDraft[]): Map<number, RecordedDraft[]> {
  const byYear = new Map<number, RecordedDraft[]>();
  for (const draft of drafts) {
    const list = byYear.get(draft.year) ?? [];
    list.push(draft);
    byYear.set(draft.year, list);
  }
  return byYear;
}

export function getCounts(evidence: Evidence, key: string): Counts {
  return evidence.decayed.get(key) ?? [0, 0, 0];
}

export function sumCounts(list: Counts[]): Counts {
  const total: Counts = [0, 0, 0];
  for (const counts of list) {
    total[0] += counts[0];
    total[1] += counts[1];
    total[2] += counts[2];
  }
  return total;
}

/** Rates shrunk toward a prior: (counts + strength × prior) / (n + strength). */
export function smooth(counts: Counts, prior: Counts, strength: number): Counts {
  const n = counts[0] + counts[1] + counts[2];
  return [
    (counts[0] + strength * prior[0]) / (n + strength),
    (counts[1] + strength * prior[1]) / (n + strength),
    (counts[2] + strength * prior[2]) / (n + strength),
  ];
}

export function total(counts: Counts): number {
  return counts[0] + counts[1] + counts[2];
}
