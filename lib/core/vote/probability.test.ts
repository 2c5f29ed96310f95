import { describe, expect, it } from "vitest";
import { decideAssemblyVote, type AssemblyMajority } from "./assembly-rules";
import { decideCouncilVote, type CouncilMatter } from "./council-rules";
import {
  assemblyOutcomeProbabilities,
  assemblySwing,
  councilOutcomeProbabilities,
  councilSwing,
  type AssemblyProbabilityMember,
  type CouncilProbabilityMember,
  type VoteProbabilities,
} from "./probability";
import { VOTE_VALUES, type VoteValue } from "./vote-value";
import { VoteError } from "./vote-error";
import { seededRandom } from "../seeded-random";


function randomProbabilities(random: () => number): VoteProbabilities {
  const withNotParticipating = random() < 0.5;
  const weights = [random(), random(), random(), withNotParticipating ? random() : 0];
  // Sometimes a certain vote, to exercise the exact-zero paths.
  if (random() < 0.15) {
    const sure = Math.floor(random() * 3);
    weights.forEach((_, index) => (weights[index] = index === sure ? 1 : 0));
  }
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const [Y, N, A, NP] = weights.map((weight) => weight / total);
  return withNotParticipating ? { Y, N, A, NP } : { Y, N, A: A + NP };
}

function probabilityOf(probabilities: VoteProbabilities, vote: VoteValue): number {
  return vote === "NP" ? (probabilities.NP ?? 0) : probabilities[vote];
}

/** Every combination of votes, weighted by its probability: 4^n cases, for small n only. */
function* enumerate(members: { iso3: string; probabilities: VoteProbabilities }[]): Generator<{ votes: { iso3: string; vote: VoteValue }[]; weight: number }> {
  const total = 4 ** members.length;
  for (let code = 0; code < total; code++) {
    let rest = code;
    let weight = 1;
    const votes = members.map((member) => {
      const vote = VOTE_VALUES[rest % 4];
      rest = Math.floor(rest / 4);
      weight *= probabilityOf(member.probabilities, vote);
      return { iso3: member.iso3, vote };
    });
    if (weight > 0) yield { votes, weight };
  }
}

function bruteForceCouncil(members: CouncilProbabilityMember[], required: number, matter: CouncilMatter) {
  const result = { adopted: 0, vetoed: 0, failed: 0, vetoBy: {} as Record<string, number> };
  for (const member of members) if (member.permanent) result.vetoBy[member.iso3] = 0;
  for (const { votes, weight } of enumerate(members)) {
    // The rules themselves decide each combination: the DP must agree with decideCouncilVote.
    const decision = decideCouncilVote({ members, required, matter, votes });
    result[decision.outcome] += weight;
    for (const iso3 of decision.vetoedBy) result.vetoBy[iso3] += weight;
  }
  return result;
}

function bruteForceAssembly(members: AssemblyProbabilityMember[], majority: AssemblyMajority) {
  const result = { adopted: 0, failed: 0 };
  for (const { votes, weight } of enumerate(members)) {
    result[decideAssemblyVote({ majority, votes, members: members.map((member) => member.iso3) }).outcome] += weight;
  }
  return result;
}

function expectClose(actual: Record<string, number>, expected: Record<string, number>) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const key of Object.keys(expected)) expect(Math.abs(actual[key] - expected[key])).toBeLessThan(1e-12);
}

function randomCouncil(random: () => number, size: number, permanentCount: number): CouncilProbabilityMember[] {
  return Array.from({ length: size }, (_, index) => ({
    iso3: `C${index}`,
    permanent: index < permanentCount,
    probabilities: randomProbabilities(random),
  }));
}

const certain = (vote: "Y" | "N" | "A" | "NP"): VoteProbabilities => ({ Y: 0, N: 0, A: 0, NP: 0, [vote]: 1 });

describe("councilOutcomeProbabilities: exact, by dynamic programming", () => {
  it("matches brute-force enumeration through decideCouncilVote on 40 random small Councils to 1e-12", () => {
    const random = seededRandom(20220225);
    for (let trial = 0; trial < 40; trial++) {
      const size = 5 + (trial % 3);
      const members = randomCouncil(random, size, 1 + (trial % 3));
      const required = 1 + Math.floor(random() * size);
      const matter: CouncilMatter = trial % 4 === 3 ? "procedural" : "substantive";
      expectClose(
        flatten(councilOutcomeProbabilities({ members, required, matter })),
        flatten(bruteForceCouncil(members, required, matter)),
      );
    }
  });

  it("S/2022/155 with certain votes: vetoed with probability 1, by the Russian Federation", () => {
    const against = ["RUS"];
    const abstaining = ["CHN", "IND", "ARE"];
    const members = ["ALB", "BRA", "CHN", "FRA", "GAB", "GHA", "GBR", "IND", "IRL", "KEN", "MEX", "NOR", "RUS", "ARE", "USA"].map((iso3) => ({
      iso3,
      permanent: ["CHN", "FRA", "GBR", "RUS", "USA"].includes(iso3),
      probabilities: certain(against.includes(iso3) ? "N" : abstaining.includes(iso3) ? "A" : "Y"),
    }));
    expect(councilOutcomeProbabilities({ members, required: 9, matter: "substantive" })).toEqual({
      adopted: 0,
      vetoed: 1,
      failed: 0,
      vetoBy: { CHN: 0, FRA: 0, GBR: 0, RUS: 1, USA: 0 },
    });
    // Resolution 2623: the same votes on a procedural matter.
    expect(councilOutcomeProbabilities({ members, required: 9, matter: "procedural" })).toMatchObject({ adopted: 1, vetoed: 0 });
  });

  it("counts P(vetoed and member voted N) per permanent member, so two vetoes may overlap", () => {
    const members = [
      { iso3: "CHN", permanent: true, probabilities: { Y: 0, N: 0.5, A: 0.5 } },
      { iso3: "RUS", permanent: true, probabilities: { Y: 0, N: 0.5, A: 0.5 } },
      { iso3: "E1", permanent: false, probabilities: certain("Y") },
      { iso3: "E2", permanent: false, probabilities: certain("Y") },
    ];
    const result = councilOutcomeProbabilities({ members, required: 2, matter: "substantive" });
    expect(result).toEqual({ adopted: 0.25, vetoed: 0.75, failed: 0, vetoBy: { CHN: 0.5, RUS: 0.5 } });
  });

  it("refuses probabilities that do not sum to 1, or a required number out of range", () => {
    const members = [{ iso3: "E1", permanent: false, probabilities: { Y: 0.5, N: 0.2, A: 0.2 } }];
    expect(() => councilOutcomeProbabilities({ members, required: 1, matter: "substantive" })).toThrow(VoteError);
    expect(() => councilOutcomeProbabilities({ members: [{ ...members[0], probabilities: certain("Y") }], required: 2, matter: "substantive" })).toThrow(
      /between 1 and 1/,
    );
  });
});

describe("assemblyOutcomeProbabilities: exact, by dynamic programming", () => {
  it("matches brute-force enumeration through decideAssemblyVote on 40 random small Assemblies to 1e-12", () => {
    const random = seededRandom(3772);
    for (let trial = 0; trial < 40; trial++) {
      const size = 5 + (trial % 3);
      const members = Array.from({ length: size }, (_, index) => ({ iso3: `G${index}`, probabilities: randomProbabilities(random) }));
      const majority: AssemblyMajority = trial % 2 === 0 ? "two-thirds" : "simple";
      expectClose(assemblyOutcomeProbabilities({ members, majority }), bruteForceAssembly(members, majority));
    }
  });

  it("A/RES/ES-11/1 with certain votes: 141-5-35 of 193 is adopted with probability 1", () => {
    const members = Array.from({ length: 193 }, (_, index) => ({
      iso3: `M${index}`,
      probabilities: certain(index < 141 ? "Y" : index < 146 ? "N" : index < 181 ? "A" : "NP"),
    }));
    expect(assemblyOutcomeProbabilities({ members, majority: "two-thirds" })).toEqual({ adopted: 1, failed: 0 });
  });

  it("a certain tie fails; all abstaining fails under two-thirds", () => {
    const tie = [{ iso3: "A", probabilities: certain("Y") }, { iso3: "B", probabilities: certain("N") }, { iso3: "C", probabilities: certain("A") }];
    expect(assemblyOutcomeProbabilities({ members: tie, majority: "simple" })).toEqual({ adopted: 0, failed: 1 });
    const quiet = [{ iso3: "A", probabilities: certain("A") }, { iso3: "B", probabilities: certain("NP") }];
    expect(assemblyOutcomeProbabilities({ members: quiet, majority: "two-thirds" })).toEqual({ adopted: 0, failed: 1 });
  });

  it("193 alike Members: agrees with the closed-form multinomial sum over the Art. 18 thresholds", () => {
    // Every Member votes yes, no or abstains with the same odds, so the chance of y yes and n no
    // is the multinomial term 193! / (y! n! a!) · p^y · q^n · r^a; the majority decides which terms
    // count (rule 85: more yes than no; rule 83: at least twice as many yes as no, and one yes).
    const [p, q, r] = [0.55, 0.3, 0.15];
    const size = 193;
    const logFactorial = [0];
    for (let k = 1; k <= size; k++) logFactorial.push(logFactorial[k - 1] + Math.log(k));
    const closedForm = (passes: (yes: number, no: number) => boolean) => {
      let adopted = 0;
      for (let yes = 0; yes <= size; yes++) {
        for (let no = 0; no + yes <= size; no++) {
          if (!passes(yes, no)) continue;
          const abstain = size - yes - no;
          adopted += Math.exp(logFactorial[size] - logFactorial[yes] - logFactorial[no] - logFactorial[abstain] + yes * Math.log(p) + no * Math.log(q) + abstain * Math.log(r));
        }
      }
      return adopted;
    };
    const members = Array.from({ length: size }, (_, index) => ({ iso3: `M${index}`, probabilities: { Y: p, N: q, A: r } }));
    const simple = assemblyOutcomeProbabilities({ members, majority: "simple" });
    const twoThirds = assemblyOutcomeProbabilities({ members, majority: "two-thirds" });
    expect(Math.abs(simple.adopted - closedForm((yes, no) => yes > no))).toBeLessThan(1e-9);
    expect(Math.abs(twoThirds.adopted - closedForm((yes, no) => yes >= 1 && yes >= 2 * no))).toBeLessThan(1e-9);
    // Expected 106 yes to 58 no: comfortably a simple majority, a close call for two-thirds.
    expect(simple.adopted).toBeGreaterThan(0.99);
    expect(twoThirds.adopted).toBeGreaterThan(0.3);
    expect(twoThirds.adopted).toBeLessThan(0.7);
  });
});

describe("swing analysis: P(adopted) if one member voted Y, N or A", () => {
  it("Council: matches brute force with that member's vote fixed", () => {
    const random = seededRandom(2334);
    for (let trial = 0; trial < 10; trial++) {
      const members = randomCouncil(random, 6, 2);
      const required = 2 + (trial % 4);
      const matter: CouncilMatter = trial % 3 === 2 ? "procedural" : "substantive";
      const swings = councilSwing({ members, required, matter });
      members.forEach((member, position) => {
        for (const vote of ["Y", "N", "A"] as const) {
          const fixed = members.map((other, index) => (index === position ? { ...other, probabilities: certain(vote) } : other));
          const expected = bruteForceCouncil(fixed, required, matter);
          expect(Math.abs(swings[position].adoptedIf[vote] - expected.adopted)).toBeLessThan(1e-12);
          expect(Math.abs(swings[position].vetoedIf[vote] - expected.vetoed)).toBeLessThan(1e-12);
        }
        const values = Object.values(swings[position].adoptedIf);
        expect(swings[position].swing).toBeCloseTo(Math.max(...values) - Math.min(...values), 15);
      });
    }
  });

  it("Council: a certain P5 no makes that member the whole swing of a draft with the votes", () => {
    const members = ["CHN", "FRA", "E1", "E2", "E3"].map((iso3) => ({
      iso3,
      permanent: iso3 === "CHN" || iso3 === "FRA",
      probabilities: certain(iso3 === "CHN" ? "N" : "Y"),
    }));
    const chn = councilSwing({ members, required: 3, matter: "substantive" }).find((entry) => entry.iso3 === "CHN")!;
    expect(chn).toMatchObject({ adoptedIf: { Y: 1, N: 0, A: 1 }, vetoedIf: { Y: 0, N: 1, A: 0 }, swing: 1 });
  });

  it("Assembly: matches brute force on small cases, both majorities", () => {
    const random = seededRandom(76262);
    for (let trial = 0; trial < 12; trial++) {
      const members = Array.from({ length: 6 }, (_, index) => ({ iso3: `G${index}`, probabilities: randomProbabilities(random) }));
      const majority: AssemblyMajority = trial % 2 === 0 ? "two-thirds" : "simple";
      const swings = assemblySwing({ members, majority });
      members.forEach((member, position) => {
        for (const vote of ["Y", "N", "A"] as const) {
          const fixed = members.map((other, index) => (index === position ? { ...other, probabilities: certain(vote) } : other));
          expect(Math.abs(swings[position].adoptedIf[vote] - bruteForceAssembly(fixed, majority).adopted)).toBeLessThan(1e-12);
        }
      });
    }
  });

  it("Assembly: with 193 Members, agrees with a full re-evaluation for sampled Members", () => {
    const random = seededRandom(141);
    const members = Array.from({ length: 193 }, (_, index) => ({ iso3: `M${index}`, probabilities: randomProbabilities(random) }));
    for (const majority of ["simple", "two-thirds"] as const) {
      const swings = assemblySwing({ members, majority });
      for (const position of [0, 1, 96, 191, 192]) {
        for (const vote of ["Y", "N", "A"] as const) {
          const fixed = members.map((other, index) => (index === position ? { ...other, probabilities: certain(vote) } : other));
          expect(Math.abs(swings[position].adoptedIf[vote] - assemblyOutcomeProbabilities({ members: fixed, majority }).adopted)).toBeLessThan(1e-12);
        }
      }
    }
  });
});

function flatten(result: { adopted: number; vetoed: number; failed: number; vetoBy: Record<string, number> }): Record<string, number> {
  const flat: Record<string, number> = { adopted: result.adopted, vetoed: result.vetoed, failed: result.failed };
  for (const [iso3, value] of Object.entries(result.vetoBy)) flat[`vetoBy.${iso3}`] = value;
  return flat;
}
