/**
 * Builds lib/core/classroom/generated/assembly-habits.json: how each member of the United Nations
 * has voted in the General Assembly's recorded votes (shares of yes, no and abstain, in per cent,
 * per five-year period of sessions 1946–2019). The classroom's bot seats vote from it where the
 * Council's predictor cannot answer (Assembly classes, Council years before 1994).
 * Read from the UN sources in data/un/ (scripts/un-sources.ts). Deterministic: the same sources
 * give the same bytes.
 *
 *   tsx scripts/build-assembly-habits.ts           writes the file
 *   tsx scripts/build-assembly-habits.ts --check   exits 1 if the shipped file is out of date
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { listStates } from "../lib/core/un/states";
import type { AssemblyHabitsFile } from "../lib/core/classroom/bot-votes";
import { readUnCsv } from "./un-sources";

const repoRoot = path.resolve(__dirname, "..");
export const HABITS_PATH = path.join(repoRoot, "lib/core/classroom/generated/assembly-habits.json");

const FIRST_YEAR = 1946;
const LAST_YEAR = 2019;
const SPAN = 5;

/**
 * Codes of the Assembly files for members that no longer exist, to the successor whose seat the
 * classroom shows them under (lib/core/classroom/seats.ts). The German Democratic Republic (DD)
 * and Democratic Yemen (YD) merged into members that kept their own seats: they are left out.
 */
const PREDECESSOR_CODES: Record<string, string> = { CS: "CZE", YU: "SRB" };

type Counts = { Y: number; N: number; A: number };

export function buildAssemblyHabits(readSource: (file: string) => Record<string, string>[]): string {
  const yearOf = new Map<string, number>();
  for (const row of readSource("ga_roll_calls_1946_2019.csv")) yearOf.set(row.rcid, Number(row.year));
  const iso3Of = new Map<string, string>(listStates().map((state) => [state.iso2, state.iso3]));
  for (const [code, iso3] of Object.entries(PREDECESSOR_CODES)) iso3Of.set(code, iso3);
  const periods = Math.floor((LAST_YEAR - FIRST_YEAR) / SPAN) + 1;
  const counts = new Map<string, Counts[]>();
  for (const row of readSource("ga_votes_1946_2019.csv")) {
    const iso3 = iso3Of.get(row.country_code);
    const year = yearOf.get(row.rcid);
    if (!iso3 || year === undefined || year < FIRST_YEAR || year > LAST_YEAR) continue;
    if (row.vote !== "Y" && row.vote !== "N" && row.vote !== "A") continue;
    let list = counts.get(iso3);
    if (!list) {
      list = Array.from({ length: periods }, () => ({ Y: 0, N: 0, A: 0 }));
      counts.set(iso3, list);
    }
    list[Math.floor((year - FIRST_YEAR) / SPAN)][row.vote]++;
  }
  const habits: Record<string, string[]> = {};
  for (const iso3 of [...counts.keys()].sort()) {
    habits[iso3] = counts.get(iso3)!.map((period) => {
      const total = period.Y + period.N + period.A;
      if (total === 0) return "";
      const y = Math.round((100 * period.Y) / total);
      const n = Math.round((100 * period.N) / total);
      return `${y},${n},${Math.max(0, 100 - y - n)}`;
    });
  }
  const file: AssemblyHabitsFile = {
    source: "General Assembly recorded votes, sessions 1–74 (Voeten, UN General Assembly Voting Data, via dgrtwo/unvotes, CC0/MIT)",
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
    span: SPAN,
    habits,
  };
  const lines = Object.entries(file.habits).map(([iso3, list]) => `    ${JSON.stringify(iso3)}: ${JSON.stringify(list)}`);
  return (
    `{\n  "source": ${JSON.stringify(file.source)},\n  "firstYear": ${FIRST_YEAR},\n  "lastYear": ${LAST_YEAR},\n  "span": ${SPAN},\n` +
    `  "habits": {\n${lines.join(",\n")}\n  }\n}\n`
  );
}

function main(): void {
  const json = buildAssemblyHabits(readUnCsv);
  if (process.argv.includes("--check")) {
    const current = existsSync(HABITS_PATH) ? readFileSync(HABITS_PATH, "utf8") : "";
    if (current !== json) {
      console.error("build-assembly-habits: lib/core/classroom/generated/assembly-habits.json is out of date; run npm run data:habits");
      process.exit(1);
    }
    console.log("build-assembly-habits: up to date");
    return;
  }
  writeFileSync(HABITS_PATH, json);
  console.log(`build-assembly-habits: wrote ${path.relative(repoRoot, HABITS_PATH)} (${(json.length / 1024).toFixed(1)} KB, ${Object.keys(JSON.parse(json).habits).length} states)`);
}

if (require.main === module) main();
