import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE_IDS, getExample } from "./examples";
import { DRAFT_JSON_SCHEMA_ID, draftJsonSchema } from "./json-schema";

const FILE = path.resolve(__dirname, "../../../docs/draft.schema.json");

type Schema = Record<string, unknown>;

/** Just enough of JSON Schema to check the examples against the committed file. */
function validate(schema: Schema, value: unknown, at = "$"): string[] {
  const errors: string[] = [];
  if (schema.not) errors.push(`${at}: matches "not"`);
  if ("const" in schema && value !== schema.const) errors.push(`${at}: must be ${String(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${at}: not in enum`);
  switch (schema.type) {
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return [`${at}: must be an object`];
      const record = value as Record<string, unknown>;
      for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in record)) errors.push(`${at}.${key}: required`);
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      for (const [key, child] of Object.entries(record)) {
        if (properties[key]) errors.push(...validate(properties[key], child, `${at}.${key}`));
        else errors.push(`${at}.${key}: not described`);
      }
      break;
    }
    case "array":
      if (!Array.isArray(value)) return [`${at}: must be an array`];
      if (typeof schema.maxItems === "number" && value.length > schema.maxItems) errors.push(`${at}: too many items`);
      value.forEach((item, index) => errors.push(...validate(schema.items as Schema, item, `${at}[${index}]`)));
      break;
    case "string":
      if (typeof value !== "string") return [`${at}: must be a string`];
      if (typeof schema.pattern === "string" && !new RegExp(schema.pattern).test(value)) errors.push(`${at}: does not match ${schema.pattern}`);
      if (typeof schema.maxLength === "number" && value.length > schema.maxLength) errors.push(`${at}: too long`);
      break;
    case "number":
      if (typeof value !== "number") errors.push(`${at}: must be a number`);
      break;
  }
  return errors;
}

describe("docs/draft.schema.json", () => {
  it("is the JSON Schema generated from the zod schema (run with UPDATE_DRAFT_SCHEMA=1 to rewrite it)", () => {
    const generated = `${JSON.stringify(draftJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_DRAFT_SCHEMA) writeFileSync(FILE, generated);
    expect(readFileSync(FILE, "utf8")).toBe(generated);
  });

  it("names itself and the 2020-12 dialect, and describes the fields", () => {
    const schema = JSON.parse(readFileSync(FILE, "utf8"));
    expect(schema).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: DRAFT_JSON_SCHEMA_ID,
      title: "Portable draft resolution",
      required: ["schemaVersion", "body"],
    });
    expect(schema.properties.sponsors.description).toContain("ISO 3166-1 alpha-3");
  });

  it.each(EXAMPLE_IDS)("accepts the example %s", (id) => {
    expect(validate(JSON.parse(readFileSync(FILE, "utf8")), getExample(id))).toEqual([]);
  });

  it("refuses a malformed draft: a sponsor in lower case, a missing phrase, subparagraphs nested nine deep", () => {
    const schema = JSON.parse(readFileSync(FILE, "utf8"));
    let deep: unknown[] = [];
    for (let level = 0; level < 9; level++) deep = [{ text: `level ${9 - level}`, subparagraphs: deep }];
    const errors = validate(schema, {
      schemaVersion: 1,
      body: "security-council",
      sponsors: ["usa"],
      preamble: [{ text: "no phrase" }],
      operative: [{ phrase: "Requests", text: "x", subparagraphs: deep }],
    });
    expect(errors).toEqual([
      "$.sponsors[0]: does not match ^[A-Z]{3}$",
      "$.preamble[0].phrase: required",
      // Eight levels are accepted so that the checks can report them; the ninth must be empty.
      expect.stringMatching(/^\$\.operative\[0\](\.subparagraphs\[0\]){8}\.subparagraphs: too many items$/),
      expect.stringContaining('matches "not"'),
    ]);
  });
});
