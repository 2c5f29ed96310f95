/**
 * The evidence as it stood on a date: only the votes recorded strictly before it, weighed as the
 * rolling back-test weighs them (evidence.ts, model-examples.ts). A prediction for a dated draft
 * reads this, so no later vote appears in its reasons or weighs in its odds.
 *
 * Rebuilding the evidence for each date would cost a whole build; instead a dated index keeps,
 * for every key, the list of counts in date order, and a view reads a key by summing its counts
 * before the date, decayed from that date's year. The lists are built subject by subject
 * (`subjectOfKey`: one member's record, the Council's, the drafts', the groups', the bands') when a
 * key of that subject is first read: a prediction reads its fifteen members' records, not the
 * hundred-odd other states'.
 */
import { forEachCount, keysOfDrafts, subjectOfKey, type Counts, type DraftKeys, type Evidence, type Lookup, type RawCounts } from "./evidence";
import type { RecordedDraft } from "./vote-record";

export type DatedIndex = {
  /** The drafts in date order (the record's order within a day). */
  drafts: readonly RecordedDraft[];
  /** Each draft's `keysOfDraft`, normalised once (`keysOfDrafts`). */
  keys: readonly DraftKeys[];
  dates: readonly string[];
  years: Int32Array;
  /**
   * For each key of the subjects built so far, its counts in date order: (position × 4 + column)
   * × ENTRY_TIMES + how many votes. Read them through `countsOf`.
   */
  counts: Map<string, number[]>;
  subjectsBuilt: Set<string>;
  /** The positions of the drafts each member voted on. */
  byMember: Map<string, number[]>;
  record: Evidence["record"];
  byAgenda: Map<string, number[]>;
  contested: number[];
  /** Each topic key and the position of the first draft that carries it. */
  topicFirstSeen: Map<string, number>;
};

/** A count entry holds up to this many votes at once (a Council has at most 15 members). */
const ENTRY_TIMES = 16;

/** Indexes the drafts up to and including `untilYear`, reading them as `forEachCount` does (each subject when first read). */
export function buildDatedIndex(evidence: Pick<Evidence, "record">, drafts: readonly RecordedDraft[], untilYear: number): DatedIndex {
  const ordered = drafts.filter((draft) => draft.year <= untilYear).sort((left, right) => left.date.localeCompare(right.date) || left.index - right.index);
  const byAgenda = new Map<string, number[]>();
  const byMember = new Map<string, number[]>();
  const contested: number[] = [];
  const topicFirstSeen = new Map<string, number>();
  const years = new Int32Array(ordered.length);
  const keys = keysOfDrafts(ordered);
  ordered.forEach((draft, position) => {
    years[position] = draft.year;
    for (const { iso3 } of draft.votes) {
      const list = byMember.get(iso3);
      if (list) list.push(position);
      else byMember.set(iso3, [position]);
    }
    const { agenda, topic } = keys[position];
    const list = byAgenda.get(agenda);
    if (list) list.push(position);
    else byAgenda.set(agenda, [position]);
    if (draft.outcome !== "U") contested.push(position);
    if (topic && !topicFirstSeen.has(topic)) topicFirstSeen.set(topic, position);
  });
  return { drafts: ordered, keys, dates: ordered.map((draft) => draft.date), years, counts: new Map(), subjectsBuilt: new Set(), byMember, record: evidence.record, byAgenda, contested, topicFirstSeen };
}

/** The counts of a key in date order, building its subject's lists on first use. */
export function countsOf(index: DatedIndex, key: string): readonly number[] | undefined {
  const subject = subjectOfKey(key);
  if (!index.subjectsBuilt.has(subject)) {
    index.subjectsBuilt.add(subject);
    // A member's keys come from the drafts it voted on; the others' from every draft.
    const positions = subject.length === 3 && subject !== "*" ? (index.byMember.get(subject) ?? []) : null;
    const add = (position: number) =>
      forEachCount(
        index,
        index.drafts[position],
        index.keys[position],
        (countKey, column, times) => {
          if (times >= ENTRY_TIMES) {
            const draft = index.drafts[position];
            throw new Error(`the dated index holds at most ${ENTRY_TIMES - 1} votes per count, but ${draft.symbol || "the draft"} of ${draft.date} counts ${times} under ${countKey}: is its vote recorded twice?`);
          }
          const entry = (position * 4 + column) * ENTRY_TIMES + times;
          const list = index.counts.get(countKey);
          if (list) list.push(entry);
          else index.counts.set(countKey, [entry]);
        },
        subject,
      );
    if (positions) for (const position of positions) add(position);
    else for (let position = 0; position < index.drafts.length; position++) add(position);
  }
  return index.counts.get(key);
}

/** How many indexed drafts are dated strictly before `date` (ISO dates sort as strings). */
export function countBefore(index: DatedIndex, date: string): number {
  let low = 0;
  let high = index.dates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (index.dates[middle] < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

export type DatedEvidence = Evidence & {
  /** The drafts the view holds: those dated before its date. */
  draftCount: number;
  /** The record's topics known before the date, as `normalizeKey` writes them. */
  topicKeys: ReadonlySet<string>;
  /** The date of the latest vote in the view, if any. */
  lastVoteDate: string | null;
};

/**
 * The evidence of every vote recorded strictly before `date`. Weights follow the rolling
 * back-test: the date's year is opened (earlier years fade by `decay`) once a draft of that year
 * is in the view; before its first draft, the record stands as on 1 January.
 */
export function evidenceBefore(index: DatedIndex, base: Pick<Evidence, "decay" | "record">, date: string): DatedEvidence {
  const cutoff = countBefore(index, date);
  const year = Number(date.slice(0, 4));
  const opened = cutoff > 0 && index.years[cutoff - 1] === year;
  const nextYear = opened ? year + 1 : year;
  const reference = nextYear - 1;
  const weights = new Map<number, number>();
  const weightOf = (draftYear: number): number => {
    let weight = weights.get(draftYear);
    if (weight === undefined) {
      weight = base.decay ** (reference - draftYear);
      weights.set(draftYear, weight);
    }
    return weight;
  };

  const decayedMemo = new Map<string, Counts | undefined>();
  const rawMemo = new Map<string, RawCounts | undefined>();
  const read = (key: string): void => {
    const entries = countsOf(index, key);
    let decayed: Counts | undefined;
    let raw: RawCounts | undefined;
    if (entries) {
      const sums: Counts = [0, 0, 0];
      const tally = [0, 0, 0];
      let firstYear = Infinity;
      let lastYear = -Infinity;
      for (const entry of entries) {
        const times = entry % ENTRY_TIMES;
        const slot = (entry - times) / ENTRY_TIMES;
        const position = slot >> 2;
        if (position >= cutoff) break;
        const column = slot & 3;
        const draftYear = index.years[position];
        sums[column] += weightOf(draftYear) * times;
        tally[column] += times;
        if (draftYear < firstYear) firstYear = draftYear;
        if (draftYear > lastYear) lastYear = draftYear;
      }
      if (tally[0] + tally[1] + tally[2] > 0) {
        decayed = sums;
        raw = { y: tally[0], n: tally[1], a: tally[2], firstYear, lastYear };
      }
    }
    decayedMemo.set(key, decayed);
    rawMemo.set(key, raw);
  };
  const decayedLookup: Lookup<Counts> = {
    get(key) {
      if (!decayedMemo.has(key)) read(key);
      return decayedMemo.get(key);
    },
  };
  const rawLookup: Lookup<RawCounts> = {
    get(key) {
      if (!rawMemo.has(key)) read(key);
      return rawMemo.get(key);
    },
  };
  const agendaMemo = new Map<string, readonly RecordedDraft[] | undefined>();
  const byAgenda: Lookup<readonly RecordedDraft[]> = {
    get(key) {
      if (agendaMemo.has(key)) return agendaMemo.get(key);
      const positions = index.byAgenda.get(key);
      const drafts = positions?.filter((position) => position < cutoff).map((position) => index.drafts[position]);
      const found = drafts && drafts.length > 0 ? drafts : undefined;
      agendaMemo.set(key, found);
      return found;
    },
  };
  const contested = index.contested.filter((position) => position < cutoff).map((position) => index.drafts[position]);
  const topicKeys = new Set([...index.topicFirstSeen].filter(([, position]) => position < cutoff).map(([topic]) => topic));
  return {
    decay: base.decay,
    nextYear,
    decayed: decayedLookup,
    raw: rawLookup,
    byAgenda,
    contested,
    record: base.record,
    draftCount: cutoff,
    topicKeys,
    lastVoteDate: cutoff > 0 ? index.dates[cutoff - 1] : null,
  };
}
