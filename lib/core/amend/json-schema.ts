import { z } from "zod";
import { AMENDMENTS_SCHEMA_VERSION, amendmentsFileSchema } from "./schema";

/**
 * The JSON Schema (draft 2020-12) of the amendments file, generated from the zod schema so that the
 * two cannot drift; docs/amendments.schema.json holds its output and a test keeps them equal. Rules
 * JSON Schema cannot state (ids unique, a paragraph for insert and replace, `to` for move, `amends`
 * naming an amendment of the file) are enforced when the file is read.
 */
export const AMENDMENTS_JSON_SCHEMA_ID = `urn:unsc-workbench:amendments:v${AMENDMENTS_SCHEMA_VERSION}`;

export function amendmentsJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(amendmentsFileSchema, { io: "input" }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: AMENDMENTS_JSON_SCHEMA_ID,
    title: "Amendments to a draft resolution",
    description:
      "Amendments as `unsc amend` reads them and the workbench exports them with a draft. Each targets a paragraph by the draft's printed numbering — pp3 (preambular paragraph 3), op2 (operative paragraph 2), op2(b), op2(b)(i) — resolved to stable paragraph ids when read. insert needs position and paragraph; replace needs paragraph (its phrase, when given, replaces the opening phrase); move needs position and to (the paragraph it goes before or after); amends makes it an amendment to another amendment, whose paragraph it replaces. status is optional (proposed by default): friendly amendments are applied without a vote, withdrawn ones ignored.",
    ...rest,
  };
}
