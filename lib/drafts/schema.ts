import { z } from "zod";
import { BODIES } from "@/lib/core/draft/schema";
import { TEMPLATE_IDS } from "@/lib/core/draft/templates";
import { emailSchema } from "@/lib/accounts/schema";
import { SHARE_ACCESS } from "./access";

/**
 * The drafting feature's request shapes. Documents themselves are validated by the core's
 * portable draft schema (parsePortableDraft), which words its issues for users.
 */

export const draftIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const revisionNumberSchema = z.coerce.number().int().positive().max(1_000_000_000);

/** PUT /api/drafts/[id]: the autosave. */
export const saveRequestSchema = z.object({
  baseRevision: z.number({ error: "baseRevision must be a number" }).int().positive(),
  document: z.unknown(),
});

/** POST /api/drafts: create from a portable draft (import) or a template. */
export const createRequestSchema = z.union([
  z.object({ templateId: z.enum(TEMPLATE_IDS) }),
  z.object({ blank: z.enum(BODIES) }),
  z.object({ document: z.custom<unknown>((value) => value !== undefined, "document is required") }),
]);

export const createDraftInputSchema = z.discriminatedUnion("source", [
  z.object({ source: z.literal("blank"), body: z.enum(BODIES).default("security-council") }),
  z.object({ source: z.literal("template"), templateId: z.enum(TEMPLATE_IDS) }),
]);
export type CreateDraftInput = z.infer<typeof createDraftInputSchema>;

export const shareInputSchema = z.object({
  draftId: draftIdSchema,
  email: emailSchema,
  access: z.enum(SHARE_ACCESS, { error: "Choose co-author or reader." }),
});

export const unshareInputSchema = z.object({ draftId: draftIdSchema, userId: draftIdSchema });

export const revokeInvitationInputSchema = z.object({ draftId: draftIdSchema, invitationId: draftIdSchema });

export const invitationIdSchema = draftIdSchema;

export const restoreRevisionInputSchema = z.object({ draftId: draftIdSchema, number: revisionNumberSchema });

export const listQuerySchema = z.string().trim().max(200).catch("");

/** The kinds of revision, as stored in DraftRevision.kind. */
export const REVISION_KINDS = ["create", "import", "save", "restore"] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

const REVISION_KIND_LABELS: Record<RevisionKind, string> = {
  create: "Created",
  import: "Imported",
  save: "Saved",
  restore: "Restored",
};

export function revisionKindLabel(kind: string): string {
  return (REVISION_KINDS as readonly string[]).includes(kind) ? REVISION_KIND_LABELS[kind as RevisionKind] : kind;
}
