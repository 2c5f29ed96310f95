import type { Body, PortableDraft, Subparagraph } from "./schema";

/**
 * The derived form of a draft: numbers, labels and final punctuation are never stored, they
 * follow from the paragraphs' order and nesting here, so the editor's preview, the Word export
 * and the checks all agree.
 */

export type Punctuation = "," | ";" | "." | ":";

export type LaidOutParagraph =
  | { kind: "opening"; organ: string; text: string }
  | { kind: "preambular"; id?: string; index: number; phrase: string; text: string; punctuation: Punctuation }
  | {
      kind: "operative";
      id?: string;
      index: number;
      number: number;
      label: string;
      phrase: string;
      text: string;
      punctuation: Punctuation;
    }
  | {
      kind: "subparagraph";
      id?: string;
      /** 1 for (a), 2 for (i), 3 for a., 4 for i.; deeper levels repeat the cycle. */
      level: number;
      label: string;
      /** Position of the path in the draft: operative index, then each subparagraph index. */
      path: number[];
      text: string;
      punctuation: Punctuation;
    };

/** The organ's name as documents print it: "Security Council", "General Assembly". */
export function bodyName(body: Body): string {
  switch (body) {
    case "security-council":
      return "Security Council";
    case "general-assembly":
      return "General Assembly";
    default: {
      const unreachable: never = body;
      return unreachable;
    }
  }
}

/** The words that open the text: "The Security Council". */
export function organName(body: Body): string {
  return `The ${bodyName(body)}`;
}

/** Removes the final punctuation a user may have typed: the layout supplies it. */
export function stripFinalPunctuation(text: string): string {
  return text.replace(/[\s,;:.]+$/u, "").replace(/^\s+/u, "");
}

const LOWER_LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** a … z, then aa, bb … (UN Editorial Manual: letters are doubled after z). */
export function letterLabel(index: number): string {
  const letter = LOWER_LETTERS[index % 26];
  return letter.repeat(Math.floor(index / 26) + 1);
}

export function romanLabel(index: number): string {
  let value = index + 1;
  const numerals: [number, string][] = [
    [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"],
    [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
  ];
  let out = "";
  for (const [amount, numeral] of numerals) {
    while (value >= amount) {
      out += numeral;
      value -= amount;
    }
  }
  return out;
}

/**
 * UN Editorial Manual, subparagraph levels: (a), (b) …; then (i), (ii) …; then a., b. …;
 * then i., ii. … Levels beyond four are reported by the checks; they reuse the cycle.
 */
export function subparagraphLabel(level: number, index: number): string {
  switch (((level - 1) % 4) + 1) {
    case 1:
      return `(${letterLabel(index)})`;
    case 2:
      return `(${romanLabel(index)})`;
    case 3:
      return `${letterLabel(index)}.`;
    default:
      return `${romanLabel(index)}.`;
  }
}

/**
 * Lays out a draft in reading order with derived labels and punctuation:
 * - preambular paragraphs end with a comma;
 * - operative paragraphs and subparagraphs end with a semicolon, the very last one with a
 *   full stop;
 * - a paragraph that introduces subparagraphs ends with a colon.
 */
export function layoutDraft(draft: Pick<PortableDraft, "body" | "preamble" | "operative">): LaidOutParagraph[] {
  const organ = organName(draft.body);
  const out: LaidOutParagraph[] = [{ kind: "opening", organ, text: `${organ},` }];
  draft.preamble.forEach((paragraph, index) => {
    out.push({
      kind: "preambular",
      id: paragraph.id,
      index,
      phrase: paragraph.phrase.trim(),
      text: stripFinalPunctuation(paragraph.text),
      punctuation: ",",
    });
  });

  const lastOperative = draft.operative.length - 1;
  draft.operative.forEach((paragraph, index) => {
    const subparagraphs = paragraph.subparagraphs ?? [];
    const isLastOperative = index === lastOperative;
    out.push({
      kind: "operative",
      id: paragraph.id,
      index,
      number: index + 1,
      label: `${index + 1}.`,
      phrase: paragraph.phrase.trim(),
      text: stripFinalPunctuation(paragraph.text),
      punctuation: subparagraphs.length > 0 ? ":" : isLastOperative ? "." : ";",
    });
    layoutSubparagraphs(subparagraphs, 1, [index], isLastOperative, out);
  });
  return out;
}

function layoutSubparagraphs(
  list: Subparagraph[],
  level: number,
  parentPath: number[],
  parentIsLast: boolean,
  out: LaidOutParagraph[],
): void {
  list.forEach((sub, index) => {
    const children = sub.subparagraphs ?? [];
    const isLast = parentIsLast && index === list.length - 1;
    const path = [...parentPath, index];
    out.push({
      kind: "subparagraph",
      id: sub.id,
      level,
      label: subparagraphLabel(level, index),
      path,
      text: stripFinalPunctuation(sub.text),
      punctuation: children.length > 0 ? ":" : isLast ? "." : ";",
    });
    layoutSubparagraphs(children, level + 1, path, isLast, out);
  });
}

/** The plain text of a laid-out paragraph, as it reads in the document. */
export function paragraphText(paragraph: LaidOutParagraph): string {
  switch (paragraph.kind) {
    case "opening":
      return paragraph.text;
    case "preambular":
      return `${joinPhrase(paragraph.phrase, paragraph.text)}${paragraph.punctuation}`;
    case "operative":
      return `${paragraph.label} ${joinPhrase(paragraph.phrase, paragraph.text)}${paragraph.punctuation}`;
    case "subparagraph":
      return `${paragraph.label} ${paragraph.text}${paragraph.punctuation}`;
    default: {
      const unreachable: never = paragraph;
      return unreachable;
    }
  }
}

/** The opening phrase and the rest, with one space between them when both are present. */
export function joinPhrase(phrase: string, text: string): string {
  if (!phrase) return text;
  if (!text) return phrase;
  return `${phrase} ${text}`;
}

/** The whole draft as plain text, one paragraph a line (previews, diffs, tests). */
export function draftToPlainText(draft: Pick<PortableDraft, "body" | "preamble" | "operative">): string {
  return layoutDraft(draft).map(paragraphText).join("\n");
}

/**
 * What a draft says it is about, as one text: its title, its agenda item and its paragraphs. The
 * one text read for what a draft is about (the subject of a vetoed Council draft, the Art. 18(2)
 * suggestion), so the Council's simulator and the Assembly's read a draft alike.
 */
export function draftSubjectText(draft: Pick<PortableDraft, "body" | "preamble" | "operative" | "title" | "agendaItem">): string {
  return [draft.title, draft.agendaItem, draftToPlainText(draft)].filter(Boolean).join("\n");
}

/** Counts subparagraph levels below an operative paragraph (0 when it has none). */
export function nestingDepth(list: Subparagraph[]): number {
  let depth = 0;
  for (const sub of list) depth = Math.max(depth, 1 + nestingDepth(sub.subparagraphs ?? []));
  return depth;
}
