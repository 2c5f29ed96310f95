import { z } from "zod";
import { DRAFT_SCHEMA_VERSION, MAX_TOTAL_PARAGRAPHS, portableDraftSchema } from "./schema";

/**
 * The JSON Schema (draft 2020-12) of the portable draft, generated from the zod schema so that
 * the two cannot drift; docs/draft.schema.json holds its output and a test keeps them equal.
 * The date is a real calendar date in both: zod's ISO date gives `format: "date"` and a pattern
 * that knows month lengths and leap years. zod rules JSON Schema cannot state are enforced on
 * import only.
 */

export const DRAFT_JSON_SCHEMA_ID = `urn:unsc-workbench:portable-draft:v${DRAFT_SCHEMA_VERSION}`;

const FIELD_DESCRIPTIONS: Record<string, string> = {
  schemaVersion: "Version of this format; a change of shape bumps it.",
  body: "The organ the draft is for: the Security Council or the General Assembly.",
  symbol: "Document symbol, such as S/2022/155 (Council) or A/ES-11/L.1 (Assembly); empty before issue.",
  date: "Date of the document, YYYY-MM-DD.",
  agendaItem: "The agenda item as the Council's agenda words it.",
  sponsors: "Sponsoring States, as ISO 3166-1 alpha-3 codes in capitals, main sponsors first.",
  title: "General Assembly drafts only: the title. Council resolutions bear none.",
  session: "General Assembly only: the session line, such as \"Seventy-sixth session\".",
  agendaItemNumber: "General Assembly only: the agenda item number.",
  preamble:
    "Preambular paragraphs in order: an opening phrase in italics (\"Recalling\") and the text. Final punctuation is added on layout.",
  operative:
    "Operative paragraphs in order: an opening phrase (\"Decides\"), the text and subparagraphs (a), (i), a., i. Numbers and punctuation are added on layout.",
};

export function draftJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(portableDraftSchema, { io: "input" }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const properties = rest.properties as Record<string, Record<string, unknown>>;
  const described = Object.fromEntries(
    Object.entries(properties).map(([name, schema]) =>
      FIELD_DESCRIPTIONS[name] ? [name, { description: FIELD_DESCRIPTIONS[name], ...schema }] : [name, schema],
    ),
  );
  return {
    $schema,
    $id: DRAFT_JSON_SCHEMA_ID,
    title: "Portable draft resolution",
    description:
      `A draft resolution of the UN Security Council or General Assembly as the workbench imports and exports it, and as \`unsc lint\` reads it. Paragraph numbers, subparagraph labels and final punctuation are never stored: they follow from order and nesting. A draft holds at most ${MAX_TOTAL_PARAGRAPHS} paragraphs and subparagraphs in all.`,
    ...rest,
    properties: described,
  };
}
