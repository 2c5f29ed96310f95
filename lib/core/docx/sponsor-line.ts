import { joinWithAnd } from "../un/list-format";
import { compareEnglishNames } from "../un/names";
import { getState } from "../un/states";

/**
 * The sponsor line of a draft: "Albania and United States of America: draft resolution".
 * UN documents list sponsors in English alphabetical order of their UN names, with "and"
 * before the last and no serial comma (UN Editorial Manual, lists of Member States).
 */

/** How a sponsor's ISO 3166 alpha-3 code becomes its UN name; the caller supplies the data. */
export type NameOf = (iso3: string) => string;

/** The UN name from the reference data; an unknown code is printed as given, so nothing is lost. */
export const unNameOf: NameOf = (iso3) => getState(iso3)?.name ?? iso3;

/** Sorts names the way the UN lists Member States (the same comparison as the state lists). */
export function sortUnNames(names: readonly string[]): string[] {
  return [...names].sort(compareEnglishNames);
}

export function sponsorNames(sponsors: readonly string[], nameOf: NameOf): string[] {
  const unique = [...new Set(sponsors)];
  return sortUnNames(unique.map((iso3) => nameOf(iso3)));
}

/** The whole line; a draft without sponsors reads "Draft resolution". */
export function formatSponsorLine(sponsors: readonly string[], nameOf: NameOf): string {
  const names = sponsorNames(sponsors, nameOf);
  if (names.length === 0) return "Draft resolution";
  return `${joinWithAnd(names)}: draft resolution`;
}
