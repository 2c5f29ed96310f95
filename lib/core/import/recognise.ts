import { stripFinalPunctuation } from "../draft/layout";
import { DRAFT_SCHEMA_VERSION, MAX_PARAGRAPHS, type Body, type PortableDraft, type Subparagraph } from "../draft/schema";
import {
  isMastheadLine,
  readAdoptedHeading,
  readAdoptionLine,
  readAgendaLine,
  readDate,
  readModelUnHeader,
  readOrganLine,
  readOrganName,
  readSession,
  readSponsorLine,
  readSymbol,
} from "./head-lines";
import { LabelLevels, readLeadingLabel } from "./labels";
import { splitParagraph } from "./opening-phrase";
import { readSponsorNames } from "./sponsor-names";
import type { SourceLine } from "./source";

/**
 * Turns the lines of a document (a Word file's paragraphs, pasted text) into a portable draft.
 * Nothing is dropped silently: every non-blank line is either part of the draft, a masthead
 * line the draft derives anyway ("United Nations", "Distr.: General"), or listed as not
 * recognised with its line number, for the user to assign.
 */

export type LinePart =
  | "masthead"
  | "symbol"
  | "date"
  | "session"
  | "agenda-item"
  | "sponsors"
  | "title"
  | "model-un-header"
  | "adoption"
  | "organ"
  | "preambular"
  | "operative"
  | "subparagraph"
  | "continuation"
  | "unrecognised"
  | "dropped";

export type RecognisedLine = { line: number; text: string; part: LinePart };
export type UnrecognisedLine = { line: number; text: string };

/** What the user decided for a line that was not recognised. */
export type LineAssignment = "preambular" | "operative" | "subparagraph" | "drop";
export const LINE_ASSIGNMENTS: readonly LineAssignment[] = ["preambular", "operative", "subparagraph", "drop"];

export type ImportResult = {
  draft: PortableDraft;
  unrecognised: UnrecognisedLine[];
  /** Every non-blank line in source order with the part it became. */
  lines: RecognisedLine[];
};

type Section = "head" | "preamble" | "operative";
type MutableSub = { text: string; subparagraphs: MutableSub[] };

export function recogniseResolution(source: readonly SourceLine[], assignments: ReadonlyMap<number, LineAssignment> = new Map()): ImportResult {
  const draft: PortableDraft = { schemaVersion: DRAFT_SCHEMA_VERSION, body: "security-council", sponsors: [], preamble: [], operative: [] };
  let body: Body | undefined;
  const lines: RecognisedLine[] = [];
  const unrecognised: UnrecognisedLine[] = [];
  let section = "head" as Section;
  let sawSponsorLine = false;
  const labels = new LabelLevels();
  /** The open subparagraph at each level under the last operative paragraph. */
  let subStack: MutableSub[] = [];
  /** The paragraph a wrapped line continues, and whether its source ended a sentence. */
  let lastContent: { append: (text: string) => void; isClosed: boolean } | undefined;

  const mark = (line: SourceLine, part: LinePart) => lines.push({ line: line.line, text: line.text.trim(), part });
  const setBody = (value: Body) => {
    body ??= value;
  };
  const notRecognised = (line: SourceLine) => {
    mark(line, "unrecognised");
    unrecognised.push({ line: line.line, text: line.text.trim() });
    lastContent = undefined;
  };
  const endsSentence = (text: string) => /[,;:.]\s*(and|or)?$/.test(text.trim());
  const tooMany = () => draft.preamble.length + draft.operative.length >= MAX_PARAGRAPHS;

  const addPreambular = (line: SourceLine, text: string, split = splitParagraph(text, line.emphasis)) => {
    const paragraph = { phrase: split.phrase, text: split.text };
    draft.preamble.push(paragraph);
    section = section === "head" ? "preamble" : section;
    mark(line, "preambular");
    lastContent = { append: (more) => (paragraph.text = stripFinalPunctuation(`${paragraph.text} ${more.trim()}`)), isClosed: endsSentence(text) };
  };
  const addOperative = (line: SourceLine, text: string, split = splitParagraph(text, line.emphasis)) => {
    const paragraph = { phrase: split.phrase, text: stripConnector(split.text), subparagraphs: [] as Subparagraph[] };
    draft.operative.push(paragraph);
    section = "operative";
    labels.reset();
    subStack = [];
    mark(line, "operative");
    lastContent = { append: (more) => (paragraph.text = stripConnector(`${paragraph.text} ${more.trim()}`)), isClosed: endsSentence(text) };
  };
  const addSubparagraph = (line: SourceLine, text: string, level: number) => {
    const parent = draft.operative[draft.operative.length - 1];
    const depth = Math.max(1, Math.min(level, subStack.length + 1));
    const sub: MutableSub = { text: stripConnector(text), subparagraphs: [] };
    if (depth === 1) parent.subparagraphs.push(sub);
    else subStack[depth - 2].subparagraphs.push(sub);
    subStack = [...subStack.slice(0, depth - 1), sub];
    mark(line, "subparagraph");
    lastContent = { append: (more) => (sub.text = stripConnector(`${sub.text} ${more.trim()}`)), isClosed: endsSentence(text) };
  };

  for (const line of source) {
    const text = line.text.replace(/[\s\u00a0]+/g, " ").trim();
    if (!text) continue;
    const assigned = assignments.get(line.line);
    if (assigned) {
      if (assigned === "drop" || tooMany()) {
        mark(line, "dropped");
        continue;
      }
      const label = readLeadingLabel(text);
      const words = label ? label.rest : text;
      if (assigned === "preambular") addPreambular(line, words);
      else if (assigned === "operative" || draft.operative.length === 0) addOperative(line, words);
      else addSubparagraph(line, words, Math.max(1, subStack.length));
      continue;
    }

    if (section === "head" || line.region === "header") {
      if (readHeadLine(line, text)) continue;
      if (line.region === "header") {
        notRecognised(line);
        continue;
      }
    }

    const organ = readOrganLine(text);
    if (organ) {
      setBody(organ);
      mark(line, "organ");
      if (section === "head") section = "preamble";
      lastContent = undefined;
      continue;
    }

    if (tooMany()) {
      notRecognised(line);
      continue;
    }

    // Word's own list numbering: level 0 is an operative paragraph, deeper levels subparagraphs.
    if (line.listLevel !== undefined) {
      if (line.listLevel === 0) addOperative(line, text);
      else if (draft.operative.length > 0) {
        labels.atLevel(line.listLevel);
        addSubparagraph(line, text, line.listLevel);
      } else notRecognised(line);
      continue;
    }

    const label = readLeadingLabel(text);
    if (label?.kind === "number") {
      addOperative(line, label.rest);
      continue;
    }
    if (label?.kind === "label") {
      if (draft.operative.length > 0) addSubparagraph(line, label.rest, labels.levelOf(label));
      else notRecognised(line);
      continue;
    }

    // A line that starts in lower case and follows an unfinished paragraph is that paragraph's
    // next line (text pasted from a PDF keeps its line breaks).
    if (lastContent && !lastContent.isClosed && /^[a-z(]/.test(text)) {
      lastContent.append(text);
      lastContent.isClosed = endsSentence(text);
      mark(line, "continuation");
      continue;
    }

    const split = splitParagraph(text, line.emphasis);
    if (split.kind === "operative" && split.isListed) {
      addOperative(line, text, split);
      continue;
    }
    // An unlisted opening counts in the preamble, or on a line that ends as preambular paragraphs do.
    const isPreambular = split.isListed || section === "preamble" || /,$/.test(text);
    if (section !== "operative" && isPreambular && (split.kind === "preambular" || (split.phrase && line.emphasis && split.kind === undefined))) {
      addPreambular(line, text, split);
      continue;
    }
    notRecognised(line);
  }

  draft.body = body ?? "security-council";
  return { draft: inSchemaOrder(draft), unrecognised, lines };

  /** The masthead and header lines; true when the line was one. */
  function readHeadLine(line: SourceLine, text: string): boolean {
    if (isMastheadLine(text)) {
      mark(line, "masthead");
      return true;
    }
    const symbol = readSymbol(text);
    if (symbol) {
      if (!draft.symbol) draft.symbol = symbol.symbol;
      setBody(symbol.body);
      mark(line, draft.symbol === symbol.symbol ? "symbol" : "masthead");
      return true;
    }
    const organName = readOrganName(text);
    if (organName) {
      setBody(organName);
      mark(line, "masthead");
      return true;
    }
    const date = readDate(text);
    if (date) {
      draft.date ??= date;
      mark(line, "date");
      return true;
    }
    const adopted = readAdoptedHeading(text);
    if (adopted) {
      draft.symbol ??= adopted.symbol;
      setBody(adopted.body);
      if (adopted.title) draft.title ??= adopted.title;
      mark(line, "adoption");
      return true;
    }
    const adoption = readAdoptionLine(text);
    if (adoption) {
      setBody(adoption.body);
      if (adoption.date) draft.date ??= adoption.date;
      mark(line, "adoption");
      return true;
    }
    const session = readSession(text);
    if (session) {
      draft.session ??= session;
      setBody("general-assembly");
      mark(line, "session");
      return true;
    }
    const agenda = readAgendaLine(text);
    if (agenda) {
      if ("number" in agenda) draft.agendaItemNumber ??= agenda.number;
      else draft.agendaItem ??= agenda.item;
      mark(line, "agenda-item");
      return true;
    }
    const sponsorLine = readSponsorLine(text);
    if (sponsorLine) {
      sawSponsorLine = true;
      addSponsors(line, sponsorLine.names, "sponsors");
      return true;
    }
    const header = readModelUnHeader(text);
    if (header) {
      switch (header.field) {
        case "forum": {
          const forum = readOrganName(header.value.replace(/^the\s+/i, ""));
          if (forum) setBody(forum);
          mark(line, "model-un-header");
          if (!forum && header.value) unrecognised.push({ line: line.line, text: header.value });
          return true;
        }
        case "question":
          if (header.value) draft.agendaItem ??= header.value;
          mark(line, "model-un-header");
          return true;
        case "submitter":
        case "co-submitters":
          addSponsors(line, header.value, "model-un-header");
          return true;
        case "other":
          mark(line, "model-un-header");
          return true;
        default: {
          const unreachable: never = header;
          throw new Error(`unknown header ${String(unreachable)}`);
        }
      }
    }
    // A General Assembly draft: the agenda item's words under its number; the title under the sponsor line.
    if (line.region !== "header" && body === "general-assembly" && readOrganLine(text) === undefined && !startsContent(text)) {
      if (!sawSponsorLine && draft.agendaItemNumber && !draft.agendaItem) {
        draft.agendaItem = text;
        mark(line, "agenda-item");
        return true;
      }
      if (sawSponsorLine && !draft.title) {
        draft.title = text;
        mark(line, "title");
        return true;
      }
    }
    return false;
  }

  function addSponsors(line: SourceLine, names: string, part: LinePart) {
    const read = readSponsorNames(names);
    for (const code of read.codes) if (!draft.sponsors.includes(code)) draft.sponsors.push(code);
    mark(line, part);
    // A name that is no State's stays in view for the user rather than vanishing.
    for (const name of read.unmatched) unrecognised.push({ line: line.line, text: name });
  }

  function startsContent(text: string): boolean {
    if (readLeadingLabel(text)) return true;
    const split = splitParagraph(text, undefined);
    return split.isListed;
  }
}

/** "…; and" closes a subparagraph in UN texts; the layout writes the punctuation, not the word. */
function stripConnector(text: string): string {
  return stripFinalPunctuation(stripFinalPunctuation(text).replace(/[;,]\s*(and|or)$/i, ""));
}

/** The fields in the order of the schema, unset ones left out, so the printed JSON reads as an export does. */
function inSchemaOrder(draft: PortableDraft): PortableDraft {
  const { schemaVersion, body, symbol, date, agendaItem, sponsors, title, session, agendaItemNumber, preamble, operative } = draft;
  const optional = { symbol, date, agendaItem };
  const assembly = { title, session, agendaItemNumber };
  const defined = (fields: Record<string, string | undefined>) => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return { schemaVersion, body, ...defined(optional), sponsors, ...defined(assembly), preamble, operative } as PortableDraft;
}

/** True when the document gave nothing a resolution is made of. */
export function hasResolutionText(result: ImportResult): boolean {
  return result.draft.preamble.length + result.draft.operative.length > 0;
}
