import type { PortableDraft } from "../lib/core/draft/schema";

/** The long sentence every paragraph of the benchmarks' drafts repeats. */
export const SENTENCE =
  "the obligation of all States under the Charter of the United Nations to refrain in their international relations from the threat or use of force against the territorial integrity or political independence of any State";

/** A 200-paragraph Council draft (60 preambular, 140 operative, every fifth with subparagraphs): the benchmarks' document. */
export function syntheticDraft(): PortableDraft {
  return {
    schemaVersion: 1,
    body: "security-council",
    symbol: "S/2026/999",
    date: "2026-03-12",
    sponsors: ["ALB", "FRA", "GBR", "USA", "JPN", "MLT"],
    preamble: Array.from({ length: 60 }, (_, index) => ({ phrase: index % 2 ? "Recalling also" : "Reaffirming", text: SENTENCE })),
    operative: Array.from({ length: 140 }, (_, index) => ({
      phrase: index % 3 ? "Calls upon" : "Decides",
      text: SENTENCE,
      subparagraphs:
        index % 5 === 0
          ? [
              { text: SENTENCE, subparagraphs: [{ text: "monthly", subparagraphs: [] }, { text: "in writing", subparagraphs: [] }] },
              { text: SENTENCE, subparagraphs: [] },
            ]
          : [],
    })),
  };
}
