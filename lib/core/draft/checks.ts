import { articleExists, CHARTER_ARTICLE_COUNT, findCharterCitations, getArticle } from "../un/charter";
import {
  classifyPhrase,
  listOperativePhrases,
  listPreambularPhrases,
  splitOpeningPhrase,
  type PhraseClassification,
} from "../un/phrases";
import { getState } from "../un/states";
import { joinPhrase, stripFinalPunctuation, subparagraphLabel } from "./layout";
import { MAX_SUBPARAGRAPH_LEVELS, type Draft, type PortableDraft, type Subparagraph } from "./schema";
import { findPlaceholders } from "./templates";

/**
 * The drafting checks: what a Secretariat editor or a Council legal adviser would flag before a
 * draft is put in blue. Each finding names the paragraph, gives a reason a delegate understands
 * and, where one click can settle it, a fix that `applyFix` carries out. Pure: plain data in,
 * plain data out.
 */

export type FindingSeverity = "error" | "warning" | "advice";

export type FindingCode =
  | "no-operative"
  | "empty-paragraph"
  | "missing-text"
  | "missing-phrase"
  | "unknown-phrase"
  | "operative-phrase-in-preamble"
  | "preambular-phrase-in-operative"
  | "unfilled-placeholder"
  | "chapter-vii-not-last"
  | "chapter-vii-without-determination"
  | "chapter-vii-in-assembly"
  | "binding-form-in-assembly"
  | "unknown-charter-article"
  | "sponsor-not-a-state"
  | "sponsor-observer-state"
  | "duplicate-sponsor"
  | "too-deeply-nested"
  | "no-remain-seized"
  | "remain-seized-not-last"
  | "final-punctuation"
  | "malformed-symbol"
  | "symbol-year-mismatch"
  | "title-in-council-draft"
  | "missing-title";

/** One severity per code, so that the same problem always weighs the same. */
export const FINDING_SEVERITY: Readonly<Record<FindingCode, FindingSeverity>> = {
  "no-operative": "error",
  "empty-paragraph": "error",
  "missing-text": "warning",
  "missing-phrase": "warning",
  "unknown-phrase": "warning",
  "operative-phrase-in-preamble": "error",
  "preambular-phrase-in-operative": "error",
  "unfilled-placeholder": "error",
  "chapter-vii-not-last": "error",
  "chapter-vii-without-determination": "error",
  "chapter-vii-in-assembly": "warning",
  "binding-form-in-assembly": "warning",
  "unknown-charter-article": "error",
  "sponsor-not-a-state": "error",
  "sponsor-observer-state": "advice",
  "duplicate-sponsor": "warning",
  "too-deeply-nested": "error",
  "no-remain-seized": "advice",
  "remain-seized-not-last": "advice",
  "final-punctuation": "advice",
  "malformed-symbol": "warning",
  "symbol-year-mismatch": "warning",
  "title-in-council-draft": "advice",
  "missing-title": "advice",
};

export type MetadataField = "symbol" | "date" | "agendaItem" | "sponsors" | "title" | "session" | "agendaItemNumber";

export type FindingLocation = {
  section: "metadata" | "preamble" | "operative";
  /** Preamble or operative: the paragraph's index. Sponsors: the sponsor's index in the list. */
  index?: number;
  /** A subparagraph: indices below operative paragraph `index`; [0, 1] is (a)(ii). */
  path?: number[];
  id?: string;
  /** Metadata: which field. */
  field?: MetadataField;
};

/** A one-click fix, as plain data so that it can cross from the server to the editor. */
export type Fix =
  | { kind: "replace-phrase"; with: string }
  /** Moves the opening words typed into the text into the phrase field. */
  | { kind: "split-phrase"; phrase: string }
  /**
   * Moves the paragraph to the start or end of a section. The end of the preamble is before an
   * "Acting under Chapter VII" paragraph, which stays last, unless the paragraph moved is that one.
   */
  | { kind: "move-paragraph"; to: "preamble" | "operative"; position: "start" | "end" }
  | { kind: "add-operative"; phrase: string; text: string }
  /** Added at the end of the preamble, before an "Acting under Chapter VII" paragraph. */
  | { kind: "add-preambular"; phrase: string; text: string }
  | { kind: "delete-paragraph" }
  | { kind: "strip-final-punctuation" }
  | { kind: "remove-title" }
  | { kind: "remove-sponsor"; code: string };

export type Finding = {
  code: FindingCode;
  severity: FindingSeverity;
  paragraph: FindingLocation;
  message: string;
  fix?: Fix;
};

const REMAIN_SEIZED_PARAGRAPH = { phrase: "Decides", text: "to remain seized of the matter" } as const;

type ParagraphRef = {
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

function finding(code: FindingCode, paragraph: FindingLocation, message: string, fix?: Fix): Finding {
  return fix ? { code, severity: FINDING_SEVERITY[code], paragraph, message, fix } : { code, severity: FINDING_SEVERITY[code], paragraph, message };
}

function locationOf(ref: ParagraphRef): FindingLocation {
  const location: FindingLocation = { section: ref.section, index: ref.index };
  if (ref.path) location.path = ref.path;
  if (ref.id) location.id = ref.id;
  return location;
}

/** Every paragraph in reading order, subparagraphs included. */
function listParagraphs(draft: PortableDraft): ParagraphRef[] {
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

/** [0, 1] → "(a) (ii)". */
export function pathLabel(path: readonly number[]): string {
  return path.map((position, level) => subparagraphLabel(level + 1, position)).join(" ");
}

/** How the command line and the editor name where a finding is: "operative 3 (a) (ii)", "symbol". */
export function formatFindingLocation(location: FindingLocation): string {
  switch (location.section) {
    case "metadata":
      return location.field ?? "metadata";
    case "preamble":
      return location.index === undefined ? "preamble" : `preamble ${location.index + 1}`;
    case "operative": {
      if (location.index === undefined) return "operative part";
      const base = `operative ${location.index + 1}`;
      return location.path && location.path.length > 0 ? `${base} ${pathLabel(location.path)}` : base;
    }
    default: {
      const unreachable: never = location.section;
      return unreachable;
    }
  }
}

const isSubparagraph = (ref: ParagraphRef) => ref.path !== undefined;
const isBlank = (value: string) => value.trim() === "";

/** The phrase and text as the paragraph reads: "Acting" + "under Chapter VII …" is one opening. */
function classifyParagraph(ref: ParagraphRef): PhraseClassification {
  const direct = classifyPhrase(ref.phrase);
  if (direct.kind !== "unknown" || isBlank(ref.phrase)) return direct;
  const joined = joinPhrase(ref.phrase.trim(), ref.text.trim());
  const opening = splitOpeningPhrase(joined);
  // The known opening must cover the whole phrase field, or the phrase itself is not known.
  if (opening && opening.start === 0 && opening.end >= ref.phrase.trim().length) return opening.classification;
  return direct;
}

const CHAPTER_VII_OPENING = /^\s*acting\s+(?:also\s+)?under\s+(?:Article\s+\d+\s+(?:of\s+)?)?Chapter\s+VII\b/i;
const CHAPTER_VII_ANYWHERE = /\bacting\s+under\s+Chapter\s+VII\b/i;
const ALL_NECESSARY = /\ball\s+necessary\s+(?:means|measures)\b/i;
const THREAT_TO_PEACE =
  /\b(?:threat\s+to\s+(?:international\s+|regional\s+)?(?:the\s+)?peace|breach\s+of\s+(?:international\s+|the\s+)?peace|act\s+of\s+aggression)\b/i;
const DETERMINING = /^\s*(?:\w+\s+)?determin(?:ing|es)\b/i;
const REMAIN_SEIZED = /\bremain\s+(?:actively\s+)?seized\b/i;
// A referral under "Uniting for Peace" (GA res. 377 A (V)) hands the question to the Assembly;
// such procedural resolutions (2623 (2022)) close without "remain seized".
const EMERGENCY_SPECIAL_SESSION = /\bemergency\s+special\s+session\b/i;

function readsAsChapterVii(ref: ParagraphRef): boolean {
  return CHAPTER_VII_OPENING.test(joinPhrase(ref.phrase.trim(), ref.text.trim()));
}

function readsAsDetermination(ref: ParagraphRef): boolean {
  const joined = joinPhrase(ref.phrase.trim(), ref.text.trim());
  return DETERMINING.test(joined) && THREAT_TO_PEACE.test(joined);
}

export function checkDraft(draft: PortableDraft): Finding[] {
  const paragraphs = listParagraphs(draft);
  const findings: Finding[] = [
    ...checkMetadata(draft),
    ...paragraphs.flatMap((ref) => checkParagraph(draft, ref)),
    ...checkStructure(draft, paragraphs),
  ];
  return sortFindings(findings);
}

const SECTION_ORDER = { metadata: 0, preamble: 1, operative: 2 } as const;

function sortFindings(findings: Finding[]): Finding[] {
  const keyed = findings.map((item, order) => ({ item, order }));
  keyed.sort((left, right) => {
    const a = left.item.paragraph;
    const b = right.item.paragraph;
    const bySection = SECTION_ORDER[a.section] - SECTION_ORDER[b.section];
    if (bySection !== 0) return bySection;
    // Metadata keeps the order it was checked in (symbol, sponsors, title).
    if (a.section === "metadata") return left.order - right.order;
    const byIndex = (a.index ?? Number.MAX_SAFE_INTEGER) - (b.index ?? Number.MAX_SAFE_INTEGER);
    if (byIndex !== 0) return byIndex;
    const byPath = comparePaths(a.path ?? [], b.path ?? []);
    return byPath !== 0 ? byPath : left.order - right.order;
  });
  return keyed.map(({ item }) => item);
}

function comparePaths(a: number[], b: number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) if (a[index] !== b[index]) return a[index] - b[index];
  return a.length - b.length;
}

// ---------------------------------------------------------------------------------------------
// Metadata: symbol, sponsors, title and placeholders in the header fields.

const COUNCIL_SYMBOL = /^S\/(\d{4})\/\d+(?:\/Rev\.\d+)?$|^S\/RES\/\d+ \((\d{4})\)$/;
const ASSEMBLY_SYMBOL =
  /^A\/(?:(?:C\.\d|ES-\d+|S-\d+)\/)?(?:\d+\/)?L\.\d+(?:\/Rev\.\d+)?(?:\/Add\.\d+)?$|^A\/RES\/(?:ES-\d+\/|S-\d+\/)?\d+\/\d+$/;

function checkMetadata(draft: PortableDraft): Finding[] {
  const out: Finding[] = [];
  const headerFields = ["symbol", "agendaItem", "session", "agendaItemNumber", "title"] as const;
  for (const field of headerFields) {
    const value = draft[field];
    if (value) out.push(...placeholderFindings(value, { section: "metadata", field }, fieldName(field)));
  }

  const symbol = draft.symbol?.trim();
  if (symbol && findPlaceholders(symbol).length === 0) out.push(...checkSymbol(draft, symbol));

  const seen = new Set<string>();
  (draft.sponsors ?? []).forEach((code, index) => {
    const where: FindingLocation = { section: "metadata", field: "sponsors", index };
    if (seen.has(code)) {
      out.push(finding("duplicate-sponsor", where, `${stateName(code)} is listed twice among the sponsors.`, { kind: "remove-sponsor", code }));
      return;
    }
    seen.add(code);
    const state = getState(code);
    if (!state) {
      out.push(
        finding(
          "sponsor-not-a-state",
          where,
          `"${code}" is not the code of a State Member of the United Nations or of an observer State. Only States sponsor draft resolutions; an organization such as the European Union or the African Union cannot.`,
          { kind: "remove-sponsor", code },
        ),
      );
      return;
    }
    // Observer States (Holy See, State of Palestine) take part in debates and may be listed
    // among the sponsors in practice, but they never vote (Charter Arts. 18, 27: Members vote).
    if (state.status === "observer") {
      out.push(
        finding(
          "sponsor-observer-state",
          where,
          `${state.name} is a non-member observer State: it may be listed among the sponsors, but it has no vote in the Council or the Assembly.`,
        ),
      );
    }
  });

  if (draft.body === "security-council" && draft.title?.trim()) {
    out.push(
      finding(
        "title-in-council-draft",
        { section: "metadata", field: "title" },
        "Security Council resolutions bear no title: the sponsor line and \"The Security Council,\" follow the masthead directly.",
        { kind: "remove-title" },
      ),
    );
  }
  if (draft.body === "general-assembly" && !draft.title?.trim()) {
    out.push(
      finding(
        "missing-title",
        { section: "metadata", field: "title" },
        "General Assembly draft resolutions carry a title, the question the Assembly takes up (for example \"Aggression against Ukraine\").",
      ),
    );
  }
  return out;
}

function checkSymbol(draft: PortableDraft, symbol: string): Finding[] {
  const where: FindingLocation = { section: "metadata", field: "symbol" };
  switch (draft.body) {
    case "security-council": {
      const match = COUNCIL_SYMBOL.exec(symbol);
      if (!match) {
        return [
          finding(
            "malformed-symbol",
            where,
            `"${symbol}" does not look like a Security Council document symbol: a draft resolution reads S/YYYY/N, such as S/2022/155.`,
          ),
        ];
      }
      const year = match[1] ?? match[2];
      if (draft.date && year && draft.date.slice(0, 4) !== year) {
        return [
          finding(
            "symbol-year-mismatch",
            where,
            `The symbol ${symbol} belongs to ${year}, but the draft is dated ${draft.date}: Council symbols carry the year of issue.`,
          ),
        ];
      }
      return [];
    }
    case "general-assembly":
      if (ASSEMBLY_SYMBOL.test(symbol)) return [];
      return [
        finding(
          "malformed-symbol",
          where,
          `"${symbol}" does not look like a General Assembly draft symbol: A/session/L.N, such as A/76/L.1 or A/ES-11/L.1.`,
        ),
      ];
    default: {
      const unreachable: never = draft.body;
      return unreachable;
    }
  }
}

function fieldName(field: MetadataField): string {
  switch (field) {
    case "symbol":
      return "The symbol";
    case "date":
      return "The date";
    case "agendaItem":
      return "The agenda item";
    case "sponsors":
      return "The sponsor list";
    case "title":
      return "The title";
    case "session":
      return "The session";
    case "agendaItemNumber":
      return "The agenda item number";
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}

function stateName(code: string): string {
  return getState(code)?.name ?? `"${code}"`;
}

function placeholderFindings(text: string, where: FindingLocation, subject: string): Finding[] {
  const found = [...new Set(findPlaceholders(text).map((match) => match.text))];
  if (found.length === 0) return [];
  const list = quoteList(found);
  return [
    finding(
      "unfilled-placeholder",
      where,
      `${subject} still holds ${found.length === 1 ? "the placeholder" : "placeholders"} ${list}: replace ${found.length === 1 ? "it" : "them"} with the actual wording before the draft is circulated.`,
    ),
  ];
}

function quoteList(items: string[]): string {
  const quoted = items.map((item) => `"${item}"`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// One paragraph at a time.

function checkParagraph(draft: PortableDraft, ref: ParagraphRef): Finding[] {
  const where = locationOf(ref);
  const out: Finding[] = [];
  const phraseBlank = isBlank(ref.phrase);
  const textBlank = isBlank(ref.text);

  if (phraseBlank && textBlank) {
    const fix: Fix | undefined = ref.hasChildren ? undefined : { kind: "delete-paragraph" };
    out.push(finding("empty-paragraph", where, `${capitalize(ref.name)} is empty: write its text or delete it.`, fix));
    return out;
  }

  out.push(...placeholderFindings(joinPhrase(ref.phrase, ref.text), where, capitalize(ref.name)));
  out.push(...citationFindings(ref, where));
  if (isSubparagraph(ref)) {
    out.push(...punctuationFindings(ref, where));
    if (ref.path!.length === MAX_SUBPARAGRAPH_LEVELS + 1) {
      out.push(
        finding(
          "too-deeply-nested",
          where,
          `${capitalize(ref.name)} sits at level ${ref.path!.length}: subparagraphs go at most ${MAX_SUBPARAGRAPH_LEVELS} levels deep, (a), (i), a. and i. (UN Editorial Manual). Fold it into its parent or split the paragraph.`,
        ),
      );
    }
    return out;
  }

  out.push(...phraseFindings(draft, ref, where));
  if (!phraseBlank && textBlank && !ref.hasChildren && !isCompleteOpening(ref.phrase)) {
    out.push(finding("missing-text", where, `${capitalize(ref.name)} has an opening phrase, "${ref.phrase.trim()}", but no text after it.`));
  }
  out.push(...punctuationFindings(ref, where));
  return out;
}

/** Openings that are a whole paragraph on their own: "Acting under Chapter VII of the Charter", "Decides to remain seized of the matter". */
function isCompleteOpening(phrase: string): boolean {
  return CHAPTER_VII_OPENING.test(phrase) || REMAIN_SEIZED.test(phrase);
}

function phraseFindings(draft: PortableDraft, ref: ParagraphRef, where: FindingLocation): Finding[] {
  const out: Finding[] = [];
  const expected = ref.section === "preamble" ? "preambular" : "operative";
  if (isBlank(ref.phrase)) {
    const opening = splitOpeningPhrase(ref.text);
    const kindNote =
      ref.section === "preamble"
        ? "preambular paragraphs open with a participle or adjective in italics, such as \"Recalling\" or \"Deeply concerned\""
        : "operative paragraphs open with a verb in the present tense in italics, such as \"Decides\" or \"Calls upon\"";
    if (opening && opening.start === 0 && opening.classification.kind === expected) {
      out.push(
        finding(
          "missing-phrase",
          where,
          `${capitalize(ref.name)} has its opening phrase "${opening.phrase}" typed into the text: put it in the phrase field so that it is set in italics.`,
          { kind: "split-phrase", phrase: opening.phrase },
        ),
      );
    } else {
      out.push(finding("missing-phrase", where, `${capitalize(ref.name)} has no opening phrase: ${kindNote}.`));
    }
    return out;
  }

  const classification = classifyParagraph(ref);
  const phrase = ref.phrase.trim();
  switch (classification.kind) {
    case "unknown": {
      const suggestion = nearestPhrase(phrase, expected);
      const message =
        `"${phrase}" is not among the usual ${expected} openings. A phrase of your own is allowed, but check that it is ` +
        (expected === "preambular" ? "a participle or adjective (\"Recalling\", \"Concerned\")" : "a verb in the present tense (\"Decides\", \"Urges\")") +
        (suggestion ? `; did you mean "${suggestion}"?` : ".");
      out.push(finding("unknown-phrase", where, message, suggestion ? { kind: "replace-phrase", with: suggestion } : undefined));
      break;
    }
    case "preambular":
      if (ref.section === "operative") {
        const counterpart = counterpartPhrase(phrase, "operative");
        const advice = counterpart ? `; as an operative paragraph write "${counterpart}"` : "";
        const fix: Fix | undefined = !ref.hasChildren
          ? { kind: "move-paragraph", to: "preamble", position: "end" }
          : counterpart
            ? { kind: "replace-phrase", with: counterpart }
            : undefined;
        out.push(
          finding(
            "preambular-phrase-in-operative",
            where,
            `"${phrase}" opens preambular paragraphs, which set out the background; it cannot open an operative paragraph. Move the paragraph to the preamble${advice}.`,
            fix,
          ),
        );
      }
      break;
    case "operative":
      if (ref.section === "preamble") {
        const counterpart = counterpartPhrase(phrase, "preambular");
        const advice = counterpart ? `, or write "${counterpart}" to keep it in the preamble` : "";
        out.push(
          finding(
            "operative-phrase-in-preamble",
            where,
            `"${phrase}" opens operative paragraphs, where the Council or the Assembly acts; a preambular paragraph cannot decide or request anything. Move it to the operative part${advice}.`,
            { kind: "move-paragraph", to: "operative", position: "start" },
          ),
        );
      } else if (draft.body === "general-assembly") {
        out.push(...assemblyFormFindings(ref, where, classification));
      }
      break;
    default: {
      const unreachable: never = classification;
      return unreachable;
    }
  }
  return out;
}

/**
 * The Assembly discusses and recommends (Charter Arts. 10–14); only the Council's decisions bind
 * Members (Art. 25). "Decides to include the item" is the Assembly's own business and passes.
 */
function assemblyFormFindings(
  ref: ParagraphRef,
  where: FindingLocation,
  classification: Extract<PhraseClassification, { kind: "operative" }>,
): Finding[] {
  const phrase = ref.phrase.trim();
  const entry = classification.entry.phrase;
  const reason = "the General Assembly only recommends (Charter Arts. 10–14); binding decisions are the Security Council's (Art. 25)";
  if (entry === "Demands") {
    const replacement = /^\s*that\b/i.test(ref.text) ? "Urges" : "Calls for";
    return [
      finding(
        "binding-form-in-assembly",
        where,
        `"${phrase}" is binding in form, but ${reason}. The Assembly has used "Demands", yet "${replacement}" states its position without overreaching.`,
        { kind: "replace-phrase", with: replacement },
      ),
    ];
  }
  if (entry === "Decides" && /\bshall\b/i.test(ref.text)) {
    return [
      finding(
        "binding-form-in-assembly",
        where,
        `"${phrase} … shall" imposes an obligation, but ${reason}. Write "Recommends" or "Calls upon" with "should".`,
      ),
    ];
  }
  if (entry === "Determines" && THREAT_TO_PEACE.test(ref.text)) {
    return [
      finding(
        "chapter-vii-in-assembly",
        where,
        "Only the Security Council determines a threat to the peace, breach of the peace or act of aggression (Charter Art. 39); the Assembly may draw the Council's attention to it (Art. 11(3)).",
      ),
    ];
  }
  return [];
}

function citationFindings(ref: ParagraphRef, where: FindingLocation): Finding[] {
  const out: Finding[] = [];
  for (const citation of findCharterCitations(joinPhrase(ref.phrase, ref.text))) {
    if (citation.valid) continue;
    let reason: string;
    if (citation.kind === "chapter") {
      reason = `the Charter has 19 chapters, I to XIX, and "${citation.chapter}" is not one of them`;
    } else if (!articleExists(citation.article)) {
      reason = `the Charter has ${CHARTER_ARTICLE_COUNT} articles`;
    } else {
      const count = getArticle(citation.article)?.paragraphs ?? 0;
      reason =
        count === 0
          ? `Article ${citation.article} has no numbered paragraphs`
          : `Article ${citation.article} has ${count} paragraphs, so there is no paragraph ${citation.paragraph}`;
    }
    out.push(
      finding("unknown-charter-article", where, `${capitalize(ref.name)} cites "${citation.raw.trim()}", which is not in the Charter: ${reason}.`),
    );
  }
  return out;
}

function punctuationFindings(ref: ParagraphRef, where: FindingLocation): Finding[] {
  const last = (isBlank(ref.text) ? ref.phrase : ref.text).trim();
  const stripped = stripFinalPunctuation(last);
  if (stripped === last) return [];
  const typed = last.slice(stripped.length).trim();
  return [
    finding(
      "final-punctuation",
      where,
      `${capitalize(ref.name)} ends with "${typed}", typed by hand. The final comma, semicolon, colon or full stop follows from the paragraph's place and is added on layout.`,
      { kind: "strip-final-punctuation" },
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// The draft as a whole: operative part, Chapter VII and the closing paragraph.

function checkStructure(draft: PortableDraft, paragraphs: ParagraphRef[]): Finding[] {
  const out: Finding[] = [];
  const operative = paragraphs.filter((ref) => ref.section === "operative" && !isSubparagraph(ref));
  const preamble = paragraphs.filter((ref) => ref.section === "preamble");

  if (operative.length === 0) {
    out.push(
      finding(
        "no-operative",
        { section: "operative" },
        "The draft has no operative paragraph: a resolution acts through its numbered operative paragraphs, the preamble alone decides nothing.",
      ),
    );
  }

  // UN practice: "Acting under Chapter VII of the Charter" is the last preambular paragraph,
  // so that it governs every operative paragraph that follows.
  const chapterVii = preamble.filter(readsAsChapterVii);
  for (const ref of chapterVii) {
    if (ref.index !== preamble.length - 1) {
      out.push(
        finding(
          "chapter-vii-not-last",
          locationOf(ref),
          `"Acting under Chapter VII" must be the last preambular paragraph, just before the operative part it governs; here ${ref.name} is followed by ${preamble.length - 1 - ref.index} more.`,
          { kind: "move-paragraph", to: "preamble", position: "end" },
        ),
      );
    }
  }

  if (draft.body === "general-assembly") {
    for (const ref of chapterVii) {
      out.push(
        finding(
          "chapter-vii-in-assembly",
          locationOf(ref),
          "The General Assembly cannot act under Chapter VII: enforcement action is the Security Council's, and a question calling for action goes to the Council (Charter Arts. 11(2), 24, 39).",
        ),
      );
    }
  } else {
    out.push(...determinationFindings(paragraphs));
    out.push(...remainSeizedFindings(operative));
  }
  return out;
}

/**
 * Charter Art. 39: measures under Arts. 41 and 42 follow a determination of a threat to the peace,
 * breach of the peace or act of aggression. Reported once, at the first measure, with a fix that
 * adds the determination for the sponsors to complete.
 */
function determinationFindings(paragraphs: ParagraphRef[]): Finding[] {
  if (paragraphs.some(readsAsDetermination)) return [];
  const measures: { ref: ParagraphRef; what: string }[] = [];
  for (const ref of paragraphs) {
    const joined = joinPhrase(ref.phrase.trim(), ref.text.trim());
    if (ref.section === "preamble") {
      if (readsAsChapterVii(ref)) measures.push({ ref, what: "\"Acting under Chapter VII\"" });
      continue;
    }
    if (CHAPTER_VII_ANYWHERE.test(joined)) {
      measures.push({ ref, what: "action under Chapter VII" });
      continue;
    }
    if (ALL_NECESSARY.test(joined)) {
      measures.push({ ref, what: `"${ALL_NECESSARY.exec(joined)![0]}"` });
      continue;
    }
    const articles = findCharterCitations(joined).filter(
      (citation) => citation.kind === "article" && (citation.article === 41 || citation.article === 42),
    );
    if (articles.length > 0) measures.push({ ref, what: `measures under ${articles.map((citation) => citation.raw.trim()).join(" and ")}` });
  }
  if (measures.length === 0) return [];
  const [first] = measures;
  const listed = measures.map((measure) => `${measure.what} (${measure.ref.name})`).join(", ");
  return [
    finding(
      "chapter-vii-without-determination",
      locationOf(first.ref),
      `The draft takes Chapter VII measures, ${listed}, without determining that the situation is a threat to the peace, a breach of the peace or an act of aggression. Charter Art. 39 requires that determination first: add a preambular paragraph "Determining that … constitutes a threat to international peace and security".`,
      { kind: "add-preambular", phrase: "Determining", text: "that the situation in [State] constitutes a threat to international peace and security" },
    ),
  ];
}

function remainSeizedFindings(operative: ParagraphRef[]): Finding[] {
  if (operative.length === 0) return [];
  if (operative.some((ref) => EMERGENCY_SPECIAL_SESSION.test(ref.text))) return [];
  const seized = operative.filter((ref) => REMAIN_SEIZED.test(joinPhrase(ref.phrase, ref.text)));
  if (seized.length === 0) {
    return [
      finding(
        "no-remain-seized",
        { section: "operative" },
        "Council resolutions close with \"Decides to remain seized of the matter\", which keeps the question on the Council's agenda.",
        { kind: "add-operative", ...REMAIN_SEIZED_PARAGRAPH },
      ),
    ];
  }
  const last = operative[operative.length - 1];
  if (seized.includes(last)) return [];
  const ref = seized[seized.length - 1];
  return [
    finding(
      "remain-seized-not-last",
      locationOf(ref),
      `"Remain seized of the matter" closes a Council resolution; here ${ref.name} is followed by ${last.index - ref.index} more.`,
      { kind: "move-paragraph", to: "operative", position: "end" },
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// Phrase suggestions.

function phrasesOf(kind: "preambular" | "operative"): readonly string[] {
  return (kind === "preambular" ? listPreambularPhrases() : listOperativePhrases()).map((entry) => entry.phrase);
}

/** The known phrase within two typing errors of an unknown one ("Reafirming" → "Reaffirming"). */
function nearestPhrase(phrase: string, kind: "preambular" | "operative"): string | undefined {
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

// ---------------------------------------------------------------------------------------------
// Applying a fix.

type AnyDraft = PortableDraft | Draft;

/**
 * Carries out a finding's fix and returns the new draft. A finding without a fix, or one that no
 * longer matches the draft (the paragraph was edited or removed since), leaves the draft as it
 * is: the same object is returned. Give `newId` for a stored draft, so that an added paragraph
 * gets an id.
 */
export function applyFix(draft: Draft, finding: Finding, newId: () => string): Draft;
export function applyFix(draft: PortableDraft, finding: Finding, newId?: () => string): PortableDraft;
export function applyFix(draft: AnyDraft, finding: Finding, newId?: () => string): AnyDraft {
  const fix = finding.fix;
  if (!fix) return draft;
  const where = finding.paragraph;
  switch (fix.kind) {
    case "replace-phrase":
      return updateTopParagraph(draft, where, (paragraph) => ({ ...paragraph, phrase: fix.with }));
    case "split-phrase":
      return updateTopParagraph(draft, where, (paragraph) => {
        if (!isBlank(paragraph.phrase) || !paragraph.text.trimStart().startsWith(fix.phrase)) return paragraph;
        const rest = paragraph.text.trimStart().slice(fix.phrase.length).replace(/^[,;:]?\s*/, "");
        return { ...paragraph, phrase: fix.phrase, text: rest };
      });
    case "move-paragraph":
      return moveParagraphTo(draft, where, fix.to, fix.position);
    case "add-operative": {
      const paragraph = { phrase: fix.phrase, text: fix.text, subparagraphs: [], ...(newId ? { id: newId() } : {}) };
      return { ...draft, operative: [...draft.operative, paragraph] } as AnyDraft;
    }
    case "add-preambular": {
      const paragraph = { phrase: fix.phrase, text: fix.text, ...(newId ? { id: newId() } : {}) };
      const at = endOfPreamble(draft.preamble, undefined);
      return { ...draft, preamble: [...draft.preamble.slice(0, at), paragraph, ...draft.preamble.slice(at)] } as AnyDraft;
    }
    case "delete-paragraph":
      return deleteAt(draft, where);
    case "strip-final-punctuation":
      return updateAt(draft, where, (paragraph) =>
        isBlank(paragraph.text)
          ? { ...paragraph, phrase: stripFinalPunctuation(paragraph.phrase ?? "") }
          : { ...paragraph, text: stripFinalPunctuation(paragraph.text) },
      );
    case "remove-title": {
      const rest = { ...draft };
      delete rest.title;
      return rest;
    }
    case "remove-sponsor": {
      const sponsors = draft.sponsors ?? [];
      const index = where.index !== undefined && sponsors[where.index] === fix.code ? where.index : -1;
      if (index < 0) return draft;
      return { ...draft, sponsors: sponsors.filter((_, position) => position !== index) };
    }
    default: {
      const unreachable: never = fix;
      return unreachable;
    }
  }
}

/** Finds a top-level paragraph by id when the finding has one, else by index. */
function topIndex(list: readonly { id?: string }[], where: FindingLocation): number {
  if (where.id !== undefined) return list.findIndex((paragraph) => paragraph.id === where.id);
  return where.index !== undefined && where.index < list.length ? where.index : -1;
}

type Editable = { phrase: string; text: string };

function updateTopParagraph(draft: AnyDraft, where: FindingLocation, change: <P extends Editable>(paragraph: P) => P): AnyDraft {
  if (where.path && where.path.length > 0) return draft;
  if (where.section === "preamble") {
    const index = topIndex(draft.preamble, where);
    if (index < 0) return draft;
    return { ...draft, preamble: draft.preamble.map((paragraph, position) => (position === index ? change(paragraph) : paragraph)) } as AnyDraft;
  }
  if (where.section === "operative") {
    const index = topIndex(draft.operative, where);
    if (index < 0) return draft;
    return { ...draft, operative: draft.operative.map((paragraph, position) => (position === index ? change(paragraph) : paragraph)) } as AnyDraft;
  }
  return draft;
}

/** Like updateTopParagraph, but reaches subparagraphs too (which have text only). */
function updateAt(draft: AnyDraft, where: FindingLocation, change: (paragraph: { phrase?: string; text: string }) => { phrase?: string; text: string }): AnyDraft {
  if (!where.path || where.path.length === 0) {
    return updateTopParagraph(draft, where, (paragraph) => ({ ...paragraph, ...change(paragraph) }));
  }
  const operativeIndex = topOperativeIndexFor(draft, where);
  if (operativeIndex < 0) return draft;
  const path = where.path;
  const rewrite = (list: Subparagraph[], depth: number): Subparagraph[] | undefined => {
    const position = path[depth];
    const target = list[position];
    if (!target) return undefined;
    if (depth === path.length - 1) {
      if (where.id !== undefined && target.id !== where.id) return undefined;
      return list.map((sub, index) => (index === position ? { ...sub, text: change({ text: sub.text }).text } : sub));
    }
    const children = rewrite(target.subparagraphs ?? [], depth + 1);
    return children && list.map((sub, index) => (index === position ? { ...sub, subparagraphs: children } : sub));
  };
  const paragraph = draft.operative[operativeIndex];
  const subparagraphs = rewrite(paragraph.subparagraphs ?? [], 0);
  if (!subparagraphs) return draft;
  return {
    ...draft,
    operative: draft.operative.map((item, index) => (index === operativeIndex ? { ...item, subparagraphs } : item)),
  } as AnyDraft;
}

/** A subparagraph finding's id is the subparagraph's; its operative paragraph is found by index. */
function topOperativeIndexFor(draft: AnyDraft, where: FindingLocation): number {
  return where.index !== undefined && where.index < draft.operative.length ? where.index : -1;
}

function deleteAt(draft: AnyDraft, where: FindingLocation): AnyDraft {
  if (where.path && where.path.length > 0) {
    const operativeIndex = topOperativeIndexFor(draft, where);
    if (operativeIndex < 0) return draft;
    const path = where.path;
    const remove = (list: Subparagraph[], depth: number): Subparagraph[] | undefined => {
      const position = path[depth];
      const target = list[position];
      if (!target) return undefined;
      if (depth === path.length - 1) {
        if (where.id !== undefined && target.id !== where.id) return undefined;
        return list.filter((_, index) => index !== position);
      }
      const children = remove(target.subparagraphs ?? [], depth + 1);
      return children && list.map((sub, index) => (index === position ? { ...sub, subparagraphs: children } : sub));
    };
    const subparagraphs = remove(draft.operative[operativeIndex].subparagraphs ?? [], 0);
    if (!subparagraphs) return draft;
    return {
      ...draft,
      operative: draft.operative.map((item, index) => (index === operativeIndex ? { ...item, subparagraphs } : item)),
    } as AnyDraft;
  }
  if (where.section === "preamble") {
    const index = topIndex(draft.preamble, where);
    return index < 0 ? draft : ({ ...draft, preamble: draft.preamble.filter((_, position) => position !== index) } as AnyDraft);
  }
  if (where.section === "operative") {
    const index = topIndex(draft.operative, where);
    return index < 0 ? draft : ({ ...draft, operative: draft.operative.filter((_, position) => position !== index) } as AnyDraft);
  }
  return draft;
}

/** The insertion point at the end of the preamble: before a closing "Acting under Chapter VII". */
function endOfPreamble(preamble: readonly { phrase: string; text: string }[], moving: { phrase: string; text: string } | undefined): number {
  const last = preamble[preamble.length - 1];
  const closesWithChapterVii = last && CHAPTER_VII_OPENING.test(joinPhrase(last.phrase.trim(), last.text.trim()));
  const movingIsChapterVii = moving && CHAPTER_VII_OPENING.test(joinPhrase(moving.phrase.trim(), moving.text.trim()));
  return closesWithChapterVii && !movingIsChapterVii ? preamble.length - 1 : preamble.length;
}

function moveParagraphTo(draft: AnyDraft, where: FindingLocation, to: "preamble" | "operative", position: "start" | "end"): AnyDraft {
  if (where.path && where.path.length > 0) return draft;
  if (where.section === "preamble") {
    const index = topIndex(draft.preamble, where);
    if (index < 0) return draft;
    const paragraph = draft.preamble[index];
    const preamble = draft.preamble.filter((_, at) => at !== index);
    if (to === "preamble") {
      const at = position === "start" ? 0 : endOfPreamble(preamble, paragraph);
      return { ...draft, preamble: [...preamble.slice(0, at), paragraph, ...preamble.slice(at)] } as AnyDraft;
    }
    const moved = { ...paragraph, subparagraphs: [] };
    const operative = position === "start" ? [moved, ...draft.operative] : [...draft.operative, moved];
    return { ...draft, preamble, operative } as AnyDraft;
  }
  if (where.section === "operative") {
    const index = topIndex(draft.operative, where);
    if (index < 0) return draft;
    const paragraph = draft.operative[index];
    const operative = draft.operative.filter((_, at) => at !== index);
    if (to === "operative") {
      const list = position === "start" ? [paragraph, ...operative] : [...operative, paragraph];
      return { ...draft, operative: list } as AnyDraft;
    }
    // A preambular paragraph has no subparagraphs: moving would lose them, so it is not done.
    if ((paragraph.subparagraphs ?? []).length > 0) return draft;
    const moved = { ...(paragraph.id !== undefined ? { id: paragraph.id } : {}), phrase: paragraph.phrase, text: paragraph.text };
    const at = position === "start" ? 0 : endOfPreamble(draft.preamble, moved);
    return { ...draft, operative, preamble: [...draft.preamble.slice(0, at), moved, ...draft.preamble.slice(at)] } as AnyDraft;
  }
  return draft;
}
