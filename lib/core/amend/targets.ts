import { letterLabel, romanLabel } from "../draft/layout";
import type { Draft, StoredSubparagraph } from "../draft/schema";
import type { OperativeEntry, PreambularEntry } from "../draft/edit";
import { PRINTED_TARGET } from "./schema";

/**
 * The draft's printed numbering ("pp3", "op2(b)(i)") and the stable paragraph ids amendments keep.
 * Subparagraph labels follow the UN Editorial Manual's levels: (a), then (i), then a., then i.
 * (lib/core/draft/layout.ts); in a target every level is written in parentheses.
 */

export type ParagraphEntry = {
  id: string;
  section: "preamble" | "operative";
  /** "pp3", "op2(b)(i)". */
  target: string;
  /** "Preambular paragraph 3", "Operative paragraph 2 (b) (i)": the words of an amendment document. */
  label: string;
  phrase: string;
  text: string;
  /** 0 for a paragraph, 1 for (a), 2 for (i)… */
  level: number;
  /** Id of the paragraph a subparagraph hangs from. */
  parentId?: string;
};

/** A paragraph opens with its phrase ("Condemns"); a subparagraph has none of its own (UN Editorial Manual). */
export function hasOpeningPhrase(entry: Pick<ParagraphEntry, "level">): boolean {
  return entry.level === 0;
}

function levelLabel(level: number, index: number): string {
  return level % 2 === 1 ? letterLabel(index) : romanLabel(index);
}

/** Every paragraph and subparagraph of the draft in reading order, with its printed target. */
export function listParagraphEntries(draft: Draft): ParagraphEntry[] {
  const out: ParagraphEntry[] = [];
  const preamble: PreambularEntry[] = draft.preamble;
  const operative: OperativeEntry[] = draft.operative;
  preamble.forEach((paragraph, index) => {
    out.push({ id: paragraph.id, section: "preamble", target: `pp${index + 1}`, label: `Preambular paragraph ${index + 1}`, phrase: paragraph.phrase, text: paragraph.text, level: 0 });
  });
  operative.forEach((paragraph, index) => {
    const target = `op${index + 1}`;
    const label = `Operative paragraph ${index + 1}`;
    out.push({ id: paragraph.id, section: "operative", target, label, phrase: paragraph.phrase, text: paragraph.text, level: 0 });
    const walk = (list: StoredSubparagraph[], level: number, parentTarget: string, parentLabel: string, parentId: string) => {
      list.forEach((sub, position) => {
        const mark = `(${levelLabel(level, position)})`;
        const subTarget = `${parentTarget}${mark}`;
        const subLabel = `${parentLabel} ${mark}`;
        out.push({ id: sub.id, section: "operative", target: subTarget, label: subLabel, phrase: "", text: sub.text, level, parentId });
        walk(sub.subparagraphs, level + 1, subTarget, subLabel, sub.id);
      });
    };
    walk(paragraph.subparagraphs, 1, target, label, paragraph.id);
  });
  return out;
}

export type ParagraphIndex = { entries: ParagraphEntry[]; byId: Map<string, ParagraphEntry>; byTarget: Map<string, ParagraphEntry>; order: Map<string, number> };

export function indexParagraphs(draft: Draft): ParagraphIndex {
  const entries = listParagraphEntries(draft);
  return {
    entries,
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    byTarget: new Map(entries.map((entry) => [entry.target, entry])),
    order: new Map(entries.map((entry, position) => [entry.id, position])),
  };
}

/** "op 2 (B)" → "op2(b)": spaces and capitals are forgiven. */
export function normalizeTarget(target: string): string {
  return target.replace(/\s+/g, "").toLowerCase();
}

export function isPrintedTarget(target: string): boolean {
  return PRINTED_TARGET.test(normalizeTarget(target));
}

/** The id of the paragraph a printed target names, or undefined when the draft has no such paragraph. */
export function resolveTarget(index: ParagraphIndex, target: string): string | undefined {
  return index.byTarget.get(normalizeTarget(target))?.id;
}

/** "Operative paragraph 2 (b)" for "op2(b)"; the target itself when it is not printed numbering. */
export function describeTarget(target: string): string {
  const match = PRINTED_TARGET.exec(normalizeTarget(target));
  if (!match) return target;
  const [, kind, number, marks] = match;
  const head = `${kind === "pp" ? "Preambular" : "Operative"} paragraph ${number}`;
  const levels = marks.match(/\([a-z]+\)/g) ?? [];
  return [head, ...levels].join(" ");
}
