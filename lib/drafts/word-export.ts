import { z } from "zod";

/** The choices of the Word download; shared by the button and the route that builds the file. */
export const wordExportRequestSchema = z.object({
  document: z.unknown().optional(),
  style: z.enum(["un", "thimun"], { error: "style must be un or thimun" }).default("un"),
  paper: z.enum(["a4", "letter"], { error: "paper must be a4 or letter" }).default("a4"),
  provisional: z.boolean().default(false),
  conference: z.string().trim().max(120, "the conference name can be at most 120 characters").default(""),
});

export type WordExportRequest = z.infer<typeof wordExportRequestSchema>;
