import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parsePortableDraft } from "../draft/schema";
import { buildDraftDocx } from "./build-draft-docx";
import sample from "./fixtures/s-2022-155.json";

/**
 * Opens the export in LibreOffice, as many users (and Google Docs' importer) will, and checks the
 * text survives with its numbering. Needs soffice (libreoffice-writer-nogui) and pdftotext
 * (poppler-utils): CI installs both; without them this test fails rather than skips.
 */

function requireTool(name: string): string {
  try {
    return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
  } catch {
    throw new Error(`${name} is not installed: install libreoffice-writer-nogui and poppler-utils to run this test`);
  }
}

const directory = mkdtempSync(path.join(tmpdir(), "docx-libreoffice-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function convertToText(docxPath: string): { text: string; pages: number } {
  const soffice = requireTool("soffice");
  const pdftotext = requireTool("pdftotext");
  // A private profile so a running LibreOffice or another test run does not block the conversion.
  const profile = `file://${path.join(directory, "profile")}`;
  execFileSync(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", directory, docxPath], {
    stdio: "pipe",
    timeout: 120_000,
  });
  const pdf = docxPath.replace(/\.docx$/, ".pdf");
  const text = execFileSync(pdftotext, ["-layout", pdf, "-"], { encoding: "utf8" });
  return { text, pages: (text.match(/\f/g) ?? []).length };
}

describe("the Word export in LibreOffice", () => {
  it(
    "keeps the masthead, sponsor line, phrases, Word numbering and page numbers of S/2022/155",
    async () => {
      const parsed = parsePortableDraft(sample);
      if (!parsed.ok) throw new Error("fixture does not parse");
      const draft = {
        ...parsed.draft,
        operative: [
          ...parsed.draft.operative.slice(0, -1),
          {
            phrase: "Requests",
            text: "the Secretary-General",
            subparagraphs: [
              { text: "to report to the Council", subparagraphs: [{ text: "within thirty days", subparagraphs: [] }] },
              { text: "to brief the Council", subparagraphs: [] },
            ],
          },
          ...parsed.draft.operative.slice(-1),
          ...parsed.draft.operative.slice(0, -1),
        ],
      };
      const file = path.join(directory, "S-2022-155.docx");
      writeFileSync(file, await buildDraftDocx(draft, { style: "un", paper: "letter" }));
      const { text, pages } = convertToText(file);
      const flat = text.replace(/\s+/g, " ");
      for (const expected of [
        "United Nations",
        "S/2022/155",
        "Security Council",
        "Distr.: General",
        "25 February 2022",
        "Original: English",
        "Albania and United States of America: draft resolution",
        "The Security Council,",
        "Reaffirming its commitment",
        "1. Reaffirms its commitment",
        "6. Calls upon the parties",
        "9. Requests the Secretary-General:",
        "(a) to report to the Council:",
        "(i) within thirty days;",
        "(b) to brief the Council;",
        "10. Decides to remain seized of the matter;",
        "18. Welcomes and urges the continued efforts",
        "the Russian Federation's aggression has created. 2/",
      ]) {
        expect(flat).toContain(expected);
      }
      expect(flat.trim().endsWith(`${pages}/${pages}`)).toBe(true);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(flat).toContain(`2/${pages}`);
      expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
    },
    180_000,
  );
});
