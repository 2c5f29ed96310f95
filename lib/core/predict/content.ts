/**
 * What a draft's text says that moves votes: which states it condemns or makes demands of,
 * Chapter VII, sanctions, force, humanitarian or ceasefire content, a referral to the Assembly.
 * The vote record carries no draft texts, so these signals are read only at prediction time.
 */
import type { PortableDraft } from "../draft/schema";
import { getState, listStates, type Bloc } from "../un/states";
import { NAME_ALIASES } from "../un/state-names";

export type DraftContent = {
  /**
   * States named in paragraphs that condemn, deplore, demand or call upon, and the members of an
   * organization the draft so names or "notes with concern" (a regional arrangement's intervention).
   */
  namedStates: string[];
  /** For states named only as members of an organization: that organization's name. */
  namedThrough: Record<string, string>;
  chapterVII: boolean;
  sanctions: boolean;
  force: boolean;
  humanitarian: boolean;
  ceasefire: boolean;
  referralToAssembly: boolean;
};

export const NO_CONTENT: DraftContent = {
  namedStates: [],
  namedThrough: {},
  chapterVII: false,
  sanctions: false,
  force: false,
  humanitarian: false,
  ceasefire: false,
  referralToAssembly: false,
};

/** Operative phrases by which the Council blames or makes demands of a party. */
const ACCUSING_PHRASE = /^(strongly |firmly |unequivocally |further )?(condemns|deplores|denounces|demands|calls upon|urges|requests|insists|reiterates its demand|expresses (grave|deep) concern)/i;

/** Preambular openings that blame or worry about what an actor did. */
const CONCERNED_PHRASE = /^(deploring|condemning|denouncing|(gravely |deeply |seriously )?concerned|noting with (grave |deep |serious )?concern|expressing (its )?(grave |deep |serious )?concern|alarmed|gravely alarmed)/i;

/**
 * Organizations whose actions drafts blame, with the bloc of the reference data that lists their
 * members. Named in a blaming paragraph, they stand for their members on the Council: a draft that
 * deplores an intervention of the Collective Security Treaty Organization names its members.
 */
const ORGANIZATIONS: readonly { bloc: Bloc; name: string; pattern: RegExp }[] = [
  { bloc: "CSTO", name: "the Collective Security Treaty Organization", pattern: /collective security treaty organi[sz]ation|\bCSTO\b/i },
  { bloc: "NATO", name: "the North Atlantic Treaty Organization", pattern: /north atlantic treaty organi[sz]ation|\bNATO\b/i },
  { bloc: "EU", name: "the European Union", pattern: /european union|\bEU\b/ },
  { bloc: "CIS", name: "the Commonwealth of Independent States", pattern: /commonwealth of independent states/i },
  { bloc: "Arab League", name: "the League of Arab States", pattern: /league of arab states|arab league/i },
  { bloc: "African Union", name: "the African Union", pattern: /african union/i },
  { bloc: "SCO", name: "the Shanghai Cooperation Organization", pattern: /shanghai cooperation organi[sz]ation/i },
  { bloc: "OAS", name: "the Organization of American States", pattern: /organi[sz]ation of american states/i },
];

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
  const concerned = draft.preamble
    .filter((paragraph) => CONCERNED_PHRASE.test(paragraph.phrase.trim()))
    .map((paragraph) => paragraph.text)
    .join("\n");
  const namedStates = candidates.filter((iso3) =>
    namesOf(iso3).some((name) => new RegExp(`\\b${escapeRegExp(name)}\\b`, "i").test(accusing)),
  );
  const namedThrough: Record<string, string> = {};
  for (const organization of ORGANIZATIONS) {
    if (!organization.pattern.test(accusing) && !organization.pattern.test(concerned)) continue;
    for (const state of listStates()) {
      if (!state.blocs.includes(organization.bloc) || !candidates.includes(state.iso3) || namedStates.includes(state.iso3)) continue;
      namedStates.push(state.iso3);
      namedThrough[state.iso3] = organization.name;
    }
  }
  return {
    namedStates,
    namedThrough,
    chapterVII: /acting under chapter vii/i.test(all),
    sanctions: /\barticle 41\b|asset freeze|freeze (the )?(funds|assets)|travel ban|arms embargo|\bsanctions\b|measures imposed/i.test(all),
    force: /all necessary (means|measures)/i.test(all),
    humanitarian: /\bhumanitarian\b/i.test(all),
    ceasefire: /cease-?fire|cessation of hostilities|humanitarian pause/i.test(all),
    referralToAssembly: /(emergency special session|uniting for peace|refer[s]? .{0,60}general assembly|general assembly .{0,40}(to consider|to convene))/i.test(all),
  };
}
