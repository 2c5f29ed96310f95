import { z } from "zod";
import { CLASS_BODIES, CLASS_FIRST_YEAR, CLASS_LAST_YEAR } from "@/lib/core/classroom/seats";

/** One zod schema per request and per stored JSON shape of the classroom; types come from z.infer. */

export const idSchema = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, "is not an id");

export const iso3Schema = z
  .string({ error: "must be an ISO 3166 alpha-3 code such as USA" })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "must be an ISO 3166 alpha-3 code such as USA");

const nameSchema = z.string({ error: "must be text" }).trim().min(1, "must not be empty").max(60, "can be at most 60 characters");

export const createClassSchema = z.strictObject({
  name: z.string({ error: "Give the class a name." }).trim().min(1, "Give the class a name.").max(100, "The name can be at most 100 characters."),
  body: z.enum(CLASS_BODIES, { error: 'body must be "security-council" or "general-assembly"' }),
  year: z
    .number({ error: "year must be a number" })
    .int("year must be a whole number")
    .min(CLASS_FIRST_YEAR, `year must be between ${CLASS_FIRST_YEAR} and ${CLASS_LAST_YEAR}`)
    .max(CLASS_LAST_YEAR, `year must be between ${CLASS_FIRST_YEAR} and ${CLASS_LAST_YEAR}`),
  /** YYYY-MM-DD within the year, checked against it by lib/core/classroom/meeting-date.ts. */
  meetingDate: z.string({ error: "meetingDate must be a date written YYYY-MM-DD" }).max(20, "meetingDate must be a date written YYYY-MM-DD").optional(),
});

export const updateClassSchema = z
  .strictObject({
    name: createClassSchema.shape.name.optional(),
    locked: z.boolean({ error: "locked must be true or false" }).optional(),
    currentItem: z.string({ error: "currentItem must be text" }).trim().max(500, "currentItem can be at most 500 characters").optional(),
    speakingTimeSeconds: z.number({ error: "speakingTimeSeconds must be a number" }).int().min(10, "at least 10 seconds").max(1800, "at most 30 minutes").optional(),
    status: z.literal("ended", { error: 'status can only be set to "ended"' }).optional(),
    /** A date of the class's year (YYYY-MM-DD), or null to clear it. */
    meetingDate: z.union([createClassSchema.shape.meetingDate.unwrap(), z.null()], { error: "meetingDate must be a date written YYYY-MM-DD, or null" }).optional(),
  })
  .refine((value) => Object.values(value).some((field) => field !== undefined), "Nothing to change: send name, locked, currentItem, speakingTimeSeconds, meetingDate or status.");

export const joinSchema = z.strictObject({
  code: z.string({ error: "Enter the class code." }).max(40, "That is not a class code."),
  name: nameSchema.optional(),
});

export const autoAssignSchema = z.strictObject({ mode: z.enum(["random", "joined"], { error: 'mode must be "random" or "joined"' }).optional() });

export const assignSeatSchema = z.strictObject({
  delegateIds: z.array(idSchema, { error: "delegateIds must be a list of delegate ids" }).max(2, "At most two delegates share a seat."),
});

export const updateDelegateSchema = z.strictObject({ isChair: z.boolean({ error: "isChair must be true or false" }) });

export const tableDraftSchema = z.strictObject({
  draftId: idSchema,
  sponsors: z.array(iso3Schema).max(60, "at most 60 sponsors").optional(),
});

export const speakersRequestSchema = z.discriminatedUnion(
  "action",
  [
    z.strictObject({ action: z.literal("add"), iso3: iso3Schema.optional(), name: nameSchema.optional() }),
    z.strictObject({ action: z.literal("remove"), speakerId: idSchema }),
    z.strictObject({ action: z.literal("next") }),
    z.strictObject({ action: z.literal("clear") }),
  ],
  { error: 'action must be "add", "remove", "next" or "clear"' },
);

export const openVoteSchema = z.strictObject({
  draftId: idSchema.optional(),
  title: z.string({ error: "title must be text" }).trim().max(300, "title can be at most 300 characters").optional(),
  matter: z.enum(["substantive", "procedural"], { error: 'matter must be "substantive" or "procedural"' }),
  basis: z.enum(["chapter-vi", "chapter-vii"], { error: 'basis must be "chapter-vi" or "chapter-vii"' }).nullable().optional(),
  parties: z.array(iso3Schema).max(20, "at most 20 parties").optional(),
  rollCall: z.boolean({ error: "rollCall must be true or false" }).optional(),
  hideTally: z.boolean({ error: "hideTally must be true or false" }).optional(),
  kind: z.enum(["draft", "motion", "referral"], { error: 'kind must be "draft", "motion" or "referral"' }).optional(),
  majority: z.enum(["simple", "two-thirds"], { error: 'majority must be "simple" or "two-thirds"' }).optional(),
  /** On a tabled draft with amendments: the vote is the next item of its sequence (an amendment, or the draft as amended). */
  sequence: z.boolean({ error: "sequence must be true or false" }).optional(),
});

const ballotValueSchema = z.enum(["Y", "N", "A"], { error: 'vote must be "Y", "N" or "A"' });

export const ballotSchema = z.strictObject({ vote: ballotValueSchema });
export const botOverrideSchema = z.strictObject({ iso3: iso3Schema, vote: ballotValueSchema });
export const closeVoteSchema = z.strictObject({ botsVoteForSilent: z.boolean({ error: "botsVoteForSilent must be true or false" }).optional() });

// Stored JSON columns, parsed when read.

const speakerSchema = z.object({ id: z.string(), iso3: z.string().nullable(), name: z.string() });
export const storedSpeakersSchema = z.object({
  queue: z.array(speakerSchema),
  current: speakerSchema.extend({ startedAt: z.string() }).nullable(),
});
export type StoredSpeakers = z.infer<typeof storedSpeakersSchema>;

export const stringListSchema = z.array(z.string());
export const storedSeatsSchema = z.array(z.object({ iso3: z.string(), name: z.string(), shortName: z.string(), permanent: z.boolean() }));
export const storedBotVotesSchema = z.record(z.string(), ballotValueSchema);

export const storedResultSchema = z.object({
  outcome: z.enum(["adopted", "vetoed", "failed"]),
  yes: z.number(),
  no: z.number(),
  abstain: z.number(),
  notVoting: z.number(),
  vetoedBy: z.array(z.string()),
  statement: z.string(),
  ballots: z.record(z.string(), z.object({ vote: z.enum(["Y", "N", "A", "NP"]), by: z.enum(["delegate", "bot", "chair", "none"]) })),
  wayOn: z.object({ kind: z.literal("emergency-special-session"), required: z.number(), description: z.string() }).optional(),
});

/** The item of an amendment sequence a vote decides (ClassVote.sequenceStep). */
export const storedSequenceStepSchema = z.object({
  key: z.string().max(200),
  kind: z.enum(["amendment", "part", "draft", "division"]),
  label: z.string().max(300),
  amended: z.boolean(),
});

/** Division of the question asked on a tabled draft (TabledDraft.division; lib/core/classroom/amendment-votes.ts). */
export const storedDivisionSchema = z.object({
  parts: z.array(z.string().max(200)).max(200),
  label: z.string().max(300),
  objection: z.boolean(),
  after: z.array(z.string().max(200)).max(500),
});

/** The chair asks for separate votes on operative paragraphs, numbered as in the text as amended so far. */
export const divisionRequestSchema = z.strictObject({
  parts: z
    .array(z.number({ error: "parts: each part is an operative paragraph's number" }).int("parts: each part is a whole number").min(1, "parts: paragraph numbers start at 1"), {
      error: "parts must be a list of operative paragraph numbers",
    })
    .min(1, "parts: name at least one operative paragraph to vote on separately")
    .max(100, "parts: at most 100 paragraphs"),
  objection: z.boolean({ error: "objection must be true or false" }),
});

/** Zod's first messages, joined: what a client reads in `message`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("\n");
}

export function parseStored<T>(schema: z.ZodType<T>, text: string): T {
  return schema.parse(JSON.parse(text));
}
