import { proposeOrderOfVoting } from "@/lib/core/amend/order";
import { formatAmendmentsIssues, parseAmendmentsFile, resolveAmendments } from "@/lib/core/amend/portable";
import { amendmentKey, runVotingSequence, type ItemOutcome } from "@/lib/core/amend/sequence";
import { formatDraftIssues, parsePortableDraft, withIds, type Draft, type PortableDraft, type Subparagraph } from "@/lib/core/draft/schema";
import { parseOptions, readJsonInput, UsageError, type CliCommand, type CliIo } from "./io";

/**
 * `unsc amend DRAFT.json AMENDMENTS.json [--adopt id,...]`: the proposed order of voting on the
 * amendments, and the draft as amended by the adopted ones, applied in that order. Amendments
 * accepted as friendly are applied without a vote; an amendment whose target an adopted one removed
 * lapses. Prints JSON: { order, applied, lapsed, draft }.
 */

/** Ids the workbench gives paragraphs that had none, removed again from the output. */
const GENERATED_PREFIX = "__unsc_";

function stripGenerated(draft: Draft): PortableDraft {
  const clean = <T extends { id?: string }>(paragraph: T): T => {
    if (!paragraph.id?.startsWith(GENERATED_PREFIX)) return paragraph;
    const { id: _generated, ...rest } = paragraph;
    void _generated;
    return rest as T;
  };
  const subs = (list: Subparagraph[]): Subparagraph[] => list.map((sub) => ({ ...clean(sub), subparagraphs: subs(sub.subparagraphs ?? []) }));
  return {
    ...draft,
    preamble: draft.preamble.map(clean),
    operative: draft.operative.map((paragraph) => ({ ...clean(paragraph), subparagraphs: subs(paragraph.subparagraphs) })),
  };
}

export const amendCommand: CliCommand = {
  name: "amend",
  summary: "Order the amendments to a draft for voting and apply the adopted ones",
  usage: [
    "npm run --silent unsc -- amend DRAFT.json AMENDMENTS.json [--adopt id,id,...]",
    "",
    "DRAFT.json is a portable draft (docs/draft.schema.json); AMENDMENTS.json an amendments file",
    "(docs/amendments.schema.json) whose targets use the draft's printed numbering: pp3, op2, op2(b), op2(b)(i).",
    "  --adopt  the amendments adopted; they are applied in the proposed order of voting",
    "",
    'Prints JSON { "order", "applied", "lapsed": [{ "id", "reason" }], "draft" }. A target that does not',
    "exist, or a malformed file: one line on stderr, exit 2.",
  ].join("\n"),
  run: async (io: CliIo) => {
    const { values: options, positionals } = parseOptions(io.args, { adopt: { type: "string" } });
    if (positionals.length !== 2) throw new UsageError("amend takes two files: DRAFT.json AMENDMENTS.json");
    const [draftFile, amendmentsFile] = positionals;

    const parsedDraft = parsePortableDraft(await readJsonInput(io, draftFile));
    if (!parsedDraft.ok) throw new UsageError(`${draftFile}: ${formatDraftIssues(parsedDraft.issues).split("\n").join("; ")}`);
    const parsedFile = parseAmendmentsFile(await readJsonInput(io, amendmentsFile));
    if (!parsedFile.ok) throw new UsageError(`${amendmentsFile}: ${formatAmendmentsIssues(parsedFile.issues)}`);

    let generated = 0;
    const draft = withIds(parsedDraft.draft, () => `${GENERATED_PREFIX}${++generated}`);
    const resolved = resolveAmendments(draft, parsedFile.file.amendments);
    if (!resolved.ok) throw new UsageError(`${amendmentsFile}: ${formatAmendmentsIssues(resolved.issues)}`);

    const known = new Set(resolved.amendments.map((amendment) => amendment.id));
    const adopted = (options.adopt ?? "").split(",").map((id) => id.trim()).filter(Boolean);
    const unknown = adopted.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new UsageError(`--adopt names no amendment of ${amendmentsFile}: ${unknown.join(", ")}`);

    const order = proposeOrderOfVoting(draft, resolved.amendments, draft.body).map((item) => item.id);
    const adoptedSet = new Set(adopted);
    const outcomes: Record<string, ItemOutcome> = Object.fromEntries(order.map((id) => [amendmentKey(id), adoptedSet.has(id) ? "adopted" : "rejected"]));
    const run = runVotingSequence({ draft, amendments: resolved.amendments, order, outcomes });

    const report = { order, applied: run.applied, lapsed: run.lapsed, draft: stripGenerated(run.draft) };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  },
};
