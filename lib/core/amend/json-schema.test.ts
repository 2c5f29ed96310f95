import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { amendmentsJsonSchema } from "./json-schema";

const FILE = path.resolve(__dirname, "../../../docs/amendments.schema.json");
const EXAMPLE = path.resolve(__dirname, "../../../docs/amendments-ukraine-2022.json");

describe("docs/amendments.schema.json", () => {
  it("is the JSON Schema generated from the zod schema (run with UPDATE_AMENDMENTS_SCHEMA=1 to rewrite it)", () => {
    const generated = `${JSON.stringify(amendmentsJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_AMENDMENTS_SCHEMA) writeFileSync(FILE, generated);
    expect(readFileSync(FILE, "utf8")).toBe(generated);
  });

  it("accepts the documented example and refuses a bad action or a target not in printed numbering", () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(FILE, "utf8")));
    const example = JSON.parse(readFileSync(EXAMPLE, "utf8"));
    expect(validate(example)).toBe(true);
    expect(validate({ schemaVersion: 1, amendments: [{ id: "A", sponsors: ["USA"], action: "rewrite", target: "op1" }] })).toBe(false);
    expect(validate({ schemaVersion: 1, amendments: [{ id: "A", sponsors: ["USA"], action: "delete", target: "paragraph 1" }] })).toBe(false);
  });
});
