import type { PortableDraft } from "../draft/schema";

const FALLBACK = "draft-resolution.docx";
/** Long titles make unwieldy file names; 80 characters keep the name readable in a download bar. */
const MAX_STEM_LENGTH = 80;

/**
 * The suggested file name of a draft's Word export: after the symbol ("S/2022/155" gives
 * "S-2022-155.docx"), else the title, else "draft-resolution.docx". Only letters, digits, ".",
 * "_" and "-" survive, so the name is safe on every file system and in a Content-Disposition
 * header.
 */
export function draftFileName(draft: Pick<PortableDraft, "symbol" | "title">): string {
  for (const candidate of [draft.symbol, draft.title]) {
    const stem = safeStem(candidate ?? "");
    if (stem) return `${stem}.docx`;
  }
  return FALLBACK;
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
