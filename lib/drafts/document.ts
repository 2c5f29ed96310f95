import { draftExportFileName } from "@/lib/core/docx/file-name";
import { parsePortableDraft, formatDraftIssues, withIds, type Draft, type PortableDraft } from "@/lib/core/draft/schema";

/**
 * The stored document: a portable draft with every paragraph id filled in, kept as JSON text in
 * Draft.document and DraftRevision.document. Shared by the data layer, the editor and the demo
 * seed, so it holds no database or server code.
 */

/** A short random paragraph id; crypto.getRandomValues works in browsers and Node alike. */
export function newParagraphId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  let out = "p";
  for (const byte of bytes) out += (byte % 36).toString(36);
  return out;
}

/** Every read goes through the portable draft schema; a stored document that fails it is a defect. */
export function parseStoredDocument(text: string): Draft {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error("stored draft document is not valid JSON");
  }
  const parsed = parsePortableDraft(json);
  if (!parsed.ok) throw new Error(`stored draft document does not match the schema:\n${formatDraftIssues(parsed.issues)}`);
  return withIds(parsed.draft, newParagraphId);
}

export function serializeDocument(draft: PortableDraft): string {
  return JSON.stringify(draft);
}

/** The columns kept beside the document for listing and search. */
export function denormalisedColumns(draft: PortableDraft): { body: string; title: string; symbol: string; agendaItem: string } {
  return {
    body: draft.body,
    title: (draft.title ?? "").trim(),
    symbol: (draft.symbol ?? "").trim(),
    agendaItem: (draft.agendaItem ?? "").trim(),
  };
}

/** How a draft is named in lists: Security Council drafts bear no title, so the agenda item or symbol stands in. */
export function draftDisplayName(columns: { title: string; symbol: string; agendaItem: string }): string {
  return columns.title || columns.agendaItem || columns.symbol || "Untitled draft";
}

export function blankDraft(body: PortableDraft["body"]): Draft {
  return withIds(
    {
      schemaVersion: 1,
      body,
      sponsors: [],
      preamble: [{ phrase: "", text: "" }],
      operative: [{ phrase: "", text: "", subparagraphs: [] }],
    },
    newParagraphId,
  );
}

/** A file name for an exported draft, after its symbol or title: "S-2022-155.json" (the core's one cleaner). */
export function exportFileName(draft: PortableDraft, extension: string): string {
  return draftExportFileName(draft, extension);
}
