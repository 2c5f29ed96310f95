import { joinPhrase } from "../draft/layout";
import type { Draft, StoredSubparagraph } from "../draft/schema";
import type { OperativeEntry, PreambularEntry } from "../draft/edit";
import type { Amendment, AmendmentParagraph, AmendmentSubparagraph } from "./schema";

/**
 * Applies amendments to a stored draft, by paragraph id. Pure: a new draft is returned, the input
 * is never changed. Paragraphs an amendment inserts take ids made from the amendment's id, so that
 * the same amendment always yields the same draft.
 */

export type ApplyErrorCode = "target-missing" | "destination-missing" | "wrong-section" | "inside-itself" | "no-paragraph";
export type ApplyError = { code: ApplyErrorCode; message: string };
export type ApplyResult = { ok: true; draft: Draft; removedIds: string[]; insertedIds: string[] } | { ok: false; error: ApplyError };

// Draft's lists are intersections of the portable and stored shapes; read them as stored (as edit.ts does).
const preambleOf = (draft: Draft): PreambularEntry[] => draft.preamble;
const operativeOf = (draft: Draft): OperativeEntry[] => draft.operative;

type Kind = "preambular" | "operative" | "subparagraph";
type AnyParagraph = { id: string; text: string; phrase?: string; subparagraphs?: StoredSubparagraph[] };

type Located = { id: string; kind: Kind; phrase: string; text: string };

/** Finds a paragraph by id without laying the draft out (the sequence asks this for every amendment). */
export function locateParagraph(draft: Draft, id: string): Located | undefined {
  for (const paragraph of preambleOf(draft)) if (paragraph.id === id) return { id, kind: "preambular", phrase: paragraph.phrase, text: paragraph.text };
  const inList = (list: StoredSubparagraph[]): Located | undefined => {
    for (const sub of list) {
      if (sub.id === id) return { id, kind: "subparagraph", phrase: "", text: sub.text };
      const found = inList(sub.subparagraphs);
      if (found) return found;
    }
    return undefined;
  };
  for (const paragraph of operativeOf(draft)) {
    if (paragraph.id === id) return { id, kind: "operative", phrase: paragraph.phrase, text: paragraph.text };
    const found = inList(paragraph.subparagraphs);
    if (found) return found;
  }
  return undefined;
}

export function collectIds(draft: Draft): Set<string> {
  const ids = new Set<string>();
  const walk = (list: StoredSubparagraph[]) => list.forEach((sub) => (ids.add(sub.id), walk(sub.subparagraphs)));
  preambleOf(draft).forEach((paragraph) => ids.add(paragraph.id));
  operativeOf(draft).forEach((paragraph) => (ids.add(paragraph.id), walk(paragraph.subparagraphs)));
  return ids;
}

function subtreeIds(paragraph: AnyParagraph): string[] {
  const out = [paragraph.id];
  const walk = (list: StoredSubparagraph[]) => list.forEach((sub) => (out.push(sub.id), walk(sub.subparagraphs)));
  walk(paragraph.subparagraphs ?? []);
  return out;
}

/** Ids for inserted paragraphs: the amendment's id, then id-2, id-3 … where taken; `made` lists them. */
function idSource(draft: Draft, base: string, made: string[]): () => string {
  let taken: Set<string> | undefined;
  const stem = base.slice(0, 56);
  let next = 1;
  return () => {
    taken ??= collectIds(draft);
    let candidate = next === 1 ? stem : `${stem}-${next}`;
    while (taken.has(candidate)) candidate = `${stem}-${++next}`;
    next++;
    taken.add(candidate);
    made.push(candidate);
    return candidate;
  };
}

function toStoredSubparagraphs(list: AmendmentSubparagraph[] | undefined, newId: () => string): StoredSubparagraph[] {
  return (list ?? []).map((sub) => ({ id: newId(), text: sub.text, subparagraphs: toStoredSubparagraphs(sub.subparagraphs, newId) }));
}

function buildParagraph(kind: Kind, content: AmendmentParagraph, newId: () => string): AnyParagraph {
  const id = newId();
  switch (kind) {
    case "preambular":
      return { id, phrase: content.phrase ?? "", text: content.text };
    case "operative":
      return { id, phrase: content.phrase ?? "", text: content.text, subparagraphs: toStoredSubparagraphs(content.subparagraphs, newId) };
    case "subparagraph":
      // A subparagraph has no opening phrase of its own: a phrase given is the start of its text.
      return { id, text: joinPhrase((content.phrase ?? "").trim(), content.text), subparagraphs: toStoredSubparagraphs(content.subparagraphs, newId) };
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** Rewrites the one list (preamble, operative or a subparagraph list) that holds `id`. */
function editSiblings(draft: Draft, id: string, edit: (list: AnyParagraph[], index: number) => AnyParagraph[]): Draft {
  const preambleIndex = preambleOf(draft).findIndex((paragraph) => paragraph.id === id);
  if (preambleIndex >= 0) return { ...draft, preamble: edit(preambleOf(draft), preambleIndex) as Draft["preamble"] };
  const operativeIndex = operativeOf(draft).findIndex((paragraph) => paragraph.id === id);
  if (operativeIndex >= 0) return { ...draft, operative: edit(operativeOf(draft), operativeIndex) as Draft["operative"] };
  const inList = (list: StoredSubparagraph[]): StoredSubparagraph[] | undefined => {
    const index = list.findIndex((sub) => sub.id === id);
    if (index >= 0) return edit(list, index) as StoredSubparagraph[];
    for (let position = 0; position < list.length; position++) {
      const changed = inList(list[position].subparagraphs);
      if (changed) return list.map((sub, at) => (at === position ? { ...sub, subparagraphs: changed } : sub));
    }
    return undefined;
  };
  return {
    ...draft,
    operative: operativeOf(draft).map((paragraph) => {
      const changed = inList(paragraph.subparagraphs);
      return changed ? { ...paragraph, subparagraphs: changed } : paragraph;
    }),
  };
}

function failure(code: ApplyErrorCode, message: string): ApplyResult {
  return { ok: false, error: { code, message } };
}

/** Applies one amendment; `paragraph` overrides its text (a sub-amendment adopted before it). */
export function applyAmendment(draft: Draft, amendment: Pick<Amendment, "id" | "action" | "targetId" | "position" | "destinationId" | "paragraph">): ApplyResult {
  const target = locateParagraph(draft, amendment.targetId);
  if (!target) return failure("target-missing", `${amendment.id}: its paragraph (${describeId(amendment)}) is no longer in the draft`);
  const kind = target.kind;
  const insertedIds: string[] = [];
  switch (amendment.action) {
    case "insert": {
      if (!amendment.paragraph) return failure("no-paragraph", `${amendment.id}: an insertion needs the paragraph to insert`);
      const added = buildParagraph(kind, amendment.paragraph, idSource(draft, amendment.id, insertedIds));
      const offset = amendment.position === "before" ? 0 : 1;
      const next = editSiblings(draft, target.id, (list, at) => [...list.slice(0, at + offset), added, ...list.slice(at + offset)]);
      return { ok: true, draft: next, removedIds: [], insertedIds };
    }
    case "delete": {
      let removed: string[] = [];
      const next = editSiblings(draft, target.id, (list, at) => {
        removed = subtreeIds(list[at]);
        return [...list.slice(0, at), ...list.slice(at + 1)];
      });
      return { ok: true, draft: next, removedIds: removed, insertedIds };
    }
    case "replace": {
      const content = amendment.paragraph;
      if (!content) return failure("no-paragraph", `${amendment.id}: a replacement needs the new text`);
      let removed: string[] = [];
      const newId = idSource(draft, amendment.id, insertedIds);
      const next = editSiblings(draft, target.id, (list, at) => {
        const old = list[at];
        const replaced: AnyParagraph = { ...old };
        if (kind === "subparagraph") replaced.text = joinPhrase((content.phrase ?? "").trim(), content.text);
        else {
          replaced.text = content.text;
          if (content.phrase !== undefined) replaced.phrase = content.phrase;
        }
        if (kind !== "preambular" && content.subparagraphs !== undefined) {
          removed = subtreeIds(old).slice(1);
          replaced.subparagraphs = toStoredSubparagraphs(content.subparagraphs, newId);
        }
        return list.map((paragraph, position) => (position === at ? replaced : paragraph));
      });
      return { ok: true, draft: next, removedIds: removed, insertedIds };
    }
    case "move": {
      const destination = amendment.destinationId ? locateParagraph(draft, amendment.destinationId) : undefined;
      if (!destination) return failure("destination-missing", `${amendment.id}: the paragraph it moves to is no longer in the draft`);
      if (destination.kind !== kind) {
        return failure("wrong-section", `${amendment.id}: the paragraph can move only among ${kind === "preambular" ? "preambular paragraphs" : kind === "operative" ? "operative paragraphs" : "subparagraphs"}`);
      }
      if (destination.id === target.id) return failure("inside-itself", `${amendment.id}: a paragraph cannot move next to itself`);
      let moved: AnyParagraph | undefined;
      const without = editSiblings(draft, target.id, (list, at) => {
        moved = list[at];
        return [...list.slice(0, at), ...list.slice(at + 1)];
      });
      if (subtreeIds(moved!).includes(destination.id)) return failure("inside-itself", `${amendment.id}: a subparagraph cannot move inside itself`);
      const offset = amendment.position === "before" ? 0 : 1;
      const next = editSiblings(without, destination.id, (list, at) => [...list.slice(0, at + offset), moved!, ...list.slice(at + offset)]);
      return { ok: true, draft: next, removedIds: [], insertedIds };
    }
    default: {
      const unreachable: never = amendment.action;
      return unreachable;
    }
  }
}

function describeId(amendment: Pick<Amendment, "targetId">): string {
  return `id ${amendment.targetId}`;
}
