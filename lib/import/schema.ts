import { z } from "zod";
import { LINE_ASSIGNMENTS } from "@/lib/core/import/recognise";
import { MAX_SOURCE_LINES } from "@/lib/core/import/source";
import { MAX_TEXT_LENGTH } from "@/lib/core/draft/schema";

/** What the review screen sends back: the source lines as read, and the user's decisions. */
export const sourceLineSchema = z.strictObject({
  line: z.number().int().min(1).max(MAX_SOURCE_LINES * 2),
  text: z.string().max(MAX_TEXT_LENGTH),
  listLevel: z.number().int().min(0).max(8).optional(),
  emphasis: z.string().max(1_000).optional(),
  region: z.enum(["header", "body"]).optional(),
});

export const confirmImportSchema = z.strictObject({
  lines: z.array(sourceLineSchema).min(1).max(MAX_SOURCE_LINES),
  assignments: z
    .array(z.strictObject({ line: z.number().int().min(1), choice: z.enum(LINE_ASSIGNMENTS as readonly ["preambular", "operative", "subparagraph", "drop"]) }))
    .max(MAX_SOURCE_LINES),
});

export type ConfirmImportInput = z.infer<typeof confirmImportSchema>;
