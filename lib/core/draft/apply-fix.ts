import { joinPhrase, stripFinalPunctuation } from "./layout";
import { withIds, type Draft, type PortableDraft, type StoredSubparagraph, type Subparagraph } from "./schema";
import type { Finding, FindingLocation } from "./findings";
import { CHAPTER_VII_OPENING, isBlank } from "./paragraph-refs";
import {
  addOperative,
  addPreambular,
  deleteParagraph,
  findParagraph,
  reorder,
  updateParagraph,
  type EditResult,
  type OperativeEntry,
} from "./edit";

/** Carrying out a finding's fix on the draft (stored or portable). */
type AnyDraft = PortableDraft | Draft;

/**
 * Carries out a finding's fix and returns the new draft. A finding without a fix, or one that no
 * longer matches the draft (the paragraph was edited or removed since), leaves the draft as it
 * is: the same object is returned. Give `newId` for a stored draft, so that an added paragraph
 * gets an id.
 *
 * Paragraph edits go through the editor's operations (edit.ts), which work on ids: a portable
 * draft gets temporary ids for the edit, and loses them again afterwards.
 */
export function applyFix(draft: Draft, finding: Finding, newId: () => string): Draft;
export function applyFix(draft: PortableDraft, finding: Finding, newId?: () => string): PortableDraft;
export function applyFix(draft: AnyDraft, finding: Finding, newId?: () => string): AnyDraft {
  const fix = finding.fix;
  if (!fix) return draft;
  switch (fix.kind) {
    case "remove-title": {
      const rest = { ...draft };
      delete rest.title;
      return rest;
    }
    case "remove-sponsor": {
      const sponsors = draft.sponsors ?? [];
      const where = finding.paragraph;
      const index = where.index !== undefined && sponsors[where.index] === fix.code ? where.index : -1;
      if (index < 0) return draft;
      return { ...draft, sponsors: sponsors.filter((_, position) => position !== index) };
    }
    default:
      break;
  }
  const adds = fix.kind === "add-operative" || fix.kind === "add-preambular";
  const addedId = adds ? newId?.() : undefined;
  const { working, original } = withWorkingIds(draft, addedId);
  const target = locate(draft, working, finding.paragraph);
  let fresh = addedId ?? "";
  if (adds && addedId === undefined) {
    // Without `newId`, an added paragraph has an id for the edit only.
    fresh = temporaryIds(working)();
    original.set(fresh, undefined);
  }
  const result = editFor(working, target, fix, fresh);
  if (!result || !result.ok) return draft;
  return original.size === 0 ? result.draft : restoreIds(result.draft, original);
}

type Fix = NonNullable<Finding["fix"]>;
type ParagraphFix = Exclude<Fix, { kind: "remove-title" } | { kind: "remove-sponsor" }>;

/** The paragraph a finding points at, as the working draft's id and place; undefined when gone. */
type Target = { id: string; section: "preamble" | "operative"; index: number } | { id: string; section: "subparagraph" };

/** The edit a fix stands for; undefined when there is nothing to do. */
function editFor(draft: Draft, target: Target | undefined, fix: ParagraphFix, newId: string): EditResult | undefined {
  switch (fix.kind) {
    case "add-operative":
      return addOperative(draft, null, newId, { phrase: fix.phrase, text: fix.text });
    case "add-preambular":
      return addAt(addPreambular(draft, null, newId, { phrase: fix.phrase, text: fix.text }), "preamble", endOfPreamble(draft.preamble, undefined));
    default:
      break;
  }
  if (!target) return undefined;
  const paragraph = findParagraph(draft, target.id)!.paragraph;
  switch (fix.kind) {
    case "replace-phrase":
      return target.section === "subparagraph" ? undefined : updateParagraph(draft, target.id, { phrase: fix.with });
    case "split-phrase": {
      if (target.section === "subparagraph" || !("phrase" in paragraph)) return undefined;
      if (!isBlank(paragraph.phrase) || !paragraph.text.trimStart().startsWith(fix.phrase)) return undefined;
      const rest = paragraph.text.trimStart().slice(fix.phrase.length).replace(/^[,;:]?\s*/, "");
      return updateParagraph(draft, target.id, { phrase: fix.phrase, text: rest });
    }
    case "move-paragraph":
      return target.section === "subparagraph" ? undefined : moveTo(draft, target, fix.to, fix.position);
    case "delete-paragraph":
      return deleteParagraph(draft, target.id);
    case "strip-final-punctuation":
      return "phrase" in paragraph && isBlank(paragraph.text)
        ? updateParagraph(draft, target.id, { phrase: stripFinalPunctuation(paragraph.phrase ?? "") })
        : updateParagraph(draft, target.id, { text: stripFinalPunctuation(paragraph.text) });
    default: {
      const unreachable: never = fix;
      return unreachable;
    }
  }
}

/** A paragraph just added at the end of a section, moved to `at`. */
function addAt(added: EditResult, section: "preamble" | "operative", at: number): EditResult {
  if (!added.ok) return added;
  const last = (section === "preamble" ? added.draft.preamble : added.draft.operative).length - 1;
  return at === last ? added : reorder(added.draft, section, last, at);
}

/** The insertion point at the end of the preamble: before a closing "Acting under Chapter VII". */
function endOfPreamble(preamble: readonly { phrase: string; text: string }[], moving: { phrase: string; text: string } | undefined): number {
  const last = preamble[preamble.length - 1];
  const closesWithChapterVii = last && CHAPTER_VII_OPENING.test(joinPhrase(last.phrase.trim(), last.text.trim()));
  const movingIsChapterVii = moving && CHAPTER_VII_OPENING.test(joinPhrase(moving.phrase.trim(), moving.text.trim()));
  return closesWithChapterVii && !movingIsChapterVii ? preamble.length - 1 : preamble.length;
}

function moveTo(
  draft: Draft,
  target: { id: string; section: "preamble" | "operative"; index: number },
  to: "preamble" | "operative",
  position: "start" | "end",
): EditResult | undefined {
  if (target.section === "preamble") {
    const paragraph = draft.preamble[target.index];
    if (to === "preamble") {
      const others = draft.preamble.filter((_, at) => at !== target.index);
      return reorder(draft, "preamble", target.index, position === "start" ? 0 : endOfPreamble(others, paragraph));
    }
    const removed = deleteParagraph(draft, target.id);
    if (!removed.ok) return removed;
    const added = addOperative(removed.draft, null, target.id, { phrase: paragraph.phrase, text: paragraph.text });
    return addAt(added, "operative", position === "start" ? 0 : removed.draft.operative.length);
  }
  const paragraph = draft.operative[target.index];
  if (to === "operative") return reorder(draft, "operative", target.index, position === "start" ? 0 : draft.operative.length - 1);
  // A preambular paragraph has no subparagraphs: moving would lose them, so it is not done.
  if (paragraph.subparagraphs.length > 0) return undefined;
  const removed = deleteParagraph(draft, target.id);
  if (!removed.ok) return removed;
  const added = addPreambular(removed.draft, null, target.id, { phrase: paragraph.phrase, text: paragraph.text });
  return addAt(added, "preamble", position === "start" ? 0 : endOfPreamble(draft.preamble, paragraph));
}

/**
 * Finds the finding's paragraph in the original draft (a top-level paragraph by id when the
 * finding has one, else by index; a subparagraph by its operative paragraph's index and path,
 * checked against its id) and names it by its id in the working draft, which has the same shape.
 */
function locate(draft: AnyDraft, working: Draft, where: FindingLocation): Target | undefined {
  if (where.path && where.path.length > 0) {
    const operativeIndex = where.index !== undefined && where.index < draft.operative.length ? where.index : -1;
    if (operativeIndex < 0) return undefined;
    let list: Subparagraph[] = draft.operative[operativeIndex].subparagraphs ?? [];
    let workingList: StoredSubparagraph[] = working.operative[operativeIndex].subparagraphs;
    for (let depth = 0; depth < where.path.length; depth++) {
      const position = where.path[depth];
      const sub = list[position];
      if (!sub) return undefined;
      if (depth === where.path.length - 1) {
        if (where.id !== undefined && sub.id !== where.id) return undefined;
        return { id: workingList[position].id, section: "subparagraph" };
      }
      list = sub.subparagraphs ?? [];
      workingList = workingList[position].subparagraphs;
    }
    return undefined;
  }
  if (where.section !== "preamble" && where.section !== "operative") return undefined;
  const list: readonly { id?: string }[] = where.section === "preamble" ? draft.preamble : draft.operative;
  const index =
    where.id !== undefined
      ? list.findIndex((paragraph) => paragraph.id === where.id)
      : where.index !== undefined && where.index < list.length
        ? where.index
        : -1;
  if (index < 0) return undefined;
  const workingList = where.section === "preamble" ? working.preamble : working.operative;
  return { id: workingList[index].id, section: where.section, index };
}

/** Every id the draft already holds, so that temporary ones never clash with them. */
function idsIn(draft: AnyDraft): Set<string> {
  const ids = new Set<string>();
  const subs = (list: readonly Subparagraph[]) => {
    for (const sub of list) {
      if (sub.id !== undefined) ids.add(sub.id);
      subs(sub.subparagraphs ?? []);
    }
  };
  for (const paragraph of draft.preamble) if (paragraph.id !== undefined) ids.add(paragraph.id);
  for (const paragraph of draft.operative) {
    if (paragraph.id !== undefined) ids.add(paragraph.id);
    subs(paragraph.subparagraphs ?? []);
  }
  return ids;
}

/** Deterministic temporary ids that no paragraph of the draft uses. */
function temporaryIds(draft: AnyDraft, reserved?: string): () => string {
  const taken = idsIn(draft);
  if (reserved !== undefined) taken.add(reserved);
  let next = 0;
  return () => {
    let id: string;
    do id = `fix-${++next}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  };
}

/**
 * The draft with an id on every paragraph, and for each id it did not carry before, the id the
 * paragraph had (undefined: none). A stored draft comes back as it is, with nothing to restore.
 */
function withWorkingIds(draft: AnyDraft, reserved: string | undefined): { working: Draft; original: Map<string, string | undefined> } {
  const working = withIds(draft, temporaryIds(draft, reserved));
  const original = new Map<string, string | undefined>();
  const compareSubs = (before: readonly Subparagraph[], after: readonly StoredSubparagraph[]) => {
    before.forEach((sub, index) => {
      if (sub.id !== after[index].id) original.set(after[index].id, sub.id);
      compareSubs(sub.subparagraphs ?? [], after[index].subparagraphs);
    });
  };
  draft.preamble.forEach((paragraph, index) => {
    if (paragraph.id !== working.preamble[index].id) original.set(working.preamble[index].id, paragraph.id);
  });
  draft.operative.forEach((paragraph, index) => {
    if (paragraph.id !== working.operative[index].id) original.set(working.operative[index].id, paragraph.id);
    compareSubs(paragraph.subparagraphs ?? [], working.operative[index].subparagraphs);
  });
  return { working: original.size === 0 ? (draft as Draft) : working, original };
}

/** Gives each paragraph back the id it had before the edit, or none; an added paragraph keeps its own. */
function restoreIds(draft: Draft, original: Map<string, string | undefined>): PortableDraft {
  const restore = <P extends { id: string }>(paragraph: P): Omit<P, "id"> & { id?: string } => {
    if (!original.has(paragraph.id)) return paragraph;
    const { id, ...rest } = paragraph;
    const before = original.get(id);
    return before === undefined ? rest : { ...rest, id: before };
  };
  const subs = (list: StoredSubparagraph[]): Subparagraph[] =>
    list.map((sub) => ({ ...restore(sub), subparagraphs: subs(sub.subparagraphs) }));
  return {
    ...draft,
    preamble: draft.preamble.map(restore),
    operative: (draft.operative as OperativeEntry[]).map((paragraph) => ({ ...restore(paragraph), subparagraphs: subs(paragraph.subparagraphs) })),
  };
}
