import { classifyPhrase, listOperativePhrases, listPreambularPhrases } from "../un/phrases";
import { capitalize } from "./findings";

/** The opening phrase a delegate probably meant: the nearest known one, or its counterpart in the other part. */
function phrasesOf(kind: "preambular" | "operative"): readonly string[] {
  return (kind === "preambular" ? listPreambularPhrases() : listOperativePhrases()).map((entry) => entry.phrase);
}

/** The known phrase within two typing errors of an unknown one ("Reafirming" → "Reaffirming"). */
export function nearestPhrase(phrase: string, kind: "preambular" | "operative"): string | undefined {
  const key = phrase.toLowerCase();
  if (key.length < 5) return undefined;
  let best: { phrase: string; distance: number } | undefined;
  for (const candidate of phrasesOf(kind)) {
    const distance = editDistance(key, candidate.toLowerCase(), 2);
    if (distance <= 2 && (!best || distance < best.distance)) best = { phrase: candidate, distance };
  }
  return best?.phrase;
}

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/**
 * The same verb in the other part's form: "Recalling" ↔ "Recalls", "Deciding" ↔ "Decides",
 * "Calling upon" ↔ "Calls upon". Offered only when the other form is a known phrase.
 */
export function counterpartPhrase(phrase: string, target: "preambular" | "operative"): string | undefined {
  const classification = classifyPhrase(phrase);
  if (classification.kind === "unknown") return undefined;
  const [firstWord, ...rest] = classification.entry.phrase.split(" ");
  const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
  const known = new Map(phrasesOf(target).map((candidate) => [candidate.toLowerCase(), candidate]));
  for (const form of verbForms(firstWord, target)) {
    const match = known.get(`${form}${tail}`.toLowerCase());
    if (match) return withModifier(phrase, match, classification.modifier);
  }
  return undefined;
}

function verbForms(word: string, target: "preambular" | "operative"): string[] {
  if (target === "operative") {
    if (!/ing$/i.test(word)) return [];
    const stem = word.slice(0, -3);
    // Recalling → Recalls, Deciding → Decides, Expressing → Expresses, Regretting → Regrets.
    const forms = [`${stem}s`, `${stem}es`];
    if (/y$/i.test(stem)) forms.push(`${stem.slice(0, -1)}ies`);
    if (/([^aeiou])\1$/i.test(stem)) forms.push(`${stem.slice(0, -1)}s`);
    return forms;
  }
  if (!/s$/i.test(word)) return [];
  const bases = [word.slice(0, -1)];
  if (/es$/i.test(word)) bases.push(word.slice(0, -2));
  if (/ies$/i.test(word)) bases.push(`${word.slice(0, -3)}y`);
  const forms: string[] = [];
  for (const base of bases) {
    forms.push(`${base}ing`);
    if (/e$/i.test(base)) forms.push(`${base.slice(0, -1)}ing`);
    if (/[^aeiou][aeiou][^aeiouwxy]$/i.test(base)) forms.push(`${base}${base.slice(-1)}ing`);
  }
  return forms;
}

function withModifier(written: string, phrase: string, modifier: string | undefined): string {
  if (!modifier) return phrase;
  const trimmed = written.trim();
  if (trimmed.toLowerCase().startsWith(`${modifier} `)) {
    return `${capitalize(modifier)} ${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}`;
  }
  return `${phrase} ${modifier}`;
}
