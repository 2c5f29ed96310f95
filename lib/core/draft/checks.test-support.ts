import { expect } from "vitest";
import { checkDraft } from "./checks";
import type { Finding, FindingCode } from "./findings";
import type { PortableDraft, Subparagraph } from "./schema";

/** Draft builders for the drafting checks' tests: a clean Council draft, and one assembly draft. */
export type Operative = PortableDraft["operative"][number];

export const pre = (phrase: string, text: string) => ({ phrase, text });
export const op = (phrase: string, text: string, subparagraphs: Subparagraph[] = []): Operative => ({ phrase, text, subparagraphs });
export const sub = (text: string, subparagraphs: Subparagraph[] = []): Subparagraph => ({ text, subparagraphs });
export const SEIZED = op("Decides", "to remain seized of the matter");

/** A clean Council draft: the checks have nothing to say about it. */
export function council(partial: Partial<PortableDraft> = {}): PortableDraft {
  return {
    schemaVersion: 1,
    body: "security-council",
    sponsors: ["ALB", "USA"],
    preamble: [pre("Reaffirming", "its commitment to the sovereignty, independence, unity and territorial integrity of Ukraine")],
    operative: [op("Deplores", "the aggression against Ukraine"), SEIZED],
    ...partial,
  };
}

export function assembly(partial: Partial<PortableDraft> = {}): PortableDraft {
  return council({ body: "general-assembly", title: "Aggression against Ukraine", operative: [op("Deplores", "the aggression")], ...partial });
}

export function codes(draft: PortableDraft): FindingCode[] {
  return checkDraft(draft).map((item) => item.code);
}

export function only(draft: PortableDraft, code: FindingCode): Finding {
  const found = checkDraft(draft).filter((item) => item.code === code);
  expect(found, `expected one ${code} in ${JSON.stringify(checkDraft(draft))}`).toHaveLength(1);
  return found[0];
}
