import { joinWithAnd } from "../un/list-format";
import { subparagraphLabel } from "./layout";
import { findPlaceholders } from "./templates";

/**
 * The drafting checks' catalogue: every finding a check can give, its severity, where it is
 * and the fix that `applyFix` carries out; how a finding's place is named.
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
  | "assembly-finding"
  | "non-member-sponsors"
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
  "chapter-vii-not-last": "advice",
  "chapter-vii-without-determination": "error",
  "chapter-vii-in-assembly": "warning",
  "binding-form-in-assembly": "advice",
  "assembly-finding": "advice",
  "non-member-sponsors": "advice",
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

export function finding(code: FindingCode, paragraph: FindingLocation, message: string, fix?: Fix): Finding {
  return fix ? { code, severity: FINDING_SEVERITY[code], paragraph, message, fix } : { code, severity: FINDING_SEVERITY[code], paragraph, message };
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

export function placeholderFindings(text: string, where: FindingLocation, subject: string): Finding[] {
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
  return joinWithAnd(items.map((item) => `"${item}"`));
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
