/**
 * Reads what a user typed as an agenda item or topic ("Ukraine", "the situation in Haiti", the
 * first words of a long letter title) as the record's own agenda item and topic, so that the
 * prediction finds the Council's earlier votes on it. An exact match (case, accents and punctuation
 * aside) wins; otherwise the entry that holds every distinctive word typed, the one with the most
 * recorded drafts (then the latest). Words found in many entries ("situation", "letter", "dated")
 * tell nothing apart and are not required. Text that matches nothing is kept as typed: the draft
 * is then predicted from the members' general record.
 */
import { normalizeKey, type RecordedDraft, type VoteRecord } from "./vote-record";

type Entry = {
  label: string;
  key: string;
  words: Set<string>;
  drafts: number;
  last: string;
  regions: Map<string, number>;
  /** For an agenda item, the topics of its drafts; for a topic, their agenda items. */
  related: Map<string, number>;
};

export type AgendaIndex = { agendaItems: Entry[]; topics: Entry[]; commonWords: Set<string> };

export type AgendaReading = {
  agendaItem: string;
  topic: string;
  region: string;
  /** The record's agenda item and topic the text was read as, when found. */
  readAs: { agendaItem: string | null; topic: string | null };
};

/** A word found in more than this share of the entries (and more than eight) is too common to tell them apart. */
const COMMON_SHARE = 0.05;
const COMMON_LEAST = 8;
/** Words of one or two letters ("of", "in") never count. */
const SHORTEST_WORD = 3;

function buildEntries(drafts: readonly RecordedDraft[], labelOf: (draft: RecordedDraft) => string, relatedOf: (draft: RecordedDraft) => string): Entry[] {
  const entries = new Map<string, Entry>();
  for (const draft of drafts) {
    const label = labelOf(draft).trim();
    const key = normalizeKey(label);
    if (key === "") continue;
    const entry = entries.get(key) ?? { label, key, words: new Set(key.split(" ")), drafts: 0, last: "", regions: new Map<string, number>(), related: new Map<string, number>() };
    entry.drafts++;
    if (draft.date >= entry.last) {
      entry.last = draft.date;
      entry.label = label;
    }
    if (draft.region) entry.regions.set(draft.region, (entry.regions.get(draft.region) ?? 0) + 1);
    const related = relatedOf(draft).trim();
    if (related) entry.related.set(related, (entry.related.get(related) ?? 0) + 1);
    entries.set(key, entry);
  }
  return [...entries.values()];
}

export function buildAgendaIndex(record: Pick<VoteRecord, "drafts">): AgendaIndex {
  const agendaItems = buildEntries(record.drafts, (draft) => draft.agendaItem, (draft) => draft.topic);
  const topics = buildEntries(record.drafts, (draft) => draft.topic, (draft) => draft.agendaItem);
  const all = [...agendaItems, ...topics];
  const frequency = new Map<string, number>();
  for (const entry of all) for (const word of entry.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const commonWords = new Set([...frequency].filter(([, count]) => count > Math.max(all.length * COMMON_SHARE, COMMON_LEAST)).map(([word]) => word));
  return { agendaItems, topics, commonWords };
}

function findEntry(index: AgendaIndex, entries: Entry[], text: string): Entry | undefined {
  const key = normalizeKey(text);
  if (key === "") return undefined;
  const exact = entries.find((entry) => entry.key === key);
  if (exact) return exact;
  const words = key.split(" ").filter((word) => word.length >= SHORTEST_WORD && !index.commonWords.has(word));
  // The last word may still be being typed: "Ukr" finds "Ukraine".
  if (words.length === 0) return undefined;
  const holds = (entry: Entry) =>
    words.every((word, position) => entry.words.has(word) || (position === words.length - 1 && key.endsWith(word) && [...entry.words].some((own) => own.startsWith(word))));
  const candidates = entries.filter(holds);
  if (candidates.length === 0) return undefined;
  return candidates.reduce((best, entry) => (entry.drafts > best.drafts || (entry.drafts === best.drafts && entry.last > best.last) ? entry : best));
}

function mostFrequent(counts: Map<string, number>): string {
  let best = "";
  let top = 0;
  for (const [value, count] of counts) {
    if (count > top) {
      best = value;
      top = count;
    }
  }
  return best;
}

/**
 * The agenda item, topic and region a prediction reads. Each of agenda item and topic is looked up
 * from its own text, or from the other's when it is empty (the simulator has one field for both).
 * When only one of them is found, the other is the one most of its drafts carry ("Syria" is a topic;
 * its drafts sit under "The situation in the Middle East"); so is a region left empty.
 */
export function readAgenda(index: AgendaIndex, input: { agendaItem?: string; topic?: string; region?: string }): AgendaReading {
  const agendaText = (input.agendaItem ?? "").trim();
  const topicText = (input.topic ?? "").trim();
  const byKey = (entries: Entry[], label: string) => entries.find((entry) => entry.key === normalizeKey(label));
  let agenda = findEntry(index, index.agendaItems, agendaText || topicText);
  let topic = findEntry(index, index.topics, topicText || agendaText);
  if (!agenda && topic) agenda = byKey(index.agendaItems, mostFrequent(topic.related));
  if (!topic && agenda) topic = byKey(index.topics, mostFrequent(agenda.related));
  const region = (input.region ?? "").trim() || mostFrequent(agenda?.regions ?? new Map()) || mostFrequent(topic?.regions ?? new Map());
  return {
    agendaItem: agenda?.label ?? agendaText,
    topic: topic?.label ?? topicText,
    region,
    readAs: { agendaItem: agenda?.label ?? null, topic: topic?.label ?? null },
  };
}
