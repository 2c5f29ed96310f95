import { hasResolutionText, recogniseResolution, type ImportResult } from "@/lib/core/import/recognise";
import { linesFromText, type SourceLine } from "@/lib/core/import/source";
import { ImportError, MAX_IMPORT_BYTES } from "./errors";
import { readDocxLines } from "./read-docx";

/**
 * One entry for every way in (the page's upload, the command line): a file's name and bytes to
 * the lines of the document. A name ending in .txt is read as UTF-8 text; anything else must be a
 * Word file.
 */

export type ImportKind = "docx" | "text";

export function importKindOf(fileName: string): ImportKind {
  return /\.(txt|text)$/i.test(fileName.trim()) ? "text" : "docx";
}

export function readTextLines(bytes: Uint8Array): SourceLine[] {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError("too-large");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError("not-text");
  }
  // A NUL byte is binary data, not text.
  if (text.includes("\u0000")) throw new ImportError("not-text");
  if (!text.trim()) throw new ImportError("empty");
  return linesFromText(text);
}

export async function readImportLines(fileName: string, bytes: Uint8Array): Promise<SourceLine[]> {
  return importKindOf(fileName) === "text" ? readTextLines(bytes) : readDocxLines(bytes);
}

/** The lines and what they make; a document with no preambular or operative paragraph is refused. */
export async function importFile(fileName: string, bytes: Uint8Array): Promise<{ lines: SourceLine[]; result: ImportResult }> {
  const lines = await readImportLines(fileName, bytes);
  const result = recogniseResolution(lines);
  if (!hasResolutionText(result)) throw new ImportError("no-resolution");
  return { lines, result };
}
