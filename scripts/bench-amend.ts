import { performance } from "node:perf_hooks";
import { proposeOrderOfVoting } from "../lib/core/amend/order";
import { resolveAmendments } from "../lib/core/amend/portable";
import { amendmentKey, runVotingSequence } from "../lib/core/amend/sequence";
import type { PortableAmendment } from "../lib/core/amend/schema";
import { trackChanges } from "../lib/core/amend/tracked";
import { sequentialIds, withIds, type PortableDraft } from "../lib/core/draft/schema";
import { SENTENCE } from "./bench-draft";

/**
 * 200 amendments on a 200-paragraph draft (60 preambular, 140 operative, every fifth with
 * subparagraphs): resolving their printed targets, proposing the order of voting, applying every
 * amendment in that order (all adopted, so each later one is checked for lapse against the text so
 * far), and the tracked-changes view. Goal: applying them well under 50 ms.
 */
const GOAL_MS = 50;
const WARMUP = 5;
const RUNS = 40;

function syntheticDraft(): PortableDraft {
  return {
    schemaVersion: 1,
    body: "security-council",
    sponsors: ["ALB", "FRA", "GBR", "USA"],
    preamble: Array.from({ length: 60 }, (_, index) => ({ phrase: index % 2 ? "Recalling also" : "Reaffirming", text: SENTENCE })),
    operative: Array.from({ length: 140 }, (_, index) => ({
      phrase: index % 3 ? "Calls upon" : "Decides",
      text: SENTENCE,
      subparagraphs: index % 5 === 0 ? [{ text: SENTENCE, subparagraphs: [{ text: "monthly", subparagraphs: [] }] }, { text: SENTENCE, subparagraphs: [] }] : [],
    })),
  };
}

/** A mix as real sessions see it: mostly replacements, then insertions, deletions and a few moves. */
function syntheticAmendments(): PortableAmendment[] {
  return Array.from({ length: 200 }, (_, index): PortableAmendment => {
    const id = `A${index + 1}`;
    const op = `op${(index % 140) + 1}`;
    switch (index % 10) {
      case 0:
      case 1:
        return { id, sponsors: ["RUS"], action: "insert", target: op, position: "after", paragraph: { phrase: "Urges", text: `all parties to exercise restraint (${index})` } };
      case 2:
        return { id, sponsors: ["CHN"], action: "delete", target: op };
      case 3:
        return { id, sponsors: ["BRA"], action: "move", target: `pp${(index % 60) + 1}`, position: "before", to: "pp1" };
      case 4:
        return { id, sponsors: ["IND"], action: "replace", target: `pp${(index % 60) + 1}`, paragraph: { text: SENTENCE.replace("all States", "all Member States") } };
      default:
        return { id, sponsors: ["ARE"], action: "replace", target: op, paragraph: { phrase: "Requests", text: SENTENCE.replace("refrain", "abstain") } };
    }
  });
}

function percentile(times: number[], share: number): number {
  const sorted = [...times].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)];
}

function measure(label: string, action: () => unknown): number {
  for (let run = 0; run < WARMUP; run++) action();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    action();
    times.push(performance.now() - start);
  }
  const p50 = percentile(times, 0.5);
  const p95 = percentile(times, 0.95);
  console.log(`  ${label.padEnd(44)} p50 ${p50.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms`);
  return p95;
}

function main() {
  const draft = withIds(syntheticDraft(), sequentialIds("p"));
  const portable = syntheticAmendments();
  const resolved = resolveAmendments(draft, portable);
  if (!resolved.ok) throw new Error(resolved.issues[0].message);
  const amendments = resolved.amendments;
  const order = proposeOrderOfVoting(draft, amendments, "security-council").map((item) => item.id);
  const outcomes = Object.fromEntries(order.map((id) => [amendmentKey(id), "adopted" as const]));
  const check = runVotingSequence({ draft, amendments, order, outcomes });

  console.log(`200 amendments on a 200-paragraph draft (60 preambular, 140 operative), ${RUNS} runs after ${WARMUP} warm-up runs`);
  console.log(`  (all adopted: ${check.applied.length} applied, ${check.lapsed.length} lapsed; the amended draft has ${check.draft.preamble.length + check.draft.operative.length} paragraphs)`);
  measure("resolve printed targets", () => resolveAmendments(draft, portable));
  measure("propose the order of voting", () => proposeOrderOfVoting(draft, amendments, "security-council"));
  const apply = measure("apply all 200 in that order (with lapses)", () => runVotingSequence({ draft, amendments, order, outcomes }));
  measure("tracked-changes view of all 200", () => trackChanges(draft, amendments, ["proposed"]));
  console.log(`Goal: applying under ${GOAL_MS} ms (p95) — ${apply < GOAL_MS ? "met" : "NOT met"}`);
}

main();
