/**
 * What a reader (Word file, pasted text) hands the recogniser: the document's paragraphs in
 * reading order, each with what the file says about it beyond its words.
 */
export type SourceLine = {
  /** 1-based, in the order the reader met the lines (blank lines counted, so numbers match a text file). */
  line: number;
  text: string;
  /** Word's own list numbering: 0 for a top-level numbered paragraph, 1 for its first sub-level … */
  listLevel?: number;
  /** The words at the start of the line set in italics or underlined: a hint for the opening phrase. */
  emphasis?: string;
  /** Where the line sits: a page header (the UN masthead is one) or the body. */
  region?: "header" | "body";
};

/** Most lines a document may have: far above any resolution, low enough to bound the work. */
export const MAX_SOURCE_LINES = 20_000;

/** Pasted or plain text: one source line per line of text (CR, LF or CRLF), tabs read as spaces. */
export function linesFromText(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .slice(0, MAX_SOURCE_LINES)
    .map((raw, index) => ({ line: index + 1, text: raw.replace(/\t/g, " ") }));
}
