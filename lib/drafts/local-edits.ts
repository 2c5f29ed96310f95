import { parsePortableDraft, type Draft } from "@/lib/core/draft/schema";

/**
 * Typed text kept in the browser until the server has it: keyed by draft id and the revision the
 * edits are based on, so that a failed request or a reload never loses a keystroke.
 */

const PREFIX = "council-workbench:draft:";

export type LocalEdits = { baseRevision: number; document: Draft; editedAt: number };

function keyFor(draftId: string, baseRevision: number): string {
  return `${PREFIX}${draftId}:${baseRevision}`;
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

function keysOf(draftId: string): string[] {
  const store = storage();
  if (!store) return [];
  const prefix = `${PREFIX}${draftId}:`;
  const keys: string[] = [];
  for (let index = 0; index < store.length; index++) {
    const key = store.key(index);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

export function writeLocalEdits(draftId: string, baseRevision: number, document: Draft): void {
  const store = storage();
  if (!store) return;
  const key = keyFor(draftId, baseRevision);
  try {
    store.setItem(key, JSON.stringify({ document, editedAt: Date.now() }));
    for (const other of keysOf(draftId)) if (other !== key) store.removeItem(other);
  } catch {
    // Storage full or disabled: the server copy is still being saved.
  }
}

export function clearLocalEdits(draftId: string): void {
  const store = storage();
  if (!store) return;
  for (const key of keysOf(draftId)) store.removeItem(key);
}

/**
 * Removes every draft kept in this browser, on sign-out: the next person at a shared computer
 * must not find them. Edits not yet on the server are lost with them, as signing out says.
 */
export function clearAllLocalEdits(): number {
  const store = storage();
  if (!store) return 0;
  const keys: string[] = [];
  for (let index = 0; index < store.length; index++) {
    const key = store.key(index);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
  return keys.length;
}

/** The newest edits kept for a draft, validated like any imported draft; invalid leftovers are dropped. */
export function readLocalEdits(draftId: string): LocalEdits | null {
  const store = storage();
  if (!store) return null;
  let best: LocalEdits | null = null;
  for (const key of keysOf(draftId)) {
    const baseRevision = Number(key.slice(key.lastIndexOf(":") + 1));
    try {
      const value = JSON.parse(store.getItem(key) ?? "null") as { document?: unknown; editedAt?: unknown } | null;
      const parsed = parsePortableDraft(value?.document);
      if (!parsed.ok || !Number.isInteger(baseRevision)) continue;
      const editedAt = typeof value?.editedAt === "number" ? value.editedAt : 0;
      if (!best || baseRevision > best.baseRevision) best = { baseRevision, document: value!.document as Draft, editedAt };
    } catch {
      continue;
    }
  }
  return best;
}

/** Compares two documents as the schema reads them, so key order and defaults do not matter. */
export function isSameDocument(left: unknown, right: unknown): boolean {
  const a = parsePortableDraft(left);
  const b = parsePortableDraft(right);
  return a.ok && b.ok && JSON.stringify(a.draft) === JSON.stringify(b.draft);
}
