/**
 * Speed of the exact vote probabilities (lib/core/vote/probability.ts). Prints figures, asserts
 * nothing (house style: speed goals are measured by benchmark scripts, not by timed tests).
 * Goals: one General Assembly evaluation (193 Members) under 5 ms; one Council evaluation under 0.05 ms.
 *
 *   npm run bench:vote
 */
import { performance } from "node:perf_hooks";
import { seededRandom } from "../lib/core/seeded-random";
import {
  assemblyOutcomeProbabilities,
  assemblySwing,
  councilOutcomeProbabilities,
  councilSwing,
  type AssemblyProbabilityInput,
  type CouncilProbabilityInput,
  type VoteProbabilities,
} from "../lib/core/vote/probability";

const WARM_UP = 300;
const INPUTS = 64;


function randomProbabilities(random: () => number): VoteProbabilities {
  const [y, n, a, np] = [random(), random(), random(), random() * 0.2];
  const total = y + n + a + np;
  return { Y: y / total, N: n / total, A: a / total, NP: np / total };
}

function councilInput(random: () => number): CouncilProbabilityInput {
  const permanent = ["CHN", "FRA", "GBR", "RUS", "USA"];
  const elected = ["ALB", "BRA", "GAB", "GHA", "IND", "IRL", "KEN", "MEX", "NOR", "ARE"];
  return {
    members: [...permanent, ...elected].map((iso3) => ({ iso3, permanent: permanent.includes(iso3), probabilities: randomProbabilities(random) })),
    required: 9,
    matter: "substantive",
  };
}

function assemblyInput(random: () => number, majority: AssemblyProbabilityInput["majority"]): AssemblyProbabilityInput {
  return { members: Array.from({ length: 193 }, (_, index) => ({ iso3: `M${index}`, probabilities: randomProbabilities(random) })), majority };
}

let sink = 0;

function measure<T>(label: string, inputs: T[], run: (input: T) => number, iterations: number, goalMs?: number): void {
  for (let index = 0; index < WARM_UP; index++) sink += run(inputs[index % inputs.length]);
  const times = new Float64Array(iterations);
  for (let index = 0; index < iterations; index++) {
    const input = inputs[index % inputs.length];
    const start = performance.now();
    sink += run(input);
    times[index] = performance.now() - start;
  }
  times.sort();
  const mean = times.reduce((sum, time) => sum + time, 0) / iterations;
  const p95 = times[Math.floor(iterations * 0.95)];
  const goal = goalMs === undefined ? "" : `  goal < ${goalMs} ms: ${p95 < goalMs ? "met" : "NOT met"} (p95)`;
  console.log(`${label.padEnd(44)} mean ${format(mean)}  p95 ${format(p95)}  (${iterations} runs)${goal}`);
}

function format(ms: number): string {
  return ms < 0.1 ? `${(ms * 1000).toFixed(2).padStart(8)} µs` : `${ms.toFixed(3).padStart(8)} ms`;
}

const random = seededRandom(20220226);
const councils = Array.from({ length: INPUTS }, () => councilInput(random));
const simple = Array.from({ length: INPUTS }, () => assemblyInput(random, "simple"));
const twoThirds = Array.from({ length: INPUTS }, () => assemblyInput(random, "two-thirds"));

console.log(`node ${process.version}, warm-up ${WARM_UP} runs, ${INPUTS} seeded random inputs per case`);
measure("Council, 15 members (with vetoBy)", councils, (input) => councilOutcomeProbabilities(input).adopted, 100_000, 0.05);
measure("General Assembly, 193, simple majority", simple, (input) => assemblyOutcomeProbabilities(input).adopted, 5_000, 5);
measure("General Assembly, 193, two-thirds", twoThirds, (input) => assemblyOutcomeProbabilities(input).adopted, 5_000, 5);
measure("Council swing, 15 members × Y/N/A", councils, (input) => councilSwing(input)[0].swing, 20_000);
measure("Assembly swing, 193 Members × Y/N/A, two-thirds", twoThirds, (input) => assemblySwing(input)[0].swing, 300);
if (Number.isNaN(sink)) console.log("(unreachable: keeps the results alive)");
