import { STATE_ROWS } from "./generated/states.generated";
import { compareEnglishNames, searchKey } from "./names";
import { NAME_ALIASES, SHORT_NAMES } from "./state-names";

/**
 * The five UN regional groups (GA res. 1991 (XVIII), 1963, and practice since). Turkey sits in
 * WEOG for elections, the United States is counted there; Israel has been a WEOG member in New
 * York since 2000.
 */
export type RegionalGroup =
  | "African"
  | "Asia-Pacific"
  | "Eastern European"
  | "Latin American and Caribbean"
  | "Western European and Others";

export const REGIONAL_GROUPS: readonly RegionalGroup[] = [
  "African",
  "Asia-Pacific",
  "Eastern European",
  "Latin American and Caribbean",
  "Western European and Others",
];

export type Bloc =
  | "NATO"
  | "EU"
  | "CSTO"
  | "African Union"
  | "Arab League"
  | "NAM"
  | "OIC"
  | "BRICS"
  | "G77"
  | "G7"
  | "ASEAN"
  | "SCO"
  | "CIS"
  | "Commonwealth"
  | "OAS"
  | "CELAC";

/** Member of the United Nations, or non-member observer State (Holy See, State of Palestine). */
export type StateStatus = "member" | "observer";

export type MemberState = {
  iso3: string;
  iso2: string;
  /** The UN name, e.g. "United States of America". */
  name: string;
  /** For tight spaces, e.g. "United States"; the UN name where that is already short. */
  shortName: string;
  status: StateStatus;
  /** null only for the Holy See, which belongs to no regional group. */
  regionalGroup: RegionalGroup | null;
  /** Why a state's group is not the obvious one (Turkey, Israel, United States, Kiribati). */
  regionalGroupNote: string | null;
  blocs: Bloc[];
  /** ISO date of admission; null for the observer State of Palestine, 1945-10-24 for original members. */
  admissionDate: string | null;
};

/** The groups as delegates name them in tables: "GRULAC", "WEOG". */
export function getRegionalGroupShortLabel(group: RegionalGroup): string {
  switch (group) {
    case "Latin American and Caribbean":
      return "GRULAC";
    case "Western European and Others":
      return "WEOG";
    case "African":
    case "Asia-Pacific":
    case "Eastern European":
      return group;
    default: {
      const unreachable: never = group;
      return unreachable;
    }
  }
}

export function getRegionalGroupLabel(group: RegionalGroup): string {
  switch (group) {
    case "African":
      return "African Group";
    case "Asia-Pacific":
      return "Asia-Pacific Group";
    case "Eastern European":
      return "Eastern European Group";
    case "Latin American and Caribbean":
      return "Latin American and Caribbean Group (GRULAC)";
    case "Western European and Others":
      return "Western European and Others Group (WEOG)";
    default: {
      const unknown: never = group;
      throw new Error(`unknown regional group ${String(unknown)}`);
    }
  }
}

const STATES: readonly MemberState[] = Object.freeze(
  STATE_ROWS.map(([iso3, iso2, name, status, regionalGroup, admissionDate, blocs, regionalGroupNote]) =>
    Object.freeze({
      iso3,
      iso2,
      name,
      shortName: SHORT_NAMES[iso3] ?? name,
      status,
      regionalGroup,
      regionalGroupNote,
      blocs: [...blocs],
      admissionDate,
    }),
  ),
);

const BY_ISO3 = new Map(STATES.map((state) => [state.iso3, state]));
const BY_ISO2 = new Map(STATES.map((state) => [state.iso2, state]));

/** Every name a state answers to, as search keys, the UN name first. */
const NAME_KEYS = new Map<string, string[]>(
  STATES.map((state) => [
    state.iso3,
    [...new Set([state.name, state.shortName, ...(NAME_ALIASES[state.iso3] ?? [])].map(searchKey))],
  ]),
);

const BY_NAME_KEY = new Map<string, MemberState>();
for (const state of STATES) {
  for (const key of NAME_KEYS.get(state.iso3)!) {
    const taken = BY_NAME_KEY.get(key);
    if (taken && taken !== state) throw new Error(`name "${key}" given to both ${taken.iso3} and ${state.iso3}`);
    BY_NAME_KEY.set(key, state);
  }
}

/** The 193 members and the 2 observer states, in English alphabetical order of the UN name. */
export function listStates(): readonly MemberState[] {
  return STATES;
}

export function getState(iso3: string): MemberState | undefined {
  return BY_ISO3.get(iso3.toUpperCase());
}

/** The short display name of a state by ISO3, or the code itself if unknown. */
export function getShortName(iso3: string): string {
  return getState(iso3)?.shortName ?? iso3;
}

function findExact(query: string): MemberState | undefined {
  const trimmed = query.trim();
  if (/^[a-z]{3}$/i.test(trimmed) && BY_ISO3.has(trimmed.toUpperCase())) return BY_ISO3.get(trimmed.toUpperCase());
  if (/^[a-z]{2}$/i.test(trimmed) && BY_ISO2.has(trimmed.toUpperCase())) return BY_ISO2.get(trimmed.toUpperCase());
  return BY_NAME_KEY.get(searchKey(trimmed));
}

/**
 * One state by ISO3 or ISO2 code (any case) or by any usual name: UN name, short name, common
 * English name, former name or the name of a Council seat holder that no longer exists
 * ("USSR" → RUS). Accents and punctuation do not matter ("Cote d'Ivoire"). Records that qualify a
 * name ("Yemen (Democratic Yemen until May 1990)", "Upper Volta / Burkina Faso") are tried
 * without the qualifier and part by part.
 */
export function findState(query: string): MemberState | undefined {
  const exact = findExact(query);
  if (exact) return exact;
  const unqualified = query.replace(/\s*\([^)]*\)\s*$/, "");
  if (unqualified !== query && unqualified.trim()) {
    const found = findExact(unqualified);
    if (found) return found;
  }
  if (query.includes("/")) {
    const parts = query.split("/").map((part) => findExact(part)).filter((state) => state !== undefined);
    if (parts.length > 0 && parts.every((state) => state === parts[0])) return parts[0];
  }
  return undefined;
}

/**
 * States for a picker as the user types: exact name or code first, then names that start with the
 * query, then other names that start with it, then names with a word that starts with it, then
 * names that contain it; within a rank, English alphabetical order. An empty query lists states
 * alphabetically.
 */
export function searchStates(query: string, limit = 10): MemberState[] {
  const key = searchKey(query);
  if (!key) return STATES.slice(0, limit);
  const exact = findExact(query);
  const ranked: { state: MemberState; rank: number; order: number }[] = [];
  STATES.forEach((state, order) => {
    const keys = NAME_KEYS.get(state.iso3)!;
    const displayKeys = [searchKey(state.name), searchKey(state.shortName)];
    let rank: number;
    if (state === exact) rank = 0;
    else if (displayKeys.some((name) => name.startsWith(key))) rank = 1;
    else if (keys.some((name) => name.startsWith(key))) rank = 2;
    else if (keys.some((name) => name.includes(` ${key}`))) rank = 3;
    else if (keys.some((name) => name.includes(key))) rank = 4;
    else return;
    ranked.push({ state, rank, order });
  });
  ranked.sort((left, right) => left.rank - right.rank || left.order - right.order);
  return ranked.slice(0, Math.max(0, limit)).map((entry) => entry.state);
}

/** English alphabetical order of UN names, accents ignored, as UN lists print them. */
export function compareStatesByName(left: MemberState, right: MemberState): number {
  return compareEnglishNames(left.name, right.name);
}
