import { compareEnglishNames, foldAccents } from "./names";

/**
 * The opening phrases of resolution paragraphs. Preambular paragraphs open with a participle or
 * adjective in italics and end with a comma; operative paragraphs are numbered and open with a
 * verb in the present tense (UN Editorial Manual, "Resolutions"). Lists compiled for this project.
 */

/**
 * What an operative paragraph does, by the form of its verb. "binding": a decision or demand,
 * which binds Members when the Council decides (Charter Art. 25); "authorizing": permission to act,
 * typically to use force under Chapter VII (Art. 42); "hortatory": asks or urges; "expressive":
 * states the Council's view; "procedural": the Council's own handling of the item.
 */
export type OperativeForce = "binding" | "authorizing" | "hortatory" | "expressive" | "procedural";

export type PreambularPhrase = {
  kind: "preambular";
  phrase: string;
  /** Typical of the Security Council only: determinations under Art. 39 and Chapter VII openings. */
  councilOnly: boolean;
};

export type OperativePhrase = {
  kind: "operative";
  phrase: string;
  force: OperativeForce;
  /** Typical of the Council only: binding decisions and demands (Art. 25), authorizations, determinations (Art. 39). */
  councilOnly: boolean;
};

export type PhraseEntry = PreambularPhrase | OperativePhrase;

export type PhraseClassification =
  | { kind: "preambular"; entry: PreambularPhrase; modifier?: string }
  | { kind: "operative"; entry: OperativePhrase; modifier?: string }
  | { kind: "unknown" };

export function describeForce(force: OperativeForce): string {
  switch (force) {
    case "binding":
      return "binding in form: a decision or demand";
    case "authorizing":
      return "authorizes action";
    case "hortatory":
      return "asks or urges; not binding";
    case "expressive":
      return "states the Council's view";
    case "procedural":
      return "the Council's handling of the item";
    default: {
      const unknown: never = force;
      throw new Error(`unknown force ${String(unknown)}`);
    }
  }
}

function sortByPhrase<Entry extends PhraseEntry>(entries: Entry[]): readonly Entry[] {
  return Object.freeze(entries.sort((left, right) => compareEnglishNames(left.phrase, right.phrase)));
}

const preambular = (phrase: string, councilOnly = false): PreambularPhrase => ({ kind: "preambular", phrase, councilOnly });
const operative = (phrase: string, force: OperativeForce, councilOnly = false): OperativePhrase => ({
  kind: "operative",
  phrase,
  force,
  councilOnly,
});

const PREAMBULAR: readonly PreambularPhrase[] = sortByPhrase([
  preambular("Acknowledging"),
  // The Council's last preambular paragraph before binding measures (Charter Chapter VII).
  preambular("Acting under Chapter VII of the Charter of the United Nations", true),
  preambular("Acting under Chapter VII of the Charter", true),
  preambular("Affirming"),
  preambular("Alarmed"),
  preambular("Alarmed by"),
  preambular("Appreciating"),
  preambular("Aware"),
  preambular("Bearing in mind"),
  preambular("Believing"),
  preambular("Cognizant"),
  preambular("Commending"),
  preambular("Concerned"),
  preambular("Condemning"),
  preambular("Conscious"),
  preambular("Considering"),
  preambular("Convinced"),
  preambular("Deeply concerned"),
  preambular("Deploring"),
  preambular("Desiring"),
  preambular("Determined"),
  // Only the Council determines a threat to the peace, breach of the peace or act of aggression (Art. 39).
  preambular("Determining", true),
  preambular("Emphasizing"),
  preambular("Encouraged"),
  preambular("Expressing concern"),
  preambular("Expressing its appreciation"),
  preambular("Expressing its deep concern"),
  preambular("Expressing its grave concern"),
  preambular("Expressing its support"),
  preambular("Fully aware"),
  preambular("Gravely concerned"),
  preambular("Guided by"),
  preambular("Having considered"),
  preambular("Having examined"),
  preambular("Having heard"),
  preambular("Having received"),
  preambular("Having reviewed"),
  preambular("Keeping in mind"),
  preambular("Mindful"),
  preambular("Noting"),
  preambular("Noting with appreciation"),
  preambular("Noting with concern"),
  preambular("Noting with deep concern"),
  preambular("Noting with satisfaction"),
  preambular("Observing"),
  preambular("Reaffirming"),
  preambular("Recalling"),
  preambular("Recognizing"),
  preambular("Regretting"),
  preambular("Reiterating"),
  preambular("Seriously concerned"),
  preambular("Strongly condemning"),
  preambular("Stressing"),
  preambular("Taking into account"),
  preambular("Taking note"),
  preambular("Underlining"),
  preambular("Underscoring"),
  preambular("Welcoming"),
]);

const OPERATIVE: readonly OperativePhrase[] = sortByPhrase([
  operative("Acknowledges", "expressive"),
  operative("Affirms", "expressive"),
  operative("Appeals", "hortatory"),
  // Authorizations to act, above all to use "all necessary measures", are the Council's alone (Art. 42, 53).
  operative("Authorizes", "authorizing", true),
  operative("Calls for", "hortatory"),
  operative("Calls on", "hortatory"),
  operative("Calls upon", "hortatory"),
  operative("Commends", "expressive"),
  operative("Condemns", "expressive"),
  operative("Confirms", "expressive"),
  // Binding when the Council decides (Art. 25); other organs' decisions bind only on their own affairs.
  operative("Decides", "binding", true),
  operative("Decides to extend the mandate", "binding", true),
  operative("Decides to renew", "binding", true),
  operative("Decides to establish", "binding"),
  operative("Decides to consider", "procedural"),
  operative("Decides to review", "procedural"),
  // The closing paragraph: the item stays on the Council's agenda. A decision in form, procedural in effect.
  operative("Decides to remain seized of the matter", "procedural"),
  operative("Decides to remain actively seized of the matter", "procedural"),
  operative("Declares", "expressive"),
  operative("Demands", "binding", true),
  operative("Deplores", "expressive"),
  // A determination under Art. 39 opens the way to Chapter VII measures.
  operative("Determines", "binding", true),
  operative("Emphasizes", "expressive"),
  operative("Encourages", "hortatory"),
  operative("Endorses", "expressive"),
  operative("Expresses concern", "expressive"),
  operative("Expresses its appreciation", "expressive"),
  operative("Expresses its deep concern", "expressive"),
  operative("Expresses its determination", "expressive"),
  operative("Expresses its full support", "expressive"),
  operative("Expresses its grave concern", "expressive"),
  operative("Expresses its intention", "expressive"),
  operative("Expresses its readiness", "expressive"),
  operative("Insists", "hortatory"),
  operative("Invites", "hortatory"),
  operative("Notes", "expressive"),
  operative("Notes with concern", "expressive"),
  operative("Reaffirms", "expressive"),
  operative("Recalls", "expressive"),
  operative("Recognizes", "expressive"),
  operative("Recommends", "hortatory"),
  operative("Regrets", "expressive"),
  operative("Reiterates", "expressive"),
  operative("Reminds", "hortatory"),
  operative("Requests", "hortatory"),
  operative("Requests the Secretary-General", "hortatory"),
  operative("Stresses", "expressive"),
  operative("Strongly condemns", "expressive"),
  operative("Supports", "expressive"),
  operative("Takes note", "expressive"),
  operative("Underlines", "expressive"),
  operative("Underscores", "expressive"),
  operative("Urges", "hortatory"),
  operative("Welcomes", "expressive"),
]);

/** Words that strengthen or chain a phrase without changing it: "Further decides", "Recalling also". Longer first. */
const MODIFIERS = ["further strongly", "once again", "furthermore", "further", "also", "again", "strongly", "firmly", "urgently", "unequivocally"];

const normalize = (text: string) =>
  foldAccents(text)
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .replace(/[,;:.]+$/, "")
    .trim();

const ENTRIES = new Map<string, PhraseEntry>();
for (const entry of [...PREAMBULAR, ...OPERATIVE]) {
  const key = normalize(entry.phrase);
  if (ENTRIES.has(key)) throw new Error(`phrase listed twice: ${entry.phrase}`);
  ENTRIES.set(key, entry);
}

const MAX_WORDS = Math.max(...[...ENTRIES.keys()].map((key) => key.split(" ").length)) + 2;

/** Preambular openings in English alphabetical order. */
export function listPreambularPhrases(): readonly PreambularPhrase[] {
  return PREAMBULAR;
}

/** Operative openings in English alphabetical order. */
export function listOperativePhrases(): readonly OperativePhrase[] {
  return OPERATIVE;
}

function toClassification(entry: PhraseEntry, modifier?: string): PhraseClassification {
  if (entry.kind === "preambular") return modifier ? { kind: "preambular", entry, modifier } : { kind: "preambular", entry };
  return modifier ? { kind: "operative", entry, modifier } : { kind: "operative", entry };
}

/**
 * What kind of opening a whole phrase is, case- and accent-insensitive. The whole phrase must be a
 * known opening ("Calls upon", never "Calls"), possibly with a chaining word before or after it
 * ("Further requests", "Recalling also", "Strongly urges").
 */
export function classifyPhrase(phrase: string): PhraseClassification {
  const key = normalize(phrase);
  const exact = ENTRIES.get(key);
  if (exact) return toClassification(exact);
  for (const modifier of MODIFIERS) {
    if (key.startsWith(`${modifier} `)) {
      const entry = ENTRIES.get(key.slice(modifier.length + 1));
      if (entry) return toClassification(entry, modifier);
    }
    if (key.endsWith(` ${modifier}`)) {
      const entry = ENTRIES.get(key.slice(0, -modifier.length - 1));
      if (entry) return toClassification(entry, modifier);
    }
  }
  return { kind: "unknown" };
}

export type OpeningPhrase = {
  /** The phrase as written in the text. */
  phrase: string;
  classification: Exclude<PhraseClassification, { kind: "unknown" }>;
  /** Offsets of the phrase in the text given. */
  start: number;
  end: number;
  /** The text after the phrase, without the spaces or the one punctuation mark that follow it. */
  rest: string;
};

/**
 * The longest known opening phrase at the start of a paragraph, for importing text: "Decides to
 * remain seized of the matter." is that closing phrase, not "Decides". A paragraph number
 * ("3.", "(a)") before the phrase is skipped.
 */
export function splitOpeningPhrase(text: string): OpeningPhrase | undefined {
  const lead = /^\s*(?:(?:\d+|\([a-z]+\)|[a-z]\))\.?\s+)?/i.exec(text);
  const offset = lead ? lead[0].length : 0;
  const words = [...text.slice(offset).matchAll(/\S+/g)].slice(0, MAX_WORDS);
  for (let count = words.length; count >= 1; count--) {
    const last = words[count - 1];
    const lastWord = last[0].replace(/[,;:.]+$/, "");
    if (!lastWord) continue;
    const end = offset + last.index! + lastWord.length;
    const phrase = text.slice(offset, end);
    const classification = classifyPhrase(phrase);
    if (classification.kind !== "unknown") {
      return { phrase, classification, start: offset, end, rest: text.slice(end).replace(/^[,;:.]?\s*/, "") };
    }
  }
  return undefined;
}
