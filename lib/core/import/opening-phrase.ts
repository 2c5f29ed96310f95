import { stripFinalPunctuation } from "../draft/layout";
import { classifyPhrase } from "../un/phrases";

/**
 * Splits a paragraph into its opening phrase and the rest, as the editor stores them. The phrase
 * lists come first (lib/core/un/phrases.ts); words set in italics or underlined at the start are
 * taken as the phrase even when no list has it (a custom phrase); without either, a participle
 * ("Welcoming") opens a preambular paragraph and a verb in -s ("Encourages") an operative one.
 */

export type PhraseKind = "preambular" | "operative";
export type SplitParagraph = { phrase: string; text: string; kind?: PhraseKind; isListed: boolean };

const MAX_PHRASE_WORDS = 12;

/** Known openings at the start of the text, shortest first. */
function listedOpenings(text: string): { phrase: string; end: number; kind: PhraseKind }[] {
  const words = [...text.matchAll(/\S+/g)].slice(0, MAX_PHRASE_WORDS);
  const found: { phrase: string; end: number; kind: PhraseKind }[] = [];
  for (let count = 1; count <= words.length; count++) {
    const last = words[count - 1];
    const lastWord = last[0].replace(/[,;:.]+$/, "");
    if (!lastWord) continue;
    const end = last.index! + lastWord.length;
    const phrase = text.slice(0, end);
    const classification = classifyPhrase(phrase);
    if (classification.kind !== "unknown") found.push({ phrase, end, kind: classification.kind });
    // A phrase ends at its punctuation: "Recalling, in this regard" is "Recalling".
    if (lastWord !== last[0]) break;
  }
  return found;
}

function restAfter(text: string, end: number): string {
  return stripFinalPunctuation(text.slice(end).replace(/^[,;:]?\s*/, ""));
}

export function splitParagraph(source: string, emphasis: string | undefined): SplitParagraph {
  const text = source.trim();
  const hint = emphasis?.trim().replace(/[,;:.]+$/, "").trim();
  if (hint && text.startsWith(hint) && hint.split(/\s+/).length <= MAX_PHRASE_WORDS && !/^the (security council|general assembly)$/i.test(hint)) {
    const classification = classifyPhrase(hint);
    return {
      phrase: hint,
      text: restAfter(text, hint.length),
      kind: classification.kind === "unknown" ? undefined : classification.kind,
      isListed: classification.kind !== "unknown",
    };
  }
  const openings = listedOpenings(text);
  if (openings.length > 0) {
    let chosen = openings[openings.length - 1];
    // "Decides to remain seized of the matter" and "Requests the Secretary-General" are listed
    // whole, but drafts keep the verb as the phrase when an object or an infinitive follows it.
    for (let index = openings.length - 2; index >= 0; index--) {
      const extension = text.slice(openings[index].end).trim();
      if (/^(to|the)\b/i.test(extension)) chosen = openings[index];
      else break;
    }
    return { phrase: chosen.phrase, text: restAfter(text, chosen.end), kind: chosen.kind, isListed: true };
  }
  const first = /^([A-Z][a-z]+)\b/.exec(text);
  if (first && /ing$/.test(first[1])) return { phrase: first[1], text: restAfter(text, first[1].length), kind: "preambular", isListed: false };
  if (first && /[^s]s$/.test(first[1]) && first[1].length > 3) {
    return { phrase: first[1], text: restAfter(text, first[1].length), kind: "operative", isListed: false };
  }
  return { phrase: "", text: stripFinalPunctuation(text), isListed: false };
}
