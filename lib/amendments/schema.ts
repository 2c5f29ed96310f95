import { z } from "zod";
import { AMENDMENT_ACTIONS, AMENDMENT_STATUSES, amendmentParagraphSchema, POSITIONS } from "@/lib/core/amend/schema";
import { getState } from "@/lib/core/un/states";
import { draftIdSchema } from "@/lib/drafts/schema";

/** What the amendments page sends; each shape validated here before a mutation runs. */

const paragraphIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Choose a paragraph of the draft.");

/** The States proposing an amendment, or an amendment to one. */
const sponsorsSchema = z
  .array(z.string().refine((iso3) => getState(iso3) !== undefined, "Each proposer must be a State (ISO 3166 alpha-3 code)."))
  .min(1, "Name at least one proposing State.")
  .max(200);

export const proposeAmendmentInputSchema = z
  .object({
    draftId: draftIdSchema,
    sponsors: sponsorsSchema,
    action: z.enum(AMENDMENT_ACTIONS, { error: "Choose insert, delete, replace or move." }),
    targetId: paragraphIdSchema,
    position: z.enum(POSITIONS).optional(),
    destinationId: paragraphIdSchema.optional(),
    paragraph: amendmentParagraphSchema.optional(),
  })
  .superRefine((input, context) => {
    if ((input.action === "insert" || input.action === "replace") && !input.paragraph?.text.trim()) {
      context.addIssue({ code: "custom", path: ["paragraph"], message: "Write the text of the amendment." });
    }
    if (input.action === "move" && !input.destinationId) context.addIssue({ code: "custom", path: ["destinationId"], message: "Choose where the paragraph goes." });
  });
export type ProposeAmendmentInput = z.infer<typeof proposeAmendmentInputSchema>;

export const amendmentIdSchema = z.string().regex(/^A[1-9]\d{0,5}$/, "Unknown amendment.");

/** An amendment to a pending amendment: the new text it proposes in place of the amendment's. */
export const proposeSubAmendmentInputSchema = z.object({
  draftId: draftIdSchema,
  amendmentId: amendmentIdSchema,
  sponsors: sponsorsSchema,
  // Only the words: the subparagraphs the amendment proposes stay as they are (taken from it on the server).
  paragraph: amendmentParagraphSchema.pick({ phrase: true, text: true }).refine((paragraph) => paragraph.text.trim().length > 0, "Write the text the amendment should propose instead."),
});
export type ProposeSubAmendmentInput = z.infer<typeof proposeSubAmendmentInputSchema>;

export const AMENDMENT_CHANGES = ["friendly", "withdraw", "confirm-review"] as const;
export type AmendmentChange = (typeof AMENDMENT_CHANGES)[number];

export const changeAmendmentInputSchema = z.object({
  draftId: draftIdSchema,
  amendmentId: amendmentIdSchema,
  change: z.enum(AMENDMENT_CHANGES),
});

export const recordVotesInputSchema = z.object({
  draftId: draftIdSchema,
  results: z
    .array(z.object({ amendmentId: amendmentIdSchema, status: z.enum(["adopted", "rejected", "lapsed"]), note: z.string().max(1_000).optional() }))
    .min(1)
    .max(2_000),
});

/** The chair's ruling on the order of voting, as stored (AmendmentVotingOrder.order): amendment ids. */
export const storedVotingOrderSchema = z.array(amendmentIdSchema).max(2_000);

/** Sets the order of voting with its reason, or (`ruling: null`) goes back to the order the rules propose. */
export const setVotingOrderInputSchema = z.object({
  draftId: draftIdSchema,
  ruling: z
    .object({
      order: z.array(amendmentIdSchema).min(1, "Name the amendments in the order of voting.").max(2_000),
      reason: z.string().trim().min(1, "Give the reason for the order (the President rules on it: provisional rule 36).").max(1_000, "Keep the reason under 1000 characters."),
    })
    .nullable(),
});

const DOCX_KINDS = ["amendments", "amended", "tracked"] as const;

/** The query of the amendments' Word export. */
export const amendmentDocxRequestSchema = z.object({
  kind: z.enum(DOCX_KINDS, { error: "kind must be amendments, amended or tracked" }),
  ids: z
    .string()
    .max(20_000)
    .transform((value) => value.split(",").map((item) => item.trim()).filter(Boolean))
    .pipe(z.array(amendmentIdSchema).max(2_000))
    .optional(),
  statuses: z
    .string()
    .max(200)
    .transform((value) => value.split(",").map((item) => item.trim()).filter(Boolean))
    .pipe(z.array(z.enum(AMENDMENT_STATUSES, { error: "Unknown status." })).max(6))
    .default(["friendly", "adopted", "proposed"]),
  paper: z.enum(["a4", "letter"], { error: "paper must be a4 or letter" }).default("a4"),
});
