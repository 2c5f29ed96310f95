import type { PortableDraft } from "./schema";
import type { Finding } from "./findings";
import { checkMetadata } from "./metadata-checks";
import { checkParagraph } from "./paragraph-checks";
import { listParagraphs } from "./paragraph-refs";
import { checkStructure } from "./structure-checks";

/**
 * The drafting checks: what a Secretariat editor or a Council legal adviser would flag before a
 * draft is put in blue. Each finding names the paragraph, gives a reason a delegate understands
 * and, where one click can settle it, a fix that `applyFix` carries out. Pure: plain data in,
 * plain data out.
 */
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
