import { classifyPhrase, splitOpeningPhrase, type PhraseClassification } from "../un/phrases";
import { joinPhrase } from "./layout";
import type { PortableDraft, Subparagraph } from "./schema";
import { type FindingLocation, pathLabel } from "./findings";

/** The draft's paragraphs as the checks read them, and the openings they look for. */
export const REMAIN_SEIZED_PARAGRAPH = { phrase: "Decides", text: "to remain seized of the matter" } as const;

export type ParagraphRef = {
  section: "preamble" | "operative";
  index: number;
  path?: number[];
  id?: string;
  phrase: string;
  text: string;
  hasChildren: boolean;
  /** "preambular paragraph 2", "operative paragraph 3 (a)": for messages. */
  name: string;
};

export function locationOf(ref: ParagraphRef): FindingLocation {
  const location: FindingLocation = { section: ref.section, index: ref.index };
  if (ref.path) location.path = ref.path;
  if (ref.id) location.id = ref.id;
  return location;
}

/** Every paragraph in reading order, subparagraphs included. */
export function listParagraphs(draft: PortableDraft): ParagraphRef[] {
  const out: ParagraphRef[] = [];
  draft.preamble.forEach((paragraph, index) => {
    out.push({
      section: "preamble",
      index,
      id: paragraph.id,
      phrase: paragraph.phrase,
      text: paragraph.text,
      hasChildren: false,
      name: `preambular paragraph ${index + 1}`,
    });
  });
  draft.operative.forEach((paragraph, index) => {
    const subparagraphs = paragraph.subparagraphs ?? [];
    out.push({
      section: "operative",
      index,
      id: paragraph.id,
      phrase: paragraph.phrase,
      text: paragraph.text,
      hasChildren: subparagraphs.length > 0,
      name: `operative paragraph ${index + 1}`,
    });
    const walk = (list: Subparagraph[], parentPath: number[]) => {
      list.forEach((sub, position) => {
        const path = [...parentPath, position];
        out.push({
          section: "operative",
          index,
          path,
          id: sub.id,
          phrase: "",
          text: sub.text,
          hasChildren: (sub.subparagraphs ?? []).length > 0,
          name: `operative paragraph ${index + 1} ${pathLabel(path)}`,
        });
        walk(sub.subparagraphs ?? [], path);
      });
    };
    walk(subparagraphs, []);
  });
  return out;
}

export const isSubparagraph = (ref: ParagraphRef) => ref.path !== undefined;
export const isBlank = (value: string) => value.trim() === "";

/** The phrase and text as the paragraph reads: "Acting" + "under Chapter VII …" is one opening. */
export function classifyParagraph(ref: ParagraphRef): PhraseClassification {
  const direct = classifyPhrase(ref.phrase);
  if (direct.kind !== "unknown" || isBlank(ref.phrase)) return direct;
  const joined = joinPhrase(ref.phrase.trim(), ref.text.trim());
  const opening = splitOpeningPhrase(joined);
  // The known opening must cover the whole phrase field, or the phrase itself is not known.
  if (opening && opening.start === 0 && opening.end >= ref.phrase.trim().length) return opening.classification;
  return direct;
}

/**
 * The forms in which the Council places a decision under Chapter VII: "Acting under Chapter VII
 * of the Charter", "Acting also under Chapter VIII", "Acting for these purposes under Chapter VII"
 * (resolution 1244 (1999)), "Acting under Article 41 of the Charter" (resolution 2231 (2015)),
 * an article of Chapter VII (39–51) standing for the chapter.
 */
const ACTING_UNDER = String.raw`acting\s+(?:also\s+)?(?:(?:for\s+(?:these|this|that)\s+purposes?|in\s+this\s+regard)\s*,?\s+)?under\s+`;
const CHAPTER_VII_BASIS = String.raw`(?:(?:Article\s+\d+\s+(?:of\s+)?)?Chapter\s+VII\b|Articles?\s+(?:39|4\d|5[01])\b(?!\s*\()(?:\s+of\s+the\s+Charter)?)`;
export const CHAPTER_VII_OPENING = new RegExp(String.raw`^\s*${ACTING_UNDER}${CHAPTER_VII_BASIS}`, "i");
export const CHAPTER_VII_ANYWHERE = new RegExp(String.raw`\b${ACTING_UNDER}${CHAPTER_VII_BASIS}`, "i");
export const ALL_NECESSARY = /\ball\s+(?:the\s+)?necessary\s+(?:means|measures|action)\b/i;
/**
 * Only an authorization of "all necessary means/measures" signals force (resolutions 678 (1990),
 * 1973 (2011), para. 4): "Calls upon all States to take all necessary measures to prevent …" is
 * exhortation, not Chapter VII action.
 */
const AUTHORIZES = /\bauthori[sz](?:es|ed|ing|e)\b/i;
export function readsAsAuthorizationOfForce(joined: string): boolean {
  return AUTHORIZES.test(joined) && ALL_NECESSARY.test(joined);
}
export const THREAT_TO_PEACE =
  /\b(?:threat\s+to\s+(?:international\s+|regional\s+)?(?:the\s+)?peace|breach\s+of\s+(?:international\s+|the\s+)?peace|act\s+of\s+aggression)\b/i;
const DETERMINING = /^\s*(?:\w+\s+)?determin(?:ing|es)\b/i;
export const REMAIN_SEIZED = /\bremain\s+(?:actively\s+)?seized\b/i;
// A referral under "Uniting for Peace" (GA res. 377 A (V)) hands the question to the Assembly;
// such procedural resolutions (2623 (2022)) close without "remain seized".
export const EMERGENCY_SPECIAL_SESSION = /\bemergency\s+special\s+session\b/i;

export function readsAsChapterVii(ref: ParagraphRef): boolean {
  return CHAPTER_VII_OPENING.test(joinPhrase(ref.phrase.trim(), ref.text.trim()));
}

export function readsAsDetermination(ref: ParagraphRef): boolean {
  const joined = joinPhrase(ref.phrase.trim(), ref.text.trim());
  return DETERMINING.test(joined) && THREAT_TO_PEACE.test(joined);
}
