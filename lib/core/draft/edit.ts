import {
  MAX_SUBPARAGRAPH_LEVELS,
  type Draft,
  type OperativeParagraph,
  type PreambularParagraph,
  type StoredSubparagraph,
} from "./schema";

/**
 * The editor's operations on a stored draft. Each is pure: it returns a new draft (the input is
 * never mutated) or a typed error the editor shows as it is. Numbers, labels and punctuation are
 * not touched here: they follow from order and nesting (see layout.ts).
 */

export type EditErrorCode =
  | "not-found"
  | "duplicate-id"
  | "invalid-id"
  | "wrong-section"
  | "at-edge"
  | "out-of-range"
  | "no-previous-sibling"
  | "too-deep"
  | "cannot-outdent"
  | "not-a-subparagraph"
  | "no-phrase";

export type EditError = { code: EditErrorCode; message: string };

export type EditResult = { ok: true; draft: Draft } | { ok: false; error: EditError };

export type PreambularEntry = PreambularParagraph & { id: string };
export type OperativeEntry = Omit<OperativeParagraph, "subparagraphs"> & { id: string; subparagraphs: StoredSubparagraph[] };

// Draft's lists are intersections of the portable and stored shapes; read them as stored.
const preambleOf = (draft: Draft): PreambularEntry[] => draft.preamble;
const operativeOf = (draft: Draft): OperativeEntry[] => draft.operative;

export type ParagraphLocation =
  | { section: "preamble"; index: number; paragraph: PreambularEntry }
  | { section: "operative"; index: number; paragraph: OperativeEntry }
  | {
      section: "subparagraph";
      /** Index of the operative paragraph the subparagraph hangs from. */
      operativeIndex: number;
      /** Indices below that operative paragraph: [0] is its (a), [0, 1] is (a)(ii). */
      path: number[];
      /** 1 for (a), 2 for (i), 3 for a., 4 for i. */
      level: number;
      /** Id of the operative paragraph or subparagraph it hangs from. */
      parentId: string;
      paragraph: StoredSubparagraph;
    };

export type ParagraphContent = { phrase?: string; text?: string };

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

function fail(code: EditErrorCode, message: string): EditResult {
  return { ok: false, error: { code, message } };
}

function done(draft: Draft): EditResult {
  return { ok: true, draft };
}

export function findParagraph(draft: Draft, id: string): ParagraphLocation | undefined {
  const preambleIndex = preambleOf(draft).findIndex((paragraph) => paragraph.id === id);
  if (preambleIndex >= 0) return { section: "preamble", index: preambleIndex, paragraph: preambleOf(draft)[preambleIndex] };
  for (let index = 0; index < operativeOf(draft).length; index++) {
    const paragraph = operativeOf(draft)[index];
    if (paragraph.id === id) return { section: "operative", index, paragraph };
    const found = findInSubparagraphs(paragraph.subparagraphs, id, [], paragraph.id);
    if (found) return { section: "subparagraph", operativeIndex: index, level: found.path.length, ...found };
  }
  return undefined;
}

function findInSubparagraphs(
  list: StoredSubparagraph[],
  id: string,
  parentPath: number[],
  parentId: string,
): { path: number[]; parentId: string; paragraph: StoredSubparagraph } | undefined {
  for (let index = 0; index < list.length; index++) {
    const sub = list[index];
    const path = [...parentPath, index];
    if (sub.id === id) return { path, parentId, paragraph: sub };
    const found = findInSubparagraphs(sub.subparagraphs, id, path, sub.id);
    if (found) return found;
  }
  return undefined;
}

function hasId(draft: Draft, id: string): boolean {
  return findParagraph(draft, id) !== undefined;
}

function checkNewId(draft: Draft, newId: string): EditResult | undefined {
  if (!ID_PATTERN.test(newId)) return fail("invalid-id", `"${newId}" is not a valid paragraph id`);
  if (hasId(draft, newId)) return fail("duplicate-id", `a paragraph with id "${newId}" already exists`);
  return undefined;
}

function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

function moveWithin<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** Where a new paragraph goes: after `afterId`, or at the end of the section when it is null. */
function insertionIndex(list: readonly { id: string }[], afterId: string | null): number | undefined {
  if (afterId === null) return list.length;
  const index = list.findIndex((paragraph) => paragraph.id === afterId);
  return index < 0 ? undefined : index + 1;
}

/** Adds an empty preambular paragraph after `afterId` (null: at the end of the preamble). */
export function addPreambular(
  draft: Draft,
  afterId: string | null,
  newId: string,
  content: ParagraphContent = {},
): EditResult {
  const refused = checkNewId(draft, newId);
  if (refused) return refused;
  const index = insertionIndex(preambleOf(draft), afterId);
  if (index === undefined) return sectionMismatch(draft, afterId!, "preamble");
  const paragraph = { id: newId, phrase: content.phrase ?? "", text: content.text ?? "" };
  return done({ ...draft, preamble: insertAt(preambleOf(draft), index, paragraph) });
}

/** Adds an empty operative paragraph after `afterId` (null: at the end of the operative part). */
export function addOperative(
  draft: Draft,
  afterId: string | null,
  newId: string,
  content: ParagraphContent = {},
): EditResult {
  const refused = checkNewId(draft, newId);
  if (refused) return refused;
  const index = insertionIndex(operativeOf(draft), afterId);
  if (index === undefined) return sectionMismatch(draft, afterId!, "operative");
  const paragraph = { id: newId, phrase: content.phrase ?? "", text: content.text ?? "", subparagraphs: [] };
  return done({ ...draft, operative: insertAt(operativeOf(draft), index, paragraph) });
}

function sectionMismatch(draft: Draft, id: string, expected: "preamble" | "operative"): EditResult {
  const found = findParagraph(draft, id);
  if (!found) return fail("not-found", `no paragraph has id "${id}"`);
  const where = found.section === "preamble" ? "preambular paragraph" : found.section === "operative" ? "operative paragraph" : "subparagraph";
  return fail("wrong-section", `"${id}" is a ${where}, not in the ${expected === "preamble" ? "preamble" : "operative part"}`);
}

/**
 * Adds an empty subparagraph as the last child of an operative paragraph or subparagraph.
 * Refused below the fourth level: (a), (i), a., i. are all the UN Editorial Manual provides.
 */
export function addSubparagraph(draft: Draft, parentId: string, newId: string, content: { text?: string } = {}): EditResult {
  const refused = checkNewId(draft, newId);
  if (refused) return refused;
  const parent = findParagraph(draft, parentId);
  if (!parent) return fail("not-found", `no paragraph has id "${parentId}"`);
  if (parent.section === "preamble") {
    return fail("wrong-section", "preambular paragraphs have no subparagraphs; only operative paragraphs do");
  }
  const level = parent.section === "operative" ? 1 : parent.level + 1;
  if (level > MAX_SUBPARAGRAPH_LEVELS) return tooDeep();
  const child: StoredSubparagraph = { id: newId, text: content.text ?? "", subparagraphs: [] };
  return done(
    updateChildren(draft, parentId, (children) => [...children, child]),
  );
}

function tooDeep(): EditResult {
  return fail(
    "too-deep",
    `subparagraphs nest at most ${MAX_SUBPARAGRAPH_LEVELS} levels, (a), (i), a. and i. (UN Editorial Manual)`,
  );
}

/** Deletes a paragraph of any kind, with the subparagraphs it introduces. */
export function deleteParagraph(draft: Draft, id: string): EditResult {
  const found = findParagraph(draft, id);
  if (!found) return fail("not-found", `no paragraph has id "${id}"`);
  switch (found.section) {
    case "preamble":
      return done({ ...draft, preamble: preambleOf(draft).filter((paragraph) => paragraph.id !== id) });
    case "operative":
      return done({ ...draft, operative: operativeOf(draft).filter((paragraph) => paragraph.id !== id) });
    case "subparagraph":
      return done(updateChildren(draft, found.parentId, (children) => children.filter((sub) => sub.id !== id)));
    default: {
      const unreachable: never = found;
      return unreachable;
    }
  }
}

/** Moves a paragraph one place up or down among its siblings; never across sections. */
export function moveParagraph(draft: Draft, id: string, direction: "up" | "down"): EditResult {
  const found = findParagraph(draft, id);
  if (!found) return fail("not-found", `no paragraph has id "${id}"`);
  const from = found.section === "subparagraph" ? found.path[found.path.length - 1] : found.index;
  const to = direction === "up" ? from - 1 : from + 1;
  const siblingCount = siblings(draft, found).length;
  if (to < 0 || to >= siblingCount) {
    return fail("at-edge", direction === "up" ? "the paragraph is already the first of its list" : "the paragraph is already the last of its list");
  }
  return moveInList(draft, found, from, to);
}

function siblings(draft: Draft, found: ParagraphLocation): readonly { id: string }[] {
  switch (found.section) {
    case "preamble":
      return preambleOf(draft);
    case "operative":
      return operativeOf(draft);
    case "subparagraph":
      return childrenOf(draft, found.parentId) ?? [];
    default: {
      const unreachable: never = found;
      return unreachable;
    }
  }
}

function moveInList(draft: Draft, found: ParagraphLocation, from: number, to: number): EditResult {
  switch (found.section) {
    case "preamble":
      return done({ ...draft, preamble: moveWithin(preambleOf(draft), from, to) });
    case "operative":
      return done({ ...draft, operative: moveWithin(operativeOf(draft), from, to) });
    case "subparagraph":
      return done(updateChildren(draft, found.parentId, (children) => moveWithin(children, from, to)));
    default: {
      const unreachable: never = found;
      return unreachable;
    }
  }
}

/**
 * Drag and drop: moves the paragraph at `fromIndex` of a section to `toIndex` (the index it
 * has afterwards).
 */
export function reorder(draft: Draft, section: "preamble" | "operative", fromIndex: number, toIndex: number): EditResult {
  const length = section === "preamble" ? preambleOf(draft).length : operativeOf(draft).length;
  if (!isIndex(fromIndex, length) || !isIndex(toIndex, length)) {
    return fail("out-of-range", `the ${section === "preamble" ? "preamble" : "operative part"} has ${length} paragraph(s)`);
  }
  if (section === "preamble") return done({ ...draft, preamble: moveWithin(preambleOf(draft), fromIndex, toIndex) });
  return done({ ...draft, operative: moveWithin(operativeOf(draft), fromIndex, toIndex) });
}

/** Drag and drop among the subparagraphs of one operative paragraph or subparagraph. */
export function reorderSubparagraphs(draft: Draft, parentId: string, fromIndex: number, toIndex: number): EditResult {
  const children = childrenOf(draft, parentId);
  if (!children) return fail("not-found", `no operative paragraph or subparagraph has id "${parentId}"`);
  if (!isIndex(fromIndex, children.length) || !isIndex(toIndex, children.length)) {
    return fail("out-of-range", `the paragraph has ${children.length} subparagraph(s)`);
  }
  return done(updateChildren(draft, parentId, (list) => moveWithin(list, fromIndex, toIndex)));
}

function isIndex(value: number, length: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < length;
}

/**
 * Makes a subparagraph the last child of its previous sibling, (b) becoming (a)(i); its own
 * subparagraphs go with it. Refused when that would pass the fourth level (UN Editorial Manual).
 */
export function indentSubparagraph(draft: Draft, id: string): EditResult {
  const found = findParagraph(draft, id);
  if (!found) return fail("not-found", `no paragraph has id "${id}"`);
  if (found.section !== "subparagraph") {
    return fail("not-a-subparagraph", "only subparagraphs can be indented; add a subparagraph to the paragraph above instead");
  }
  const position = found.path[found.path.length - 1];
  if (position === 0) return fail("no-previous-sibling", "the first subparagraph of a list has nothing to go under");
  if (found.level + subtreeDepth(found.paragraph) > MAX_SUBPARAGRAPH_LEVELS) return tooDeep();
  const siblingsNow = childrenOf(draft, found.parentId)!;
  const previousId = siblingsNow[position - 1].id;
  const removed = updateChildren(draft, found.parentId, (children) => children.filter((sub) => sub.id !== id));
  return done(updateChildren(removed, previousId, (children) => [...children, found.paragraph]));
}

/**
 * Makes a subparagraph the next sibling of its parent, (a)(ii) becoming (b). A first-level
 * subparagraph is refused: it would need an opening phrase to become an operative paragraph.
 */
export function outdentSubparagraph(draft: Draft, id: string): EditResult {
  const found = findParagraph(draft, id);
  if (!found) return fail("not-found", `no paragraph has id "${id}"`);
  if (found.section !== "subparagraph") return fail("not-a-subparagraph", "only subparagraphs can be outdented");
  if (found.level === 1) {
    return fail("cannot-outdent", "a first-level subparagraph cannot move further out; make it an operative paragraph instead");
  }
  const parent = findParagraph(draft, found.parentId);
  if (!parent || parent.section !== "subparagraph") return fail("not-found", `no subparagraph has id "${found.parentId}"`);
  const removed = updateChildren(draft, parent.paragraph.id, (children) => children.filter((sub) => sub.id !== id));
  const parentPosition = parent.path[parent.path.length - 1];
  return done(
    updateChildren(removed, parent.parentId, (children) => insertAt(children, parentPosition + 1, found.paragraph)),
  );
}

/** Replaces the opening phrase or the text of a paragraph; subparagraphs have no phrase. */
export function updateParagraph(draft: Draft, id: string, content: ParagraphContent): EditResult {
  const found = findParagraph(draft, id);
  if (!found) return fail("not-found", `no paragraph has id "${id}"`);
  switch (found.section) {
    case "preamble":
      return done({
        ...draft,
        preamble: preambleOf(draft).map((paragraph) => (paragraph.id === id ? { ...paragraph, ...defined(content) } : paragraph)),
      });
    case "operative":
      return done({
        ...draft,
        operative: operativeOf(draft).map((paragraph) => (paragraph.id === id ? { ...paragraph, ...defined(content) } : paragraph)),
      });
    case "subparagraph": {
      if (content.phrase !== undefined) return fail("no-phrase", "subparagraphs have no opening phrase");
      if (content.text === undefined) return done(draft);
      const text = content.text;
      return done(
        updateChildren(draft, found.parentId, (children) => children.map((sub) => (sub.id === id ? { ...sub, text } : sub))),
      );
    }
    default: {
      const unreachable: never = found;
      return unreachable;
    }
  }
}

function defined(content: ParagraphContent): ParagraphContent {
  const out: ParagraphContent = {};
  if (content.phrase !== undefined) out.phrase = content.phrase;
  if (content.text !== undefined) out.text = content.text;
  return out;
}

/** Levels a subparagraph occupies with its descendants: 1 when it has none. */
function subtreeDepth(sub: StoredSubparagraph): number {
  let depth = 0;
  for (const child of sub.subparagraphs) depth = Math.max(depth, subtreeDepth(child));
  return depth + 1;
}

function childrenOf(draft: Draft, parentId: string): StoredSubparagraph[] | undefined {
  const found = findParagraph(draft, parentId);
  if (!found || found.section === "preamble") return undefined;
  return found.paragraph.subparagraphs;
}

/** Rebuilds only the branch that leads to `parentId`, so unchanged paragraphs keep their identity. */
function updateChildren(
  draft: Draft,
  parentId: string,
  change: (children: StoredSubparagraph[]) => StoredSubparagraph[],
): Draft {
  const inList = (list: StoredSubparagraph[]): StoredSubparagraph[] => {
    let changed = false;
    const next = list.map((sub) => {
      if (sub.id === parentId) {
        changed = true;
        return { ...sub, subparagraphs: change(sub.subparagraphs) };
      }
      const children = inList(sub.subparagraphs);
      if (children === sub.subparagraphs) return sub;
      changed = true;
      return { ...sub, subparagraphs: children };
    });
    return changed ? next : list;
  };
  return {
    ...draft,
    operative: operativeOf(draft).map((paragraph) => {
      if (paragraph.id === parentId) return { ...paragraph, subparagraphs: change(paragraph.subparagraphs) };
      const children = inList(paragraph.subparagraphs);
      return children === paragraph.subparagraphs ? paragraph : { ...paragraph, subparagraphs: children };
    }),
  };
}
