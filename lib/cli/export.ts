import { buildDraftDocx, DRAFT_DOCX_STYLES, type DraftDocxStyle } from "@/lib/core/docx/build-draft-docx";
import { draftFileName } from "@/lib/core/docx/file-name";
import { PAPERS, type Paper } from "@/lib/core/docx/page-geometry";
import { formatDraftIssues, parsePortableDraft } from "@/lib/core/draft/schema";
import { parseOptions, readJsonInput, UsageError, type CliCommand, type CliIo } from "./io";

export const exportCommand: CliCommand = {
  name: "export",
  summary: "Export a draft resolution to Word (.docx) in UN or THIMUN layout",
  usage: [
    "npm run --silent unsc -- export [draft.json] [--out FILE.docx] [--style un|thimun] [--paper a4|letter]",
    "                                [--provisional] [--conference NAME] [--author NAME]",
    "",
    "Reads the portable draft JSON from the file, or from standard input without one.",
    "  --out          where to write; defaults to the suggested name (S-2022-155.docx) in the current directory",
    "  --style        un (default): the UN's own layout; thimun: the Model UN convention",
    "  --paper        a4 (default) or letter (New York documents are US Letter)",
    "  --provisional  UN style: \"Provisional\" in place of \"Distr.: General\", as a draft in blue",
    "  --conference   THIMUN style: the conference's name above the header lines",
    "  --author       the document's author property",
    "",
    "Prints the path written. A draft that does not match the schema prints one line per problem and exits 2.",
  ].join("\n"),
  run: async (io: CliIo) => {
    const { values: options, positionals } = parseOptions(io.args, {
      out: { type: "string" },
      style: { type: "string" },
      paper: { type: "string" },
      provisional: { type: "boolean" },
      conference: { type: "string" },
      author: { type: "string" },
    });
    if (positionals.length > 1) throw new UsageError(`expected at most one input file, got ${positionals.length}`);
    const style = choice<DraftDocxStyle>("style", options.style, DRAFT_DOCX_STYLES, "un");
    const paper = choice<Paper>("paper", options.paper, PAPERS, "a4");
    if (options.provisional && style !== "un") throw new UsageError("--provisional applies to --style un only");
    if (options.conference !== undefined && style !== "thimun") throw new UsageError("--conference applies to --style thimun only");

    const parsed = parsePortableDraft(await readJsonInput(io, positionals[0]));
    // One line per problem, each naming the field, so the user can fix them all in one go.
    if (!parsed.ok) throw new UsageError(formatDraftIssues(parsed.issues));

    const bytes = await buildDraftDocx(parsed.draft, {
      style,
      paper,
      distribution: options.provisional ? "provisional" : undefined,
      conference: options.conference,
      author: options.author,
    });
    const out = options.out ?? draftFileName(parsed.draft);
    if (!out.toLowerCase().endsWith(".docx")) throw new UsageError(`--out must name a .docx file, got ${out}`);
    try {
      await io.writeFile(out, bytes);
    } catch (error) {
      throw new UsageError(`cannot write ${out}: ${(error as Error).message}`);
    }
    io.out(`${out}\n`);
    return 0;
  },
};

function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, got ${value}`);
}
