import { z } from "zod";
import { CLASS_FIRST_YEAR, CLASS_LAST_YEAR } from "@/lib/core/classroom/seats";
import { isoDateSchema } from "@/lib/core/draft/schema";

const YEAR_MESSAGE = `must be a year from ${CLASS_FIRST_YEAR} to ${CLASS_LAST_YEAR}`;
const iso3 = z.string().regex(/^[A-Z]{3}$/, "must be a three-letter state code");

/** What the Assembly simulator sends to have every Member's vote predicted. */
export const assemblyPredictionRequestSchema = z
  .object({
    year: z.number({ error: YEAR_MESSAGE }).int(YEAR_MESSAGE).min(CLASS_FIRST_YEAR, YEAR_MESSAGE).max(CLASS_LAST_YEAR, YEAR_MESSAGE),
    /** The date of the vote; the record is read up to the day before. */
    date: isoDateSchema.nullable().default(null),
    draftId: z.string().min(1).max(64).nullable().default(null),
    /** Without a draft: what the draft is about ("Aggression against Ukraine", "human rights"). */
    title: z.string().trim().max(300, "must be at most 300 characters").default(""),
    sponsors: z.array(iso3).max(193).default([]),
    majority: z.enum(["simple", "two-thirds"], { error: "must be simple or two-thirds" }).default("simple"),
  })
  .refine((request) => request.date === null || Number(request.date.slice(0, 4)) === request.year, { message: "must fall in the year chosen", path: ["date"] });

export type AssemblyPredictionRequest = z.infer<typeof assemblyPredictionRequestSchema>;
