import { formatUnDate } from "../un/un-date";
import type { PortableDraft } from "./schema";

/**
 * An adopted draft becomes a resolution: its number and heading, its symbol, the President's
 * words, and the adopted layout (no sponsor line). In the forms of the Council's and the
 * Assembly's documents: "Resolution 2623 (2022) / Adopted by the Security Council at its 8980th
 * meeting, on 27 February 2022", S/RES/2623 (2022); "Resolution adopted by the General Assembly on
 * 2 March 2022 / ES-11/1. Aggression against Ukraine", A/RES/ES-11/1.
 */
export type Adoption = NonNullable<PortableDraft["adoption"]>;

/** 8980 → "8980th", 1 → "1st", 12 → "12th", 22 → "22nd". */
export function ordinal(value: number): string {
  const lastTwo = value % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : (["th", "st", "nd", "rd"][value % 10] ?? "th");
  return `${value}${suffix}`;
}

/** "2623 (2022)" for the Council; "ES-11/1" for the Assembly, whose numbers carry the session. */
export function resolutionName(draft: Pick<PortableDraft, "body">, adoption: Adoption): string {
  switch (draft.body) {
    case "security-council":
      return `${adoption.resolution} (${adoption.date.slice(0, 4)})`;
    case "general-assembly":
      return adoption.resolution;
    default: {
      const unreachable: never = draft.body;
      return unreachable;
    }
  }
}

/** S/RES/2623 (2022); A/RES/ES-11/1. */
export function resolutionSymbol(draft: Pick<PortableDraft, "body">, adoption: Adoption): string {
  switch (draft.body) {
    case "security-council":
      return `S/RES/${resolutionName(draft, adoption)}`;
    case "general-assembly":
      return `A/RES/${adoption.resolution}`;
    default: {
      const unreachable: never = draft.body;
      return unreachable;
    }
  }
}

/** The two heading lines of the adopted text. */
export function resolutionHeading(draft: Pick<PortableDraft, "body" | "title">, adoption: Adoption): { heading: string; adoptedLine: string } {
  const date = formatUnDate(adoption.date) ?? adoption.date;
  switch (draft.body) {
    case "security-council": {
      const meeting = adoption.meeting ? ` at its ${ordinal(adoption.meeting)} meeting,` : "";
      return { heading: `Resolution ${resolutionName(draft, adoption)}`, adoptedLine: `Adopted by the Security Council${meeting} on ${date}` };
    }
    case "general-assembly": {
      const title = draft.title?.trim();
      return { heading: `Resolution adopted by the General Assembly on ${date}`, adoptedLine: `${adoption.resolution}.${title ? ` ${title}` : ""}` };
    }
    default: {
      const unreachable: never = draft.body;
      return unreachable;
    }
  }
}

/** The President's announcement after an adopting vote: "… has been adopted as resolution 2623 (2022)." */
export function adoptionAnnouncement(draft: Pick<PortableDraft, "body">, adoption: Adoption): string {
  return `The draft resolution has been adopted as resolution ${resolutionName(draft, adoption)}.`;
}

/**
 * A decided vote's statement with the resolution's number: "The draft resolution was adopted by 11
 * votes to 1, with 3 abstentions, and has been adopted as resolution 2623 (2022)" is not how the
 * records read; they give the tally, then the President's announcement, as two sentences.
 */
export function withAdoptionAnnouncement(statement: string, outcome: string, draft: Pick<PortableDraft, "body" | "adoption">): string {
  if (outcome !== "adopted" || !draft.adoption) return statement;
  return `${statement} ${adoptionAnnouncement(draft, draft.adoption)}`;
}

/** The document as adopted: the resolution symbol in place of the draft's, no sponsors (they belong to the draft). */
export function asAdoptedDocument<T extends PortableDraft>(draft: T): T {
  if (!draft.adoption) return draft;
  return { ...draft, symbol: resolutionSymbol(draft, draft.adoption), date: draft.adoption.date, sponsors: [] };
}
