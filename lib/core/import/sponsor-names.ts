import { findState } from "../un/states";

/**
 * Reads a list of State names as drafts write them ("Albania, Ireland and United States of
 * America") into ISO 3166 alpha-3 codes through the project's state names and their variants
 * (lib/core/un/state-names.ts). Names holding "and" or a comma ("Bosnia and Herzegovina",
 * "Korea, Republic of") are matched whole: at each place the longest run of pieces that names a
 * State wins. Pieces that name no State are returned as written, so nothing is lost.
 */
export type SponsorNames = { codes: string[]; unmatched: string[] };

const SEPARATOR = /(,\s*|;\s*|\s+and\s+|\s*&\s*)/i;
/** The longest State name has seven pieces at most ("Congo, Democratic Republic of the" has two). */
const MAX_PIECES = 8;

export function readSponsorNames(list: string): SponsorNames {
  // Split keeps the separators at odd indexes so a name can be rebuilt with its own "and" or comma.
  const parts = list.trim().split(SEPARATOR);
  const pieces: string[] = [];
  const separators: string[] = [];
  parts.forEach((part, index) => (index % 2 === 0 ? pieces.push(part) : separators.push(part)));
  const codes: string[] = [];
  const unmatched: string[] = [];
  let start = 0;
  while (start < pieces.length) {
    let matched = false;
    for (let end = Math.min(pieces.length, start + MAX_PIECES); end > start; end--) {
      let name = pieces[start];
      for (let index = start + 1; index < end; index++) name += separators[index - 1] + pieces[index];
      const candidate = name.trim().replace(/[.:;,]+$/, "");
      if (!candidate) continue;
      const state = findState(candidate);
      if (state) {
        if (!codes.includes(state.iso3)) codes.push(state.iso3);
        start = end;
        matched = true;
        break;
      }
    }
    if (!matched) {
      const piece = pieces[start].trim();
      if (piece) unmatched.push(piece);
      start += 1;
    }
  }
  return { codes, unmatched };
}
