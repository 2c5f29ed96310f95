import { performance } from "node:perf_hooks";
import { buildDraftDocx, type DraftDocxStyle } from "../lib/core/docx/build-draft-docx";
import { syntheticDraft } from "./bench-draft";

/**
 * Export time of a 200-paragraph draft (60 preambular, 140 operative, every fifth operative with
 * subparagraphs two levels deep). Goal: under 150 ms a document.
 */
const GOAL_MS = 150;
const WARMUP = 5;
const RUNS = 40;

async function measure(style: DraftDocxStyle): Promise<{ mean: number; p95: number; max: number; bytes: number }> {
  const draft = syntheticDraft();
  let bytes = 0;
  for (let run = 0; run < WARMUP; run++) bytes = (await buildDraftDocx(draft, { style, paper: "letter" })).byteLength;
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    await buildDraftDocx(draft, { style, paper: "letter" });
    times.push(performance.now() - start);
  }
  times.sort((left, right) => left - right);
  const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
  const p95 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)];
  return { mean, p95, max: times[times.length - 1], bytes };
}

async function main() {
  console.log(`Word export of a 200-paragraph draft (60 preambular, 140 operative), ${RUNS} runs after ${WARMUP} warm-up runs`);
  let isWithinGoal = true;
  for (const style of ["un", "thimun"] as const) {
    const { mean, p95, max, bytes } = await measure(style);
    isWithinGoal &&= p95 < GOAL_MS;
    console.log(
      `  ${style.padEnd(6)}  mean ${mean.toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   max ${max.toFixed(1)} ms   ${(bytes / 1024).toFixed(1)} KiB`,
    );
  }
  console.log(`Goal: p95 under ${GOAL_MS} ms — ${isWithinGoal ? "met" : "NOT met"}`);
}

void main();
