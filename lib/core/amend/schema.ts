import { z } from "zod";

/**
 * Amendments to a draft. Two shapes: the portable amendments file (targets by the draft's printed
 * numbering, "op2(b)") and the stored amendment (targets by stable paragraph id, so that an
 * amendment follows its paragraph when the draft is edited). A new field must be optional; a change
 * of shape bumps `schemaVersion`.
 */
export const AMENDMENTS_SCHEMA_VERSION = 1;
export const MAX_AMENDMENTS = 2_000;

export const AMENDMENT_ACTIONS = ["insert", "delete", "replace", "move"] as const;
export type AmendmentAction = (typeof AMENDMENT_ACTIONS)[number];

/**
 * proposed → voted (adopted / rejected), or accepted by the sponsors of the draft as "friendly"
 * (applied without a vote), withdrawn by its proposers, or lapsed (its target gone after another
 * amendment was adopted: GA rules of procedure, rule 90, last sentence).
 */
export const AMENDMENT_STATUSES = ["proposed", "friendly", "withdrawn", "adopted", "rejected", "lapsed"] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

export const POSITIONS = ["before", "after"] as const;
export type Position = (typeof POSITIONS)[number];

const idSchema = z
  .string()
  .min(1, "must not be empty")
  .max(64, "must be at most 64 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "may hold only letters, digits, - and _");

const iso3Schema = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 3166 alpha-3 code in capitals, such as USA");

/** "pp3", "op2", "op2(b)", "op2(b)(i)": the printed numbering of a paragraph. */
export const PRINTED_TARGET = /^(pp|op)([1-9]\d{0,3})((?:\([a-z]{1,4}\))*)$/;

const targetSchema = z
  .string()
  .trim()
  .regex(PRINTED_TARGET, 'must name a paragraph as printed: "pp3", "op2", "op2(b)" or "op2(b)(i)"');

export type AmendmentSubparagraph = { text: string; subparagraphs?: AmendmentSubparagraph[] };

const subparagraphSchema: z.ZodType<AmendmentSubparagraph> = z.lazy(() =>
  z.object({ text: z.string().max(20_000), subparagraphs: z.array(subparagraphSchema).max(200).optional() }),
);

export const amendmentParagraphSchema = z.object({
  phrase: z.string().max(200, "must be at most 200 characters").optional(),
  text: z.string().max(20_000, "must be at most 20000 characters"),
  subparagraphs: z.array(subparagraphSchema).max(200).optional(),
});
export type AmendmentParagraph = z.infer<typeof amendmentParagraphSchema>;

/** One amendment in the portable file: the format of `unsc amend` and of the draft's JSON. */
export const portableAmendmentSchema = z
  .object({
    id: idSchema,
    sponsors: z.array(iso3Schema).min(1, "must name at least one proposing State").max(200),
    action: z.enum(AMENDMENT_ACTIONS, { error: `must be one of ${AMENDMENT_ACTIONS.join(", ")}` }),
    target: targetSchema,
    position: z.enum(POSITIONS, { error: "must be before or after" }).optional(),
    /** move: the paragraph it goes before or after. */
    to: targetSchema.optional(),
    paragraph: amendmentParagraphSchema.optional(),
    /** A sub-amendment: the id of the amendment whose new text it replaces. */
    amends: idSchema.optional(),
    status: z.enum(AMENDMENT_STATUSES).optional(),
  })
  .superRefine((amendment, context) => {
    const needsParagraph = amendment.action === "insert" || amendment.action === "replace";
    if (needsParagraph && !amendment.paragraph) context.addIssue({ code: "custom", path: ["paragraph"], message: `is required for ${amendment.action}` });
    if (amendment.action === "insert" && !amendment.position) context.addIssue({ code: "custom", path: ["position"], message: "is required for insert (before or after)" });
    if (amendment.action === "move" && !amendment.to) context.addIssue({ code: "custom", path: ["to"], message: "is required for move (the paragraph it goes before or after)" });
  });
export type PortableAmendment = z.infer<typeof portableAmendmentSchema>;

export const amendmentsFileSchema = z
  .object({
    schemaVersion: z.literal(AMENDMENTS_SCHEMA_VERSION, { error: `must be ${AMENDMENTS_SCHEMA_VERSION}` }),
    amendments: z.array(portableAmendmentSchema).max(MAX_AMENDMENTS),
  })
  .superRefine((file, context) => {
    const seen = new Set<string>();
    file.amendments.forEach((amendment, index) => {
      if (seen.has(amendment.id)) context.addIssue({ code: "custom", path: ["amendments", index, "id"], message: `"${amendment.id}" is used twice` });
      seen.add(amendment.id);
    });
    const ids = new Set(file.amendments.map((amendment) => amendment.id));
    file.amendments.forEach((amendment, index) => {
      if (amendment.amends !== undefined && !ids.has(amendment.amends)) {
        context.addIssue({ code: "custom", path: ["amendments", index, "amends"], message: `names no amendment of this file ("${amendment.amends}")` });
      }
    });
  });
export type AmendmentsFile = z.infer<typeof amendmentsFileSchema>;

/** What the amendment was written against: its target as it read then, kept for "needs review". */
export const writtenAgainstSchema = z.object({ label: z.string().max(40), phrase: z.string().max(200), text: z.string().max(20_000) });
export type WrittenAgainst = z.infer<typeof writtenAgainstSchema>;

export const historyEntrySchema = z.object({
  status: z.enum(AMENDMENT_STATUSES),
  /** ISO date-time, given by the caller (the core reads no clock). */
  at: z.string().max(40),
  by: z.string().max(200).optional(),
  note: z.string().max(1_000).optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** An amendment as stored with its draft: targets by paragraph id. */
export const amendmentSchema = z.object({
  id: idSchema,
  sponsors: z.array(iso3Schema).min(1).max(200),
  action: z.enum(AMENDMENT_ACTIONS),
  targetId: idSchema,
  position: z.enum(POSITIONS).optional(),
  destinationId: idSchema.optional(),
  paragraph: amendmentParagraphSchema.optional(),
  amends: idSchema.optional(),
  status: z.enum(AMENDMENT_STATUSES),
  writtenAgainst: writtenAgainstSchema,
  /** The reason of a lapse, shown beside the amendment. */
  reason: z.string().max(1_000).optional(),
  history: z.array(historyEntrySchema).max(200).default([]),
});
export type Amendment = z.infer<typeof amendmentSchema>;
