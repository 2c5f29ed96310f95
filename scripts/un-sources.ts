/**
 * The UN source records the project is built from, carried in the repository under data/un/
 * as gzip files (see data/un/README.md). The one place that reads them: the build scripts
 * (scripts/build-un-data.ts, scripts/build-vote-record.ts) and the tests that check the
 * generated files against them.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";

export const REPO_ROOT = path.resolve(__dirname, "..");
/** data/un/ of this repository. */
export const UN_SOURCES_DIR = path.join(REPO_ROOT, "data", "un");

/** The path of a source file in data/un/: `un_member_states.csv` is stored as `un_member_states.csv.gz`. */
export function unSourcePath(file: string): string {
  return path.join(UN_SOURCES_DIR, `${file}.gz`);
}

/** The text of a source file, e.g. `readUnSource("unsc_votes_1994_2023.csv")`. */
export function readUnSource(file: string): string {
  const filePath = unSourcePath(file);
  if (!existsSync(filePath)) {
    throw new Error(`UN source ${file} not found at ${path.relative(REPO_ROOT, filePath)} (refresh data/un with \`npm run data:sources\`)`);
  }
  return gunzipSync(readFileSync(filePath)).toString("utf8");
}

/**
 * RFC 4180 CSV with a header row, as one object per row: quoted fields may hold commas, doubled
 * quotes and line breaks; CRLF or LF rows; a leading byte-order mark and blank lines are skipped;
 * a row with more or fewer fields than the header is an error.
 */
export function parseCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true, skip_empty_lines: true, record_delimiter: ["\r\n", "\n", "\r"] }) as Record<string, string>[];
}

/** A CSV source file of data/un/, parsed. */
export function readUnCsv(file: string): Record<string, string>[] {
  try {
    return parseCsv(readUnSource(file));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}
