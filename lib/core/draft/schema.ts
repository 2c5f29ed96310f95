import { z } from "zod";

/**
 * The portable draft: the JSON document users import and export, and what the `lint` and
 * `export` commands read. Stored drafts use the same shape with every paragraph id filled in.
 * A new field must be optional; a change of shape bumps `schemaVersion` with a migration here.
 */
export const DRAFT_SCHEMA_VERSION = 1;

/** Deeper nesting is accepted so that the checks can report it; the editor stops at four. */
export const MAX_NESTING_ACCEPTED = 8;
export const MAX_SUBPARAGRAPH_LEVELS = 4;
export const MAX_TEXT_LENGTH = 20_000;
export const MAX_PARAGRAPHS = 2_000;
/**
 * All paragraphs and subparagraphs of a draft together, at every level: the per-level cap alone
 * lets nesting multiply (2,000 × 2,000 × …). The longest resolutions run to a few hundred.
 */
export const MAX_TOTAL_PARAGRAPHS = 2_000;
/** A portable draft as JSON (import, export, the drafts API's bodies): 2,000 ordinary paragraphs fit well within. */
export const MAX_DRAFT_JSON_BYTES = 4 * 1024 * 1024;

export const BODIES = ["security-council", "general-assembly"] as const;
export type Body = (typeof BODIES)[number];

const idSchema = z
  .string()
  .min(1, "must not be empty")
  .max(64, "must be at most 64 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "may hold only letters, digits, - and _");

const textSchema = z.string().max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`);
const phraseSchema = z.string().max(200, "must be at most 200 characters");

export type Subparagraph = {
  id?: string;
  text: string;
  subparagraphs: Subparagraph[];
};

function subparagraphSchemaAt(depth: number): z.ZodType<Subparagraph> {
  const children =
    depth >= MAX_NESTING_ACCEPTED
      ? z.array(z.never()).max(0, `subparagraphs may nest at most ${MAX_NESTING_ACCEPTED} levels`)
      : z.lazy(() => z.array(subparagraphSchemaAt(depth + 1)).max(MAX_PARAGRAPHS));
  return z.object({
    id: idSchema.optional(),
    text: textSchema,
    subparagraphs: children.default([]),
  }) as unknown as z.ZodType<Subparagraph>;
}

export const subparagraphSchema = subparagraphSchemaAt(1);

export const preambularParagraphSchema = z.object({
  id: idSchema.optional(),
  phrase: phraseSchema,
  text: textSchema,
});

export const operativeParagraphSchema = z.object({
  id: idSchema.optional(),
  phrase: phraseSchema,
  text: textSchema,
  subparagraphs: z.array(subparagraphSchema).max(MAX_PARAGRAPHS).default([]),
});

/**
 * A real calendar date written YYYY-MM-DD (zod's ISO date, leap years included): the one date
 * rule of drafts, predictions and simulations. The message says whether the form or the day is wrong.
 */
export const isoDateSchema = z.iso.date({
  error: (issue) => (/^\d{4}-\d{2}-\d{2}$/.test(String(issue.input)) ? "is not a real calendar date" : "must be a date written YYYY-MM-DD"),
});

export const portableDraftSchema = z.object({
  schemaVersion: z.literal(DRAFT_SCHEMA_VERSION, { error: `must be ${DRAFT_SCHEMA_VERSION}` }),
  body: z.enum(BODIES, { error: `must be one of ${BODIES.join(", ")}` }),
  symbol: z.string().trim().max(60, "must be at most 60 characters").optional(),
  date: isoDateSchema.optional(),
  agendaItem: z.string().max(1_000, "must be at most 1000 characters").optional(),
  sponsors: z
    .array(z.string().regex(/^[A-Z]{3}$/, "must be an ISO 3166 alpha-3 code in capitals, such as USA"))
    .max(200)
    .default([]),
  title: z.string().max(1_000, "must be at most 1000 characters").optional(),
  /** General Assembly only: the session line ("Eighty-first session") and agenda item number. */
  session: z.string().max(200).optional(),
  agendaItemNumber: z.string().max(50).optional(),
  preamble: z.array(preambularParagraphSchema).max(MAX_PARAGRAPHS).default([]),
  operative: z.array(operativeParagraphSchema).max(MAX_PARAGRAPHS).default([]),
  /** Set once the draft is adopted: it is then laid out as the resolution (lib/core/draft/adoption.ts). */
  adoption: z
    .object({
      /** The resolution's number: "2623" (Council); "ES-11/1" or "78/5" (Assembly: session/number). */
      resolution: z
        .string()
        .trim()
        .regex(/^(?:\d{1,5}|(?:ES-\d{1,2}|S-\d{1,2}|\d{1,3})\/\d{1,4})$/, "must be a resolution number such as 2623, 78/5 or ES-11/1"),
      /** The meeting (Council) or plenary meeting (Assembly) at which it was adopted. */
      meeting: z.number().int("must be a whole number").min(1, "must be at least 1").max(99_999, "must be at most 99999").optional(),
      date: isoDateSchema,
      /** The recorded vote, when there was one; absent for adoption without a vote. */
      vote: z
        .object({ yes: z.number().int().min(0).max(200), no: z.number().int().min(0).max(200), abstain: z.number().int().min(0).max(200) })
        .optional(),
    })
    .optional(),
}).superRefine((draft, context) => {
  const total = countParagraphs(draft);
  if (total > MAX_TOTAL_PARAGRAPHS) {
    context.addIssue({
      code: "custom",
      path: [],
      message: `has ${total} paragraphs and subparagraphs in all; a draft may have at most ${MAX_TOTAL_PARAGRAPHS}`,
    });
  }
});

/** Preambular and operative paragraphs and their subparagraphs at every level. */
export function countParagraphs(draft: { preamble: unknown[]; operative: { subparagraphs?: Subparagraph[] }[] }): number {
  const subparagraphs = (list: Subparagraph[] | undefined): number => (list ?? []).reduce((sum, sub) => sum + 1 + subparagraphs(sub.subparagraphs), 0);
  return draft.preamble.length + draft.operative.reduce((sum, paragraph) => sum + 1 + subparagraphs(paragraph.subparagraphs), 0);
}

export type PortableDraft = z.infer<typeof portableDraftSchema>;
export type PreambularParagraph = z.infer<typeof preambularParagraphSchema>;
export type OperativeParagraph = z.infer<typeof operativeParagraphSchema>;

/** A draft as stored: every paragraph carries a stable id. */
export type Draft = PortableDraft & {
  preamble: (PreambularParagraph & { id: string })[];
  operative: (Omit<OperativeParagraph, "subparagraphs"> & { id: string; subparagraphs: StoredSubparagraph[] })[];
};
export type StoredSubparagraph = { id: string; text: string; subparagraphs: StoredSubparagraph[] };

export type DraftIssue = { path: string; message: string };

export type ParseDraftResult = { ok: true; draft: PortableDraft } | { ok: false; issues: DraftIssue[] };

/** Renders a zod path as users read it: operative[2].subparagraphs[0].text */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(document)";
}

export function parsePortableDraft(input: unknown): ParseDraftResult {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return { ok: false, issues: [{ path: "(document)", message: "must be a JSON object describing a draft" }] };
  }
  const result = portableDraftSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, draft: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issueMessage(issue) })),
  };
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    const received = (issue as { input?: unknown }).input;
    if (received === undefined) return `is required (${issue.expected})`;
    return `must be ${article(issue.expected)} (got ${describe(received)})`;
  }
  if (issue.code === "unrecognized_keys") return `unknown field(s): ${issue.keys.join(", ")}`;
  return issue.message;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}

/** One line per issue, the form the command line and the import dialog print. */
export function formatDraftIssues(issues: DraftIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join("\n");
}

export function isRealDate(value: string): boolean {
  return isoDateSchema.safeParse(value).success;
}

/** Gives every paragraph a stable id; ids come from the caller so the core stays deterministic. */
export function withIds(draft: PortableDraft, newId: () => string): Draft {
  const seen = new Set<string>();
  const take = (id: string | undefined) => {
    let value = id && !seen.has(id) ? id : newId();
    while (seen.has(value)) value = newId();
    seen.add(value);
    return value;
  };
  const subs = (list: Subparagraph[]): StoredSubparagraph[] =>
    list.map((sub) => ({ id: take(sub.id), text: sub.text, subparagraphs: subs(sub.subparagraphs ?? []) }));
  return {
    ...draft,
    preamble: draft.preamble.map((paragraph) => ({ ...paragraph, id: take(paragraph.id) })),
    operative: draft.operative.map((paragraph) => ({
      ...paragraph,
      id: take(paragraph.id),
      subparagraphs: subs(paragraph.subparagraphs),
    })),
  };
}

/** A deterministic id source for scripts and tests: p1, p2, … */
export function sequentialIds(prefix = "p"): () => string {
  let next = 0;
  return () => `${prefix}${++next}`;
}
