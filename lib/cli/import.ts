import { importErrorMessage, isImportError, MAX_IMPORT_BYTES } from "@/lib/import/errors";
import { importFile } from "@/lib/import/read-file";
import { parseOptions, UsageError, type CliCommand, type CliIo } from "./io";

export const importCommand: CliCommand = {
  name: "import",
  summary: "Import a draft resolution from a Word file (.docx) or plain text (.txt) into the portable JSON",
  usage: [
    "npm run --silent unsc -- import FILE.docx|FILE.txt [--json]",
    "",
    "Recognises the masthead, sponsors, Model UN header lines, preambular and operative paragraphs",
    "and subparagraphs, and prints the portable draft (schemaVersion 1).",
    "  --json  print { \"draft\": <portable draft>, \"unrecognised\": [{ \"line\", \"text\" }] } instead:",
    "          the lines of the file that were not recognised, with their line numbers",
    "",
    "A file that cannot be read, is not a Word or text file, or holds no resolution: one line on stderr, exit 2.",
  ].join("\n"),
  run: async (io: CliIo) => {
    const { values: options, positionals } = parseOptions(io.args, { json: { type: "boolean" } });
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "name the .docx or .txt file to import" : `expected one file, got ${positionals.length}`);
    const file = positionals[0];
    if (!io.readBytes) throw new UsageError("reading files is not available here");
    let bytes: Uint8Array | "too-large";
    try {
      bytes = await io.readBytes(file, MAX_IMPORT_BYTES);
    } catch {
      throw new UsageError(`cannot read file ${file}`);
    }
    if (bytes === "too-large") throw new UsageError(`${file}: ${importErrorMessage("too-large")}`);
    try {
      const { result } = await importFile(file, bytes);
      const output = options.json ? { draft: result.draft, unrecognised: result.unrecognised } : result.draft;
      io.out(`${JSON.stringify(output, null, 2)}\n`);
      return 0;
    } catch (error) {
      if (isImportError(error)) throw new UsageError(`${file}: ${error.message}`);
      throw error;
    }
  },
};
