/**
 * Builds lib/core/predict/generated/vote-record.json: the Security Council's recorded votes
 * 1994–2023 in compact form, with General Assembly ideal points and UN regional groups, for the
 * vote predictor, from the public records carried in data/un/ (see data/un/README.md).
 * Deterministic: the same source files give the same bytes.
 *
 *   tsx scripts/build-vote-record.ts           writes the file
 *   tsx scripts/build-vote-record.ts --check   exits 1 if the shipped file is out of date
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readUnCsv, REPO_ROOT as repoRoot } from "./un-sources";

export const VOTE_RECORD_PATH = path.join(repoRoot, "lib/core/predict/generated/vote-record.json");

/** Names used in `submitted_by` that differ from the UN names in un_member_states.csv. */
const SPONSOR_ALIASES: Record<string, string> = {
  "united states": "USA",
  "united states of america": "USA",
  usa: "USA",
  us: "USA",
  "united kingdom": "GBR",
  "united kindgom": "GBR",
  uk: "GBR",
  russia: "RUS",
  "russian federation": "RUS",
  "democratic peoples republic of korea": "PRK",
  "republic of korea": "KOR",
  "czech republic": "CZE",
  turkey: "TUR",
  turkiye: "TUR",
  bolivia: "BOL",
  "bolivia plurinational state of": "BOL",
  venezuela: "VEN",
  "venezuela bolivarian republic of": "VEN",
  iran: "IRN",
  "iran islamic republic of": "IRN",
  syria: "SYR",
  "syrian arab republic": "SYR",
  "viet nam": "VNM",
  vietnam: "VNM",
  "cote divoire": "CIV",
  "cote d ivoire": "CIV",
  "former yugoslav republic of macedonia": "MKD",
  uae: "ARE",
  zaire: "COD",
  "slovak republic": "SVK",
  "united kingdom of great britain and northern ireland": "GBR",
  netherlands: "NLD",
  "kingdom of the netherlands": "NLD",
  macedonia: "MKD",
  "the former yugoslav republic of macedonia": "MKD",
  "north macedonia": "MKD",
  swaziland: "SWZ",
  "cape verde": "CPV",
  micronesia: "FSM",
  "micronesia federated states of": "FSM",
  moldova: "MDA",
  tanzania: "TZA",
  "lao peoples democratic republic": "LAO",
  laos: "LAO",
  "state of palestine": "PSE",
  palestine: "PSE",
  "sao tome and principe": "STP",
  "east timor": "TLS",
  brunei: "BRN",
  gambia: "GMB",
  "the gambia": "GMB",
  congo: "COG",
  "republic of the congo": "COG",
};

function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/_x000d_/g, " ")
    .replace(/[’'.()]/g, "")
    .replace(/[^a-z ,-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

type SponsorResolution = { kind: "president" } | { kind: "unknown" } | { kind: "states"; iso3: string[]; unresolved: string[] };

export function resolveSponsors(raw: string, nameToIso3: Map<string, string>): SponsorResolution {
  const text = raw.trim();
  if (text === "President") return { kind: "president" };
  if (text === "" || text === "-none-") return { kind: "unknown" };
  const tokens = text
    .replace(/_x000D_/gi, " ")
    .replace(/\s+/g, " ")
    .split(/[,;]|\band\b(?! (?:barbuda|herzegovina|the grenadines|nevis|tobago|principe|northern ireland))/i)
    .map((token) => normalizeName(token).replace(/^the /, ""))
    .filter((token) => token !== "");
  const iso3: string[] = [];
  const unresolved: string[] = [];
  for (const token of tokens) {
    const code = nameToIso3.get(token) ?? SPONSOR_ALIASES[token];
    if (code) {
      if (!iso3.includes(code)) iso3.push(code);
    } else unresolved.push(token);
  }
  // A committee or an unreadable list is as good as no sponsor information.
  if (iso3.length === 0) return { kind: "unknown" };
  return { kind: "states", iso3: iso3.sort(), unresolved };
}

const OUTCOME_CODES: Record<string, "U" | "M" | "V" | "F"> = {
  "Adopted unanimously": "U",
  "Adopted by consensus": "U",
  "Adopted by acclamation": "U",
  "Adopted by majority": "M",
  "Not adopted - veto": "V",
  "Not adopted - failed to receive required number of votes": "F",
};

const REGIONAL_GROUP_CODES: Record<string, string> = {
  "African Group": "AF",
  "Asia-Pacific Group": "AP",
  "Eastern European Group": "EE",
  "Latin American and Caribbean Group": "LA",
  "Western European and Others Group": "WE",
};

const IDEAL_POINT_FIRST_YEAR = 1994;

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "";
}

export function buildVoteRecord(): { json: string; warnings: string[] } {
  const warnings: string[] = [];
  const drafts = readUnCsv("unsc_votes_1994_2023.csv");
  const memberVotes = readUnCsv("unsc_member_votes_1994_2023.csv");
  const states = readUnCsv("un_member_states.csv");
  const idealRows = readUnCsv("ga_ideal_points_bsv_1946_2024.csv");

  const nameToIso3 = new Map<string, string>();
  for (const state of states) nameToIso3.set(normalizeName(state.un_name), state.iso3);

  // Some 2022–2023 rows lack topic, region or category: take the agenda item's usual ones.
  const usual = (field: "topic" | "region" | "category") => {
    const byAgenda = new Map<string, string[]>();
    for (const row of drafts) {
      if (!row[field]) continue;
      const list = byAgenda.get(row.agenda_item) ?? [];
      list.push(row[field]);
      byAgenda.set(row.agenda_item, list);
    }
    return (row: Record<string, string>) => row[field] || mostCommon(byAgenda.get(row.agenda_item) ?? []);
  };
  const topicOf = usual("topic");
  const regionOf = usual("region");
  const categoryOf = usual("category");

  const table = (values: string[]) => [...new Set(values)].sort();
  const agendaItems = table(drafts.map((row) => row.agenda_item.trim()));
  const topics = table(drafts.map(topicOf));
  const regions = table(drafts.map(regionOf));
  const categories = table(drafts.map(categoryOf));

  const votesById = new Map<string, string[]>();
  for (const vote of memberVotes) {
    const list = votesById.get(vote.id) ?? [];
    // NP (present, not voting) is kept as "P" so that every code is one letter.
    list.push(vote.member_iso3 + (vote.vote === "NP" ? "P" : vote.vote));
    votesById.set(vote.id, list);
  }

  const rows: unknown[] = [];
  for (const row of drafts) {
    const outcome = OUTCOME_CODES[row.outcome];
    if (!outcome) throw new Error(`unknown outcome "${row.outcome}" in row ${row.id}`);
    const sponsors = resolveSponsors(row.submitted_by, nameToIso3);
    if (sponsors.kind === "states" && sponsors.unresolved.length > 0) {
      warnings.push(`row ${row.id}: sponsor names not resolved: ${sponsors.unresolved.join(" | ")}`);
    }
    const sponsorField = sponsors.kind === "president" ? "*" : sponsors.kind === "unknown" ? "" : sponsors.iso3.join(" ");
    const flags = (row.is_amendment === "True" ? 1 : 0) | (row.procedural_note ? 2 : 0);
    const votes = (votesById.get(row.id) ?? []).sort().join("");
    rows.push([
      row.date,
      row.draft,
      agendaItems.indexOf(row.agenda_item.trim()),
      topics.indexOf(topicOf(row)),
      regions.indexOf(regionOf(row)),
      categories.indexOf(categoryOf(row)),
      sponsorField,
      flags,
      outcome,
      votes,
    ]);
  }

  const regionalGroups: Record<string, string> = {};
  for (const state of [...states].sort((a, b) => a.iso3.localeCompare(b.iso3))) {
    const code = REGIONAL_GROUP_CODES[state.regional_group];
    if (code) regionalGroups[state.iso3] = code;
  }

  const lastYear = Math.max(...idealRows.map((row) => Number(row.year)));
  const idealPoints: Record<string, (number | null)[]> = {};
  for (const row of idealRows) {
    const year = Number(row.year);
    const value = row.idealpointfp;
    if (year < IDEAL_POINT_FIRST_YEAR || !row.iso3c || value === "") continue;
    const series = (idealPoints[row.iso3c] ??= new Array(lastYear - IDEAL_POINT_FIRST_YEAR + 1).fill(null));
    series[year - IDEAL_POINT_FIRST_YEAR] = Math.round(Number(value) * 1000) / 1000;
  }
  const sortedIdealPoints = Object.fromEntries(Object.keys(idealPoints).sort().map((key) => [key, idealPoints[key]]));

  const header = {
    notes: [
      "Generated by scripts/build-vote-record.ts; do not edit by hand.",
      "Security Council votes 1994–2023: compiled from the public repository oliverunv/Voting-Agent, repaired and checked against the UN Security Council meetings record table (emilytong123/unsc_for_us) and the Dag Hammarskjöld Library veto list (world-politics-datalab/vetoes-un-security-council, MIT). Underlying records: UN Digital Library / Dag Hammarskjöld Library.",
      "Ideal points: Bailey, Strezhnev and Voeten, 'Estimating Dynamic State Preferences from United Nations Voting Data', Journal of Conflict Resolution 61(2), 2017; data release July 2025 (Harvard Dataverse); column idealpointfp.",
      "Regional groups: datenoio/internacia-db (MIT).",
      "Draft row: [date, draft symbol, agenda item index, topic index, region index, category index, sponsors (ISO3 separated by spaces; '*' = the President's text; '' = not recorded), flags (1 amendment, 2 procedural), outcome (U unanimous, M adopted by majority, V vetoed, F failed), votes (ISO3 + Y/N/A/P per member; P = present, not voting)].",
      "Missing topic/region/category are filled with the agenda item's most common ones.",
    ],
    idealPointFirstYear: IDEAL_POINT_FIRST_YEAR,
  };
  const lines = [
    "{",
    `"notes": ${JSON.stringify(header.notes)},`,
    `"agendaItems": ${JSON.stringify(agendaItems)},`,
    `"topics": ${JSON.stringify(topics)},`,
    `"regions": ${JSON.stringify(regions)},`,
    `"categories": ${JSON.stringify(categories)},`,
    `"regionalGroups": ${JSON.stringify(regionalGroups)},`,
    `"idealPointFirstYear": ${header.idealPointFirstYear},`,
    `"idealPoints": {\n${Object.entries(sortedIdealPoints)
      .map(([iso3, series]) => `${JSON.stringify(iso3)}: ${JSON.stringify(series)}`)
      .join(",\n")}},`,
    `"drafts": [\n${rows.map((row) => JSON.stringify(row)).join(",\n")}]`,
    "}",
  ];
  return { json: lines.join("\n") + "\n", warnings };
}

function main(): void {
  const { json, warnings } = buildVoteRecord();
  if (process.argv.includes("--check")) {
    const current = existsSync(VOTE_RECORD_PATH) ? readFileSync(VOTE_RECORD_PATH, "utf8") : "";
    if (current !== json) {
      console.error("build-vote-record: lib/core/predict/generated/vote-record.json is out of date; run npm run model:data");
      process.exit(1);
    }
    console.log("build-vote-record: up to date");
    return;
  }
  for (const warning of warnings) console.warn(warning);
  writeFileSync(VOTE_RECORD_PATH, json);
  console.log(`build-vote-record: wrote ${path.relative(repoRoot, VOTE_RECORD_PATH)} (${(json.length / 1024).toFixed(0)} KB)`);
}

if (require.main === module) main();
