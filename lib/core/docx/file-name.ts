import type { PortableDraft } from "../draft/schema";

/** Long titles make unwieldy file names; 80 characters keep the name readable in a download bar. */
const MAX_STEM_LENGTH = 80;

/**
 * A file name from the first candidate that leaves a usable stem, else `fallbackStem`: accents are
 * dropped, and only letters, digits, ".", "_" and "-" survive, so the name is safe on every file
 * system and in a Content-Disposition header. The one cleaner of every file the app offers.
 */
export function fileNameFrom(candidates: readonly (string | null | undefined)[], extension: string, fallbackStem: string): string {
  for (const candidate of candidates) {
    const stem = safeStem(candidate ?? "");
    if (stem) return `${stem}.${extension}`;
  }
  return `${fallbackStem}.${extension}`;
}

/**
 * The suggested file name of a draft's Word export: after the symbol ("S/2022/155" gives
 * "S-2022-155.docx"), else the title, else "draft-resolution.docx".
 */
export function draftFileName(draft: Pick<PortableDraft, "symbol" | "title">): string {
  return fileNameFrom([draft.symbol, draft.title], "docx", "draft-resolution");
}

/** A draft exported as another file (JSON): after its symbol, title or agenda item, else "draft". */
export function draftExportFileName(draft: Pick<PortableDraft, "symbol" | "title" | "agendaItem">, extension: string): string {
  return fileNameFrom([draft.symbol, draft.title, draft.agendaItem], extension, "draft");
}

/** The Word record of a simulated vote: after the draft's symbol, else the year ("vote-2016-vote-record.docx"). */
export function voteRecordFileName(symbol: string | null | undefined, year: number): string {
  return `${safeStem(symbol ?? "") || `vote-${year}`}-vote-record.docx`;
}

function safeStem(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, MAX_STEM_LENGTH)
    .replace(/[-.]+$/g, "");
}
