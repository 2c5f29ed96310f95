import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { EXAMPLE_IDS, getExample } from "./examples";
import { DRAFT_JSON_SCHEMA_ID, draftJsonSchema } from "./json-schema";
import { isRealDate, portableDraftSchema } from "./schema";

const FILE = path.resolve(__dirname, "../../../docs/draft.schema.json");

const DOCS_EXAMPLES = path.resolve(__dirname, "../../../docs/examples");
/** The portable drafts among docs/examples (the others are inputs of `unsc vote` and `unsc predict`). */
const DRAFT_EXAMPLE_FILES = readdirSync(DOCS_EXAMPLES).filter((file) => {
  const document = JSON.parse(readFileSync(path.join(DOCS_EXAMPLES, file), "utf8"));
  return typeof document === "object" && document !== null && "schemaVersion" in document;
});

/** The committed schema compiled by ajv (strict, 2020-12), "date" checked as a real calendar date. */
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addFormat("date", { type: "string", validate: isRealDate });
const validatePublished = ajv.compile(JSON.parse(readFileSync(FILE, "utf8")));

/** ajv's errors as "path: message" lines, to say which rule refused a document. */
function errorsOf(document: unknown): string[] {
  if (validatePublished(document)) return [];
  return (validatePublished.errors ?? []).map((error) => `${error.instancePath || "/"}: ${error.keyword}`);
}

const VALID = { schemaVersion: 1, body: "security-council", operative: [{ phrase: "Decides", text: "to remain seized of the matter" }] };

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

  it("the docs hold the two example drafts", () => {
    expect(DRAFT_EXAMPLE_FILES.sort()).toEqual(["kazakhstan-2022.json", "ukraine-2022.json"]);
  });

  it.each(DRAFT_EXAMPLE_FILES)("accepts docs/examples/%s", (file) => {
    expect(errorsOf(JSON.parse(readFileSync(path.join(DOCS_EXAMPLES, file), "utf8")))).toEqual([]);
  });

  it.each(EXAMPLE_IDS)("accepts the core's example %s", (id) => {
    expect(errorsOf(getExample(id))).toEqual([]);
  });

  it("accepts a minimal draft", () => {
    expect(errorsOf(VALID)).toEqual([]);
  });

  it("refuses a malformed draft: a sponsor in lower case, a missing phrase, subparagraphs nested nine deep", () => {
    let deep: unknown[] = [];
    for (let level = 0; level < 9; level++) deep = [{ text: `level ${9 - level}`, subparagraphs: deep }];
    const errors = errorsOf({
      schemaVersion: 1,
      body: "security-council",
      sponsors: ["usa"],
      preamble: [{ text: "no phrase" }],
      operative: [{ phrase: "Requests", text: "x", subparagraphs: deep }],
    });
    expect(errors).toContain("/sponsors/0: pattern");
    expect(errors).toContain("/preamble/0: required");
    // Eight levels are accepted so that the checks can report them; the ninth must be empty.
    expect(errors).toContainEqual(expect.stringMatching(/^\/operative\/0(\/subparagraphs\/0){8}\/subparagraphs: maxItems$/));
  });

  it.each([
    ["a missing schemaVersion", { body: "security-council" }, "/: required"],
    ["another version", { ...VALID, schemaVersion: 2 }, "/schemaVersion: const"],
    ["an unknown body", { ...VALID, body: "trusteeship-council" }, "/body: enum"],
    ["a date in another form", { ...VALID, date: "25/02/2022" }, "/date: format"],
    ["a day that does not exist", { ...VALID, date: "2022-02-30" }, "/date: format"],
    ["a paragraph text that is a number", { ...VALID, operative: [{ phrase: "Decides", text: 5 }] }, "/operative/0/text: type"],
    ["an array in place of a draft", [VALID], "/: type"],
  ])("refuses %s", (_case, document, expected) => {
    expect(errorsOf(document)).toContain(expected);
  });

  it("lets a field it does not describe through, as the import does (it drops such fields)", () => {
    expect(errorsOf({ ...VALID, colour: "blue" })).toEqual([]);
    expect(portableDraftSchema.parse({ ...VALID, colour: "blue" })).not.toHaveProperty("colour");
  });
});
