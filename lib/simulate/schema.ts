import { z } from "zod";
import { COUNCIL_FIRST_YEAR, COUNCIL_LAST_YEAR } from "@/lib/core/un/council";
import { isoDateSchema } from "@/lib/core/draft/schema";
import { EXPLANATION_TIMINGS, MAX_EXPLANATION_LENGTH } from "@/lib/core/vote/explanations";

const YEAR_MESSAGE = `must be a year from ${COUNCIL_FIRST_YEAR} to ${COUNCIL_LAST_YEAR}`;

const iso3 = z.string().regex(/^[A-Z]{3}$/, "must be a three-letter state code");

/** One simulated vote as the simulator sends it and the Simulation table stores it. */
export const simulationInputSchema = z.object({
  year: z.number().int().min(COUNCIL_FIRST_YEAR, YEAR_MESSAGE).max(COUNCIL_LAST_YEAR, YEAR_MESSAGE),
  matter: z.enum(["substantive", "procedural"], { error: "must be substantive or procedural" }),
  pacificSettlement: z.enum(["chapter-vi", "article-52-3"]).nullable(),
  parties: z.array(iso3).max(20),
  votes: z.record(iso3, z.enum(["Y", "N", "A", "NP"], { error: "each vote must be Y, N, A or NP" })),
  presidentIso3: iso3.nullable(),
  voteDate: isoDateSchema.nullable(),
  draftId: z.string().min(1).max(64).nullable(),
  label: z.string().trim().max(120).default(""),
  /** Explanations of vote before or after it (rule 88); stored rows from before they existed read as none. */
  explanations: z
    .array(
      z.object({
        iso3,
        timing: z.enum(EXPLANATION_TIMINGS, { error: "must be before or after" }),
        text: z.string().trim().min(1, "must not be empty").max(MAX_EXPLANATION_LENGTH, `must be at most ${MAX_EXPLANATION_LENGTH} characters`),
      }),
    )
    .max(30, "at most 30 explanations")
    .default([]),
});

export type SimulationInput = z.infer<typeof simulationInputSchema>;

export const simulationResultSchema = z.object({
  outcome: z.enum(["adopted", "vetoed", "failed"]),
  yes: z.number(),
  no: z.number(),
  abstain: z.number(),
  notVoting: z.number(),
  required: z.number(),
  vetoedBy: z.array(z.string()),
  statement: z.string(),
});

export type SimulationResult = z.infer<typeof simulationResultSchema>;

export const predictionRequestSchema = z.object({
  year: z.number().int().min(COUNCIL_FIRST_YEAR, YEAR_MESSAGE).max(COUNCIL_LAST_YEAR, YEAR_MESSAGE),
  draftId: z.string().min(1).max(64).nullable(),
  matter: z.enum(["substantive", "procedural"]),
  topic: z.string().trim().max(300).default(""),
  sponsors: z.array(iso3).max(60).default([]),
  voteDate: isoDateSchema.nullable(),
});

export type PredictionRequest = z.infer<typeof predictionRequestSchema>;
