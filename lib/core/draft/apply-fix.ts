import { joinPhrase, stripFinalPunctuation } from "./layout";
import type { Draft, PortableDraft, Subparagraph } from "./schema";
import type { Finding, FindingLocation } from "./findings";
import { CHAPTER_VII_OPENING, isBlank } from "./paragraph-refs";

/** Carrying out a finding's fix on the draft (stored or portable). */
type AnyDraft = PortableDraft | Draft;

/**
 * Carries out a finding's fix and returns the new draft. A finding without a fix, or one that no
 * longer matches the draft (the paragraph was edited or removed since), leaves the draft as it
 * is: the same object is returned. Give `newId` for a stored draft, so that an added paragraph
 * gets an id.
 */
export function applyFix(draft: Draft, finding: Finding, newId: () => string): Draft;
export function applyFix(draft: PortableDraft, finding: Finding, newId?: () => string): PortableDraft;
export function applyFix(draft: AnyDraft, finding: Finding, newId?: () => string): AnyDraft {
  const fix = finding.fix;
  if (!fix) return draft;
  const where = finding.paragraph;
  switch (fix.kind) {
    case "replace-phrase":
      return updateTopParagraph(draft, where, (paragraph) => ({ ...paragraph, phrase: fix.with }));
    case "split-phrase":
      return updateTopParagraph(draft, where, (paragraph) => {
        if (!isBlank(paragraph.phrase) || !paragraph.text.trimStart().startsWith(fix.phrase)) return paragraph;
        const rest = paragraph.text.trimStart().slice(fix.phrase.length).replace(/^[,;:]?\s*/, "");
        return { ...paragraph, phrase: fix.phrase, text: rest };
      });
    case "move-paragraph":
      return moveParagraphTo(draft, where, fix.to, fix.position);
    case "add-operative": {
      const paragraph = { phrase: fix.phrase, text: fix.text, subparagraphs: [], ...(newId ? { id: newId() } : {}) };
      return { ...draft, operative: [...draft.operative, paragraph] } as AnyDraft;
    }
    case "add-preambular": {
      const paragraph = { phrase: fix.phrase, text: fix.text, ...(newId ? { id: newId() } : {}) };
      const at = endOfPreamble(draft.preamble, undefined);
      return { ...draft, preamble: [...draft.preamble.slice(0, at), paragraph, ...draft.preamble.slice(at)] } as AnyDraft;
    }
    case "delete-paragraph":
      return deleteAt(draft, where);
    case "strip-final-punctuation":
      return updateAt(draft, where, (paragraph) =>
        isBlank(paragraph.text)
          ? { ...paragraph, phrase: stripFinalPunctuation(paragraph.phrase ?? "") }
          : { ...paragraph, text: stripFinalPunctuation(paragraph.text) },
      );
    case "remove-title": {
      const rest = { ...draft };
      delete rest.title;
      return rest;
    }
    case "remove-sponsor": {
      const sponsors = draft.sponsors ?? [];
      const index = where.index !== undefined && sponsors[where.index] === fix.code ? where.index : -1;
      if (index < 0) return draft;
      return { ...draft, sponsors: sponsors.filter((_, position) => position !== index) };
    }
    default: {
      const unreachable: never = fix;
      return unreachable;
    }
  }
}

/** Finds a top-level paragraph by id when the finding has one, else by index. */
function topIndex(list: readonly { id?: string }[], where: FindingLocation): number {
  if (where.id !== undefined) return list.findIndex((paragraph) => paragraph.id === where.id);
  return where.index !== undefined && where.index < list.length ? where.index : -1;
}

type Editable = { phrase: string; text: string };

function updateTopParagraph(draft: AnyDraft, where: FindingLocation, change: <P extends Editable>(paragraph: P) => P): AnyDraft {
  if (where.path && where.path.length > 0) return draft;
  if (where.section === "preamble") {
    const index = topIndex(draft.preamble, where);
    if (index < 0) return draft;
    return { ...draft, preamble: draft.preamble.map((paragraph, position) => (position === index ? change(paragraph) : paragraph)) } as AnyDraft;
  }
  if (where.section === "operative") {
    const index = topIndex(draft.operative, where);
    if (index < 0) return draft;
    return { ...draft, operative: draft.operative.map((paragraph, position) => (position === index ? change(paragraph) : paragraph)) } as AnyDraft;
  }
  return draft;
}

/** Like updateTopParagraph, but reaches subparagraphs too (which have text only). */
function updateAt(draft: AnyDraft, where: FindingLocation, change: (paragraph: { phrase?: string; text: string }) => { phrase?: string; text: string }): AnyDraft {
  if (!where.path || where.path.length === 0) {
    return updateTopParagraph(draft, where, (paragraph) => ({ ...paragraph, ...change(paragraph) }));
  }
  const operativeIndex = topOperativeIndexFor(draft, where);
  if (operativeIndex < 0) return draft;
  const path = where.path;
  const rewrite = (list: Subparagraph[], depth: number): Subparagraph[] | undefined => {
    const position = path[depth];
    const target = list[position];
    if (!target) return undefined;
    if (depth === path.length - 1) {
      if (where.id !== undefined && target.id !== where.id) return undefined;
      return list.map((sub, index) => (index === position ? { ...sub, text: change({ text: sub.text }).text } : sub));
    }
    const children = rewrite(target.subparagraphs ?? [], depth + 1);
    return children && list.map((sub, index) => (index === position ? { ...sub, subparagraphs: children } : sub));
  };
  const paragraph = draft.operative[operativeIndex];
  const subparagraphs = rewrite(paragraph.subparagraphs ?? [], 0);
  if (!subparagraphs) return draft;
  return {
    ...draft,
    operative: draft.operative.map((item, index) => (index === operativeIndex ? { ...item, subparagraphs } : item)),
  } as AnyDraft;
}

/** A subparagraph finding's id is the subparagraph's; its operative paragraph is found by index. */
function topOperativeIndexFor(draft: AnyDraft, where: FindingLocation): number {
  return where.index !== undefined && where.index < draft.operative.length ? where.index : -1;
}

function deleteAt(draft: AnyDraft, where: FindingLocation): AnyDraft {
  if (where.path && where.path.length > 0) {
    const operativeIndex = topOperativeIndexFor(draft, where);
    if (operativeIndex < 0) return draft;
    const path = where.path;
    const remove = (list: Subparagraph[], depth: number): Subparagraph[] | undefined => {
      const position = path[depth];
      const target = list[position];
      if (!target) return undefined;
      if (depth === path.length - 1) {
        if (where.id !== undefined && target.id !== where.id) return undefined;
        return list.filter((_, index) => index !== position);
      }
      const children = remove(target.subparagraphs ?? [], depth + 1);
      return children && list.map((sub, index) => (index === position ? { ...sub, subparagraphs: children } : sub));
    };
    const subparagraphs = remove(draft.operative[operativeIndex].subparagraphs ?? [], 0);
    if (!subparagraphs) return draft;
    return {
      ...draft,
      operative: draft.operative.map((item, index) => (index === operativeIndex ? { ...item, subparagraphs } : item)),
    } as AnyDraft;
  }
  if (where.section === "preamble") {
    const index = topIndex(draft.preamble, where);
    return index < 0 ? draft : ({ ...draft, preamble: draft.preamble.filter((_, position) => position !== index) } as AnyDraft);
  }
  if (where.section === "operative") {
    const index = topIndex(draft.operative, where);
    return index < 0 ? draft : ({ ...draft, operative: draft.operative.filter((_, position) => position !== index) } as AnyDraft);
  }
  return draft;
}

/** The insertion point at the end of the preamble: before a closing "Acting under Chapter VII". */
function endOfPreamble(preamble: readonly { phrase: string; text: string }[], moving: { phrase: string; text: string } | undefined): number {
  const last = preamble[preamble.length - 1];
  const closesWithChapterVii = last && CHAPTER_VII_OPENING.test(joinPhrase(last.phrase.trim(), last.text.trim()));
  const movingIsChapterVii = moving && CHAPTER_VII_OPENING.test(joinPhrase(moving.phrase.trim(), moving.text.trim()));
  return closesWithChapterVii && !movingIsChapterVii ? preamble.length - 1 : preamble.length;
}

function moveParagraphTo(draft: AnyDraft, where: FindingLocation, to: "preamble" | "operative", position: "start" | "end"): AnyDraft {
  if (where.path && where.path.length > 0) return draft;
  if (where.section === "preamble") {
    const index = topIndex(draft.preamble, where);
    if (index < 0) return draft;
    const paragraph = draft.preamble[index];
    const preamble = draft.preamble.filter((_, at) => at !== index);
    if (to === "preamble") {
      const at = position === "start" ? 0 : endOfPreamble(preamble, paragraph);
      return { ...draft, preamble: [...preamble.slice(0, at), paragraph, ...preamble.slice(at)] } as AnyDraft;
    }
    const moved = { ...paragraph, subparagraphs: [] };
    const operative = position === "start" ? [moved, ...draft.operative] : [...draft.operative, moved];
    return { ...draft, preamble, operative } as AnyDraft;
  }
  if (where.section === "operative") {
    const index = topIndex(draft.operative, where);
    if (index < 0) return draft;
    const paragraph = draft.operative[index];
    const operative = draft.operative.filter((_, at) => at !== index);
    if (to === "operative") {
      const list = position === "start" ? [paragraph, ...operative] : [...operative, paragraph];
      return { ...draft, operative: list } as AnyDraft;
    }
    // A preambular paragraph has no subparagraphs: moving would lose them, so it is not done.
    if ((paragraph.subparagraphs ?? []).length > 0) return draft;
    const moved = { ...(paragraph.id !== undefined ? { id: paragraph.id } : {}), phrase: paragraph.phrase, text: paragraph.text };
    const at = position === "start" ? 0 : endOfPreamble(draft.preamble, moved);
    return { ...draft, operative, preamble: [...draft.preamble.slice(0, at), moved, ...draft.preamble.slice(at)] } as AnyDraft;
  }
  return draft;
}
