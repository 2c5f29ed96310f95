/**
 * How state and agenda names are compared: the same rules sort the generated data at build time
 * and the lists at run time, so this module imports nothing generated (the build script uses it).
 */

/** Lower case, accents and typographic quotes removed: "Côte d’Ivoire" → "cote d'ivoire". */
export function foldAccents(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase();
}

/**
 * English alphabetical order as the UN lists states: accents ignored ("Côte d'Ivoire" between
 * "Costa Rica" and "Croatia", "Türkiye" before "Turkmenistan"). A plain comparison of the folded
 * strings rather than localeCompare, so the order does not depend on the ICU build.
 */
export function compareEnglishNames(left: string, right: string): number {
  const foldedLeft = foldAccents(left);
  const foldedRight = foldAccents(right);
  if (foldedLeft !== foldedRight) return foldedLeft < foldedRight ? -1 : 1;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The key a typed query is matched on: folded, "&" read as "and", dots and apostrophes dropped
 * ("U.S." → "us", "Cote d'Ivoire" → "cote divoire"), other punctuation read as a space, a leading
 * "the" dropped ("The Gambia") and "St" read as "Saint".
 */
export function searchKey(text: string): string {
  return foldAccents(text)
    .replace(/&/g, " and ")
    .replace(/[.']/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "")
    .replace(/(^| )st( |$)/g, "$1saint$2");
}
