import { AGENDA_ITEM_ROWS, TOPIC_ROWS } from "./generated/agenda.generated";
import { searchKey } from "./names";

export type AgendaItem = {
  /** As the Council's agenda words it: "The situation in the Middle East". */
  agendaItem: string;
  /** The item's most common topic in the records: "Middle East (Syria)". */
  topic: string;
  /** "Africa", "Middle East", "Europe", "Asia", "Americas", "Other"; "" for thematic items. */
  region: string;
  /** "Country/Region-specific", "Country-specific", "Thematic", "Thematic and Other". */
  category: string;
  /** Council votes on drafts under this item, 1994–2023, amendments included. */
  votes: number;
  /** ISO date of the latest of those votes. */
  lastVoted: string;
};

export type AgendaTopic = {
  topic: string;
  votes: number;
  lastVoted: string;
  /** How many agenda items its votes fell under. */
  agendaItems: number;
};

const ITEMS: readonly AgendaItem[] = Object.freeze(
  AGENDA_ITEM_ROWS.map(([agendaItem, topic, region, category, votes, lastVoted]) =>
    Object.freeze({ agendaItem, topic, region, category, votes, lastVoted }),
  ),
);

const TOPICS: readonly AgendaTopic[] = Object.freeze(
  TOPIC_ROWS.map(([topic, votes, lastVoted, agendaItems]) => Object.freeze({ topic, votes, lastVoted, agendaItems })),
);

/** The agenda items the Council voted under in 1994–2023, most voted first. */
export function listAgendaItems(): readonly AgendaItem[] {
  return ITEMS;
}

/** The topics of those votes, most voted first. */
export function listTopics(): readonly AgendaTopic[] {
  return TOPICS;
}

/**
 * Agenda items for a picker: every word of the query must start a word of the item or its topic
 * ("mid east" finds "The situation in the Middle East"); items whose wording starts with the query
 * come first, then the most voted.
 */
export function searchAgendaItems(query: string, limit = 10): AgendaItem[] {
  const words = searchKey(query).split(" ").filter(Boolean);
  if (words.length === 0) return ITEMS.slice(0, Math.max(0, limit));
  const ranked: { item: AgendaItem; rank: number; order: number }[] = [];
  ITEMS.forEach((item, order) => {
    const itemKey = searchKey(item.agendaItem);
    const haystack = ` ${itemKey} ${searchKey(item.topic)}`;
    if (!words.every((word) => haystack.includes(` ${word}`))) return;
    const phrase = words.join(" ");
    const rank = itemKey.startsWith(phrase) ? 0 : haystack.includes(` ${phrase}`) ? 1 : 2;
    ranked.push({ item, rank, order });
  });
  ranked.sort((left, right) => left.rank - right.rank || left.order - right.order);
  return ranked.slice(0, Math.max(0, limit)).map((entry) => entry.item);
}
