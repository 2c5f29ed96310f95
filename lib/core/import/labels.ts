import { letterLabel, romanLabel } from "../draft/layout";

/**
 * Typed paragraph numbers and subparagraph labels at the start of a line. UN drafts label
 * subparagraphs (a), then (i), then a., then i. (UN Editorial Manual, subparagraph levels);
 * Model UN drafts a), then i. A label such as "(i)" is a letter after "(h)" and a numeral
 * elsewhere, so levels are worked out from the labels already met (LabelLevels).
 */

export type LabelFamily = "parenthesised" | "dotted" | "closing-parenthesis";
export type LabelCounter = "letter" | "roman";

export type LeadingLabel =
  | { kind: "number"; value: number; rest: string }
  | { kind: "label"; family: LabelFamily; letterIndex?: number; romanIndex?: number; rest: string };

const NUMBER = /^\s*(\d{1,4})\s*[.)]\s+(?=\S)/;
const PARENTHESISED = /^\s*\(([a-z]{1,6})\)\s+(?=\S)/;
const DOTTED = /^\s*([a-z]{1,6})\.\s+(?=\S)/;
const CLOSING = /^\s*([a-z]{1,6})\)\s+(?=\S)/;

const LETTERS = new Map<string, number>();
const ROMANS = new Map<string, number>();
for (let index = 0; index < 26 * 3; index++) LETTERS.set(letterLabel(index), index);
for (let index = 0; index < 100; index++) ROMANS.set(romanLabel(index), index);

export function readLeadingLabel(text: string): LeadingLabel | undefined {
  const number = NUMBER.exec(text);
  if (number) return { kind: "number", value: Number(number[1]), rest: text.slice(number[0].length) };
  for (const [pattern, family] of [
    [PARENTHESISED, "parenthesised"],
    [DOTTED, "dotted"],
    [CLOSING, "closing-parenthesis"],
  ] as const) {
    const match = pattern.exec(text);
    if (!match) continue;
    const letterIndex = LETTERS.get(match[1]);
    const romanIndex = ROMANS.get(match[1]);
    if (letterIndex === undefined && romanIndex === undefined) continue;
    return { kind: "label", family, letterIndex, romanIndex, rest: text.slice(match[0].length) };
  }
  return undefined;
}

type OpenLevel = { family: LabelFamily; counter: LabelCounter; next: number };

/** The subparagraph levels open under the current operative paragraph, deepest last. */
export class LabelLevels {
  private open: OpenLevel[] = [];

  reset(): void {
    this.open = [];
  }

  /** The level (1 = first subparagraph level) a typed label stands at. */
  levelOf(label: Extract<LeadingLabel, { kind: "label" }>): number {
    const candidates: { counter: LabelCounter; index: number }[] = [];
    if (label.letterIndex !== undefined) candidates.push({ counter: "letter", index: label.letterIndex });
    if (label.romanIndex !== undefined) candidates.push({ counter: "roman", index: label.romanIndex });
    // The next label of a level already open: "(i)" after "(h)" continues the letters.
    for (let depth = this.open.length - 1; depth >= 0; depth--) {
      const level = this.open[depth];
      const match = candidates.find((candidate) => candidate.counter === level.counter && candidate.index === level.next && level.family === label.family);
      if (match) return this.take(depth, match.index);
    }
    // A first label opens a level under the deepest one: "(i)" after "(a)" is a numeral.
    const first = candidates.find((candidate) => candidate.index === 0) ?? candidates.find((candidate) => candidate.counter === "roman") ?? candidates[0];
    if (first.index === 0) {
      this.open.push({ family: label.family, counter: first.counter, next: 1 });
      return this.open.length;
    }
    // Out of sequence: back to a level of the same form if one is open, else one level deeper.
    for (let depth = this.open.length - 1; depth >= 0; depth--) {
      const level = this.open[depth];
      const match = candidates.find((candidate) => candidate.counter === level.counter && level.family === label.family);
      if (match) return this.take(depth, match.index);
    }
    this.open.push({ family: label.family, counter: first.counter, next: first.index + 1 });
    return this.open.length;
  }

  /** Word's own numbering gives the level; typed labels that follow continue below it. */
  atLevel(level: number): void {
    this.open = this.open.slice(0, Math.max(0, level - 1));
  }

  private take(depth: number, index: number): number {
    this.open = this.open.slice(0, depth + 1);
    this.open[depth].next = index + 1;
    return depth + 1;
  }
}
