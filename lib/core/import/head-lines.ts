import type { Body } from "../draft/schema";
import { isRealDate } from "../draft/schema";

/**
 * The lines above a resolution's text: the UN masthead (UN_LAYOUT.md, First-page masthead), the
 * General Assembly's session and agenda lines, the sponsor line, the Model UN (THIMUN) header
 * lines and the headings of adopted texts. Each reader returns what the line says, or undefined.
 */

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "25 February 2022" (UN form) or "February 25, 2022" → 2022-02-25. */
export function readDate(text: string): string | undefined {
  const trimmed = text.trim().replace(/\.$/, "");
  let day: number;
  let month: number;
  let year: number;
  const unForm = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(trimmed);
  const usForm = /^([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})$/.exec(trimmed);
  if (unForm) {
    day = Number(unForm[1]);
    month = MONTHS.indexOf(unForm[2].toLowerCase()) + 1;
    year = Number(unForm[3]);
  } else if (usForm) {
    day = Number(usForm[2]);
    month = MONTHS.indexOf(usForm[1].toLowerCase()) + 1;
    year = Number(usForm[3]);
  } else {
    return undefined;
  }
  if (month < 1) return undefined;
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isRealDate(iso) ? iso : undefined;
}

/** A date somewhere in a line ("… at its 8980th meeting, on 27 February 2022"). */
export function findDate(text: string): string | undefined {
  const match = /(\d{1,2}\s+[A-Za-z]+\s+\d{4})/.exec(text);
  return match ? readDate(match[1]) : undefined;
}

/**
 * Document symbols: S/2022/155, S/RES/2623 (2022), A/ES-11/L.1, A/78/L.5, A/RES/ES-11/1,
 * S/2022/155/Rev.1. Only the symbol stands on the line.
 */
const SYMBOL = /^(S|A)\/(?:[A-Z]+\/|ES-\d+\/|\d+\/)*[A-Za-z0-9.\-]+(?:\/(?:Rev|Add|Corr)\.\d+)*(?:\s+\(\d{4}\))?$/;

export function readSymbol(text: string): { symbol: string; body: Body } | undefined {
  const trimmed = text.trim().replace(/\s+/g, " ");
  if (!SYMBOL.test(trimmed) || trimmed.length > 60) return undefined;
  return { symbol: trimmed, body: trimmed.startsWith("S/") ? "security-council" : "general-assembly" };
}

export function readOrganName(text: string): Body | undefined {
  const key = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (key === "security council") return "security-council";
  if (key === "general assembly") return "general-assembly";
  return undefined;
}

/** "The Security Council," — the words that open the text (THIMUN prints them in capitals). */
export function readOrganLine(text: string): Body | undefined {
  const match = /^the\s+(security council|general assembly)\s*,?$/i.exec(text.trim());
  return match ? readOrganName(match[1]) : undefined;
}

/** Masthead lines that carry nothing the draft stores. */
export function isMastheadLine(text: string): boolean {
  const trimmed = text.trim();
  return (
    /^united nations$/i.test(trimmed) ||
    /^distr\.?\s*:?\s*(general|limited|restricted)$/i.test(trimmed) ||
    /^provisional$/i.test(trimmed) ||
    /^original\s*:\s*[A-Za-z, ]+$/i.test(trimmed) ||
    /^\[?without reference to a main committee.*\]?$/i.test(trimmed)
  );
}

/** General Assembly session lines: "Seventy-sixth session", "Eleventh emergency special session". */
export function readSession(text: string): string | undefined {
  const trimmed = text.trim();
  return /^[A-Z][a-z]+(?:-[a-z]+)?(?:\s+(?:emergency\s+)?special)?\s+session$/.test(trimmed) ? trimmed : undefined;
}

/** "Agenda item 5" or "Agenda items 5 and 7" (a number), or "Agenda item: The situation in …" (words). */
export function readAgendaLine(text: string): { number: string } | { item: string } | undefined {
  const match = /^agenda\s+items?\s*:?\s*(.+)$/i.exec(text.trim());
  if (!match) return undefined;
  const value = match[1].trim();
  if (/^[\d\s(),a-z]{1,50}$/.test(value) && /^\d/.test(value) && !/[A-Z]/.test(value)) return { number: value };
  return { item: value };
}

/** "Albania, Ireland and United States of America: draft resolution"; "Draft resolution" alone. */
export function readSponsorLine(text: string): { names: string } | undefined {
  const trimmed = text.trim();
  if (/^(?:revised\s+)?draft resolution$/i.test(trimmed)) return { names: "" };
  const match = /^(.+?)\s*:\s*(?:revised\s+)?draft resolution\.?$/i.exec(trimmed);
  return match ? { names: match[1] } : undefined;
}

export type ModelUnHeader =
  | { field: "forum"; value: string }
  | { field: "question"; value: string }
  | { field: "submitter"; value: string }
  | { field: "co-submitters"; value: string }
  | { field: "other"; value: string };

/** THIMUN header lines: "FORUM:", "QUESTION OF:", "SUBMITTED BY:", "CO-SUBMITTED BY:" (UN_LAYOUT.md, Model UN styles). */
export function readModelUnHeader(text: string): ModelUnHeader | undefined {
  const match = /^\s*([A-Za-z][A-Za-z -]{1,30}?)\s*:\s*(.*)$/.exec(text);
  if (!match) return undefined;
  const label = match[1].toUpperCase().replace(/\s+/g, " ");
  const value = match[2].trim();
  switch (label) {
    case "FORUM":
    case "COMMITTEE":
      return { field: "forum", value };
    case "QUESTION OF":
    case "QUESTION":
    case "TOPIC":
    case "ISSUE":
      return { field: "question", value };
    case "SUBMITTED BY":
    case "MAIN SUBMITTER":
    case "SPONSOR":
    case "MAIN SPONSOR":
      return { field: "submitter", value };
    case "CO-SUBMITTED BY":
    case "CO-SUBMITTERS":
    case "CO-SPONSORS":
    case "CO-SPONSORED BY":
    case "SIGNATORIES":
      return { field: "co-submitters", value };
    case "APPROVAL PANEL":
    case "RESOLUTION":
    case "CONFERENCE":
      return { field: "other", value };
    default:
      return undefined;
  }
}

/** Headings of adopted texts: "Resolution 2623 (2022)", "ES-11/1. Aggression against Ukraine". */
export function readAdoptedHeading(text: string): { symbol: string; body: Body; title?: string } | undefined {
  const trimmed = text.trim();
  const council = /^resolution\s+(\d{1,5})\s+\((\d{4})\)$/i.exec(trimmed);
  if (council) return { symbol: `S/RES/${council[1]} (${council[2]})`, body: "security-council" };
  const assembly = /^((?:ES-\d+|\d{1,3})\/\d{1,4}(?:\s+[A-Z])?)\.\s+(.+)$/.exec(trimmed);
  if (assembly) return { symbol: `A/RES/${assembly[1]}`, body: "general-assembly", title: assembly[2].trim() };
  return undefined;
}

/** "Adopted by the Security Council at its 8980th meeting, on 27 February 2022"; "Resolution adopted by the General Assembly on 2 March 2022". */
export function readAdoptionLine(text: string): { body: Body; date?: string } | undefined {
  const match = /^(?:resolution\s+)?adopted\s+by\s+the\s+(security council|general assembly)\b(.*)$/i.exec(text.trim());
  if (!match) return undefined;
  return { body: readOrganName(match[1])!, date: findDate(match[2]) };
}
