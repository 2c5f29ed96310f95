/**
 * Reads what a user typed as an agenda item or topic ("Ukraine", "Syria", the first words of a
 * long letter title) as the record's own agenda item and topic, so that the prediction finds the
 * Council's earlier votes on it. The agenda item is the one named exactly, else the first that the
 * UN core's agenda search finds (`searchAgendaItems`, as in the draft editor's picker); the topic
 * is the one typed when the record has it, else the found item's most common topic. Text that
 * matches nothing is kept as typed: the draft is then predicted from the members' general record.
 */
import { listAgendaItems, searchAgendaItems } from "../un/agenda";
import { normalizeKey, type RecordedDraft } from "./vote-record";

export type AgendaReading = {
  agendaItem: string;
  topic: string;
  region: string;
  /** The record's agenda item and topic the text was read as, when found. */
  readAs: { agendaItem: string | null; topic: string | null };
};

/** The topics the record's drafts carry, as `normalizeKey` writes them. */
export function recordTopicKeys(drafts: readonly RecordedDraft[]): ReadonlySet<string> {
  // Each distinct topic normalised once: the record repeats about a hundred.
  return new Set([...new Set(drafts.map((draft) => draft.topic))].map(normalizeKey).filter(Boolean));
}

/**
 * The agenda item, topic and region a prediction reads. The simulator has one field for both
 * agenda item and topic, so each is looked up from the other's text when its own is empty. A
 * region left empty is the found item's.
 */
export function readAgenda(recordTopics: ReadonlySet<string>, input: { agendaItem?: string; topic?: string; region?: string }): AgendaReading {
  const agendaText = (input.agendaItem ?? "").trim();
  const topicText = (input.topic ?? "").trim();
  const find = (text: string) => {
    const key = normalizeKey(text);
    if (key === "") return undefined;
    return listAgendaItems().find((item) => normalizeKey(item.agendaItem) === key) ?? searchAgendaItems(text, 1)[0];
  };
  const item = find(agendaText) ?? find(topicText);
  const known = (topic: string | undefined) => (topic && recordTopics.has(normalizeKey(topic)) ? topic : undefined);
  const topic = known(topicText) ?? known(agendaText) ?? known(item?.topic);
  return {
    agendaItem: item?.agendaItem ?? agendaText,
    topic: topic ?? topicText,
    region: (input.region ?? "").trim() || (item?.region ?? ""),
    readAs: { agendaItem: item?.agendaItem ?? null, topic: topic ?? null },
  };
}
