/**
 * Builds lib/core/predict/assembly/generated/assembly-record.json, what the General Assembly
 * predictor reads: the Assembly's recorded votes of 2005–2019 (each roll call's date, its issue
 * codes and every member's vote; those on Ukraine and Crimea also tagged "ukraine"), the key votes
 * on Ukraine 2014–2022 that the roll calls do not hold (A/RES/ES-11/1 of 2 March 2022), and each
 * member's ideal point 2005–2024. Read from the UN sources
 * in data/un/ (scripts/un-sources.ts). Deterministic: the same sources give the same bytes.
 *
 *   tsx scripts/build-assembly-record.ts           writes the file
 *   tsx scripts/build-assembly-record.ts --check   exits 1 if the shipped file is out of date
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { findState, listStates } from "../lib/core/un/states";
import { ASSEMBLY_ISSUES, type AssemblyRecordFile } from "../lib/core/predict/assembly/assembly-record";
import { readUnCsv, readUnSource } from "./un-sources";

const repoRoot = path.resolve(__dirname, "..");
export const ASSEMBLY_RECORD_PATH = path.join(repoRoot, "lib/core/predict/assembly/generated/assembly-record.json");
const FIRST_YEAR = 2005;
const LAST_ROLL_CALL_YEAR = 2019;
const LAST_IDEAL_POINT_YEAR = 2024;
/** Former members' codes in the Assembly files, under their successors' seats (as assembly-habits). */
const PREDECESSOR_CODES: Record<string, string> = { CS: "CZE", YU: "SRB" };
/** The key votes' dates (the file gives none): the Assembly's own records. */
const KEY_VOTE_DATES: Record<string, string> = { "68/262": "2014-03-27", "ES-11/1": "2022-03-02" };
const KEY_VOTE_TITLES: Record<string, string> = { "68/262": "Territorial integrity of Ukraine", "ES-11/1": "Aggression against Ukraine" };
/** The key-vote file's abbreviated names that the states' search does not know. */
const KEY_VOTE_NAMES: Record<string, string> = {
  "Bosnia and Herz.": "BIH",
  "Central African Rep.": "CAF",
  "Dem. Rep. Congo": "COD",
  "Dominican Rep.": "DOM",
  "Eq. Guinea": "GNQ",
  "S. Sudan": "SSD",
  "Saint Vincent and Grenadines": "VCT",
};

type KeyVoteSource = { code: string; approve: string[]; against: string[]; abstain: string[]; absent: string[] };

/** Each key vote not already among the roll calls, as a roll call: [date, symbol, title, mask, votes]. */
export function keyVoteRollCalls(source: string, members: string[], rollCallSymbols: ReadonlySet<string>, ukraineMask: number): AssemblyRecordFile["rollCalls"] {
  const column = new Map(members.map((iso3, index) => [iso3, index]));
  const out: AssemblyRecordFile["rollCalls"] = [];
  for (const keyVote of JSON.parse(source) as KeyVoteSource[]) {
    const symbol = `A/RES/${keyVote.code}`;
    if (rollCallSymbols.has(symbol) || rollCallSymbols.has(`R/${keyVote.code}`)) continue;
    const date = KEY_VOTE_DATES[keyVote.code];
    if (!date) throw new Error(`key vote ${keyVote.code}: no date known`);
    const votes = Array.from({ length: members.length }, () => ".");
    for (const [list, vote] of [[keyVote.approve, "Y"], [keyVote.against, "N"], [keyVote.abstain, "A"]] as const) {
      for (const name of list) {
        const iso3 = KEY_VOTE_NAMES[name] ?? findState(name)?.iso3;
        if (!iso3 || !column.has(iso3)) throw new Error(`key vote ${keyVote.code}: unknown state "${name}"`);
        votes[column.get(iso3)!] = vote;
      }
    }
    out.push([date, symbol, KEY_VOTE_TITLES[keyVote.code] ?? keyVote.code, ukraineMask, votes.join("")]);
  }
  return out;
}

export function buildAssemblyRecord(readSource: (file: string) => Record<string, string>[], readText: (file: string) => string = readUnSource): string {
  const iso3Of = new Map<string, string>(listStates().map((state) => [state.iso2, state.iso3]));
  for (const [code, iso3] of Object.entries(PREDECESSOR_CODES)) iso3Of.set(code, iso3);
  const members = listStates()
    .filter((state) => state.status === "member")
    .map((state) => state.iso3)
    .sort();
  const column = new Map(members.map((iso3, index) => [iso3, index]));
  const ukraineIndex = ASSEMBLY_ISSUES.findIndex((issue) => issue.key === "ukraine");
  const ukraineMask = 1 << ukraineIndex;
  // Roll calls on Ukraine: their title or description has a word of the issue's, as a draft's title does.
  const ukraineWords = ASSEMBLY_ISSUES[ukraineIndex].words;

  const rollCalls = readSource("ga_roll_calls_1946_2019.csv")
    .filter((row) => Number(row.year) >= FIRST_YEAR && Number(row.year) <= LAST_ROLL_CALL_YEAR)
    .map((row) => {
      const issues = row.issues
        .split(";")
        .map((issue) => issue.trim())
        .filter(Boolean);
      let mask = 0;
      for (const issue of issues) {
        const index = ASSEMBLY_ISSUES.findIndex((entry) => entry.source === issue);
        if (index >= 0) mask |= 1 << index;
      }
      const text = `${row.short} ${row.descr}`.toLowerCase();
      if (ukraineWords.some((word) => text.includes(word))) mask |= ukraineMask;
      // A key vote's roll call carries a terse subject ("ARMED CONFLICTS PREVENTION--MEDIATION"): its own title instead.
      const keyTitle = KEY_VOTE_TITLES[row.unres.replace(/^(A\/RES|R)\//, "")];
      return { rcid: row.rcid, date: row.date, symbol: row.unres, title: keyTitle ?? row.short.trim(), mask, votes: Array.from({ length: members.length }, () => ".") };
    })
    .sort((left, right) => left.date.localeCompare(right.date) || Number(left.rcid) - Number(right.rcid));
  const byId = new Map(rollCalls.map((rollCall) => [rollCall.rcid, rollCall]));
  for (const row of readSource("ga_votes_1946_2019.csv")) {
    const rollCall = byId.get(row.rcid);
    const iso3 = iso3Of.get(row.country_code);
    if (!rollCall || !iso3 || !column.has(iso3)) continue;
    if (row.vote === "Y" || row.vote === "N" || row.vote === "A") rollCall.votes[column.get(iso3)!] = row.vote;
  }
  const idealPoints: Record<string, (number | null)[]> = {};
  for (const row of readSource("ga_ideal_points_bsv_1946_2024.csv")) {
    const year = Number(row.year);
    if (year < FIRST_YEAR || year > LAST_IDEAL_POINT_YEAR || !column.has(row.iso3c) || row.idealpointall === "" || row.idealpointall === "NA") continue;
    const series = (idealPoints[row.iso3c] ??= Array.from({ length: LAST_IDEAL_POINT_YEAR - FIRST_YEAR + 1 }, () => null));
    series[year - FIRST_YEAR] = Math.round(Number(row.idealpointall) * 100) / 100;
  }
  const kept = rollCalls.filter((rollCall) => rollCall.votes.some((vote) => vote !== "."));
  const keyVotes = keyVoteRollCalls(readText("ga_key_votes_ukraine_2014_2022.json"), members, new Set(kept.map((rollCall) => rollCall.symbol)), ukraineMask);
  const file: AssemblyRecordFile = {
    source:
      "General Assembly recorded votes 2005–2019 (Voeten, UN General Assembly Voting Data, via dgrtwo/unvotes, CC0/MIT); key votes on Ukraine 2014–2022 (A/RES/68/262, A/RES/ES-11/1); ideal points 2005–2024 (Bailey, Strezhnev and Voeten, Estimating Dynamic State Preferences from UN Voting Data)",
    members,
    firstYear: FIRST_YEAR,
    idealPoints: Object.fromEntries(Object.entries(idealPoints).sort(([left], [right]) => left.localeCompare(right))),
    rollCalls: kept.map((rollCall) => [rollCall.date, rollCall.symbol, rollCall.title, rollCall.mask, rollCall.votes.join("")]),
    keyVotes,
  };
  const lines = file.rollCalls.map((rollCall) => `    ${JSON.stringify(rollCall)}`);
  const keyLines = (file.keyVotes ?? []).map((rollCall) => `    ${JSON.stringify(rollCall)}`);
  const points = Object.entries(file.idealPoints).map(([iso3, series]) => `    ${JSON.stringify(iso3)}: ${JSON.stringify(series)}`);
  return (
    `{\n  "source": ${JSON.stringify(file.source)},\n  "members": ${JSON.stringify(file.members)},\n  "firstYear": ${FIRST_YEAR},\n` +
    `  "idealPoints": {\n${points.join(",\n")}\n  },\n  "rollCalls": [\n${lines.join(",\n")}\n  ],\n  "keyVotes": [\n${keyLines.join(",\n")}\n  ]\n}\n`
  );
}

function main(): void {
  const json = buildAssemblyRecord(readUnCsv);
  if (process.argv.includes("--check")) {
    const current = existsSync(ASSEMBLY_RECORD_PATH) ? readFileSync(ASSEMBLY_RECORD_PATH, "utf8") : "";
    if (current !== json) {
      console.error("build-assembly-record: lib/core/predict/assembly/generated/assembly-record.json is out of date; run npm run model:assembly");
      process.exit(1);
    }
    console.log("build-assembly-record: up to date");
    return;
  }
  writeFileSync(ASSEMBLY_RECORD_PATH, json);
  console.log(`build-assembly-record: wrote ${path.relative(repoRoot, ASSEMBLY_RECORD_PATH)} (${(json.length / 1024).toFixed(0)} KB, ${JSON.parse(json).rollCalls.length} roll calls)`);
}

if (require.main === module) main();
