/**
 * What a draft's text says that moves votes: which states it condemns or makes demands of,
 * Chapter VII, sanctions, force, humanitarian or ceasefire content, a referral to the Assembly.
 * The vote record carries no draft texts, so these signals are read only at prediction time.
 */
import type { PortableDraft } from "../draft/schema";
import { getState } from "../un/states";
import { NAME_ALIASES } from "../un/state-names";

export type DraftContent = {
  /** States named in paragraphs that condemn, deplore, demand or call upon. */
  namedStates: string[];
  chapterVII: boolean;
  sanctions: boolean;
  force: boolean;
  humanitarian: boolean;
  ceasefire: boolean;
  referralToAssembly: boolean;
};

export const NO_CONTENT: DraftContent = {
  namedStates: [],
  chapterVII: false,
  sanctions: false,
  force: false,
  humanitarian: false,
  ceasefire: false,
  referralToAssembly: false,
};

/** Operative phrases by which the Council blames or makes demands of a party. */
const ACCUSING_PHRASE = /^(strongly |firmly |unequivocally |further )?(condemns|deplores|denounces|demands|calls upon|urges|requests|insists|reiterates its demand|expresses (grave|deep) concern)/i;

function paragraphTexts(paragraph: { text: string; subparagraphs?: { text: string; subparagraphs: unknown[] }[] }): string[] {
  const texts = [paragraph.text];
  const walk = (list: { text: string; subparagraphs: unknown[] }[] | undefined) => {
    for (const item of list ?? []) {
      texts.push(item.text);
      walk(item.subparagraphs as { text: string; subparagraphs: unknown[] }[]);
    }
  };
  walk(paragraph.subparagraphs);
  return texts;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function namesOf(iso3: string): string[] {
  const state = getState(iso3);
  const names = new Set<string>([...(NAME_ALIASES[iso3] ?? [])]);
  if (state) {
    names.add(state.name);
    names.add(state.shortName);
  }
  return [...names].filter((name) => name.length >= 4);
}

/** Reads a draft for the signals above; `candidates` are the states worth looking for (the Council). */
export function analyzeDraftContent(draft: PortableDraft | null | undefined, candidates: string[]): DraftContent {
  if (!draft) return NO_CONTENT;
  const all = [
    ...draft.preamble.map((paragraph) => `${paragraph.phrase} ${paragraph.text}`),
    ...draft.operative.flatMap((paragraph) => paragraphTexts(paragraph).map((text, index) => (index === 0 ? `${paragraph.phrase} ${text}` : text))),
  ].join("\n");
  const accusing = draft.operative
    .filter((paragraph) => ACCUSING_PHRASE.test(paragraph.phrase.trim()) || ACCUSING_PHRASE.test(paragraph.text.trim()))
    .flatMap((paragraph) => paragraphTexts(paragraph))
    .join("\n");
  const namedStates = candidates.filter((iso3) =>
    namesOf(iso3).some((name) => new RegExp(`\\b${escapeRegExp(name)}\\b`, "i").test(accusing)),
  );
  return {
    namedStates,
    chapterVII: /acting under chapter vii/i.test(all),
    sanctions: /\barticle 41\b|asset freeze|freeze (the )?(funds|assets)|travel ban|arms embargo|\bsanctions\b|measures imposed/i.test(all),
    force: /all necessary (means|measures)/i.test(all),
    humanitarian: /\bhumanitarian\b/i.test(all),
    ceasefire: /cease-?fire|cessation of hostilities|humanitarian pause/i.test(all),
    referralToAssembly: /(emergency special session|uniting for peace|refer[s]? .{0,60}general assembly|general assembly .{0,40}(to consider|to convene))/i.test(all),
  };
}
