import { COUNCIL_SEATS, COUNCIL_YEARS, COUNCIL_YEAR_NOTES } from "./generated/council.generated";
import { compareEnglishNames } from "./names";
import { getState, type RegionalGroup } from "./states";

export const COUNCIL_FIRST_YEAR = 1946;
export const COUNCIL_LAST_YEAR = 2026;

/** Every year of the Council, newest first, for year pickers. */
export const COUNCIL_YEARS_NEWEST_FIRST: readonly number[] = Array.from(
  { length: COUNCIL_LAST_YEAR - COUNCIL_FIRST_YEAR + 1 },
  (_, index) => COUNCIL_LAST_YEAR - index,
);

/** Charter Art. 23(1): China, France, the USSR (now the Russian Federation), the UK and the US. */
export const PERMANENT_MEMBERS = ["CHN", "FRA", "GBR", "RUS", "USA"] as const;
export type PermanentMember = (typeof PERMANENT_MEMBERS)[number];

export type CouncilMember = {
  /** The current or successor state: RUS for the USSR, SRB for Yugoslavia, CZE for Czechoslovakia. */
  iso3: string;
  /** As the member was named that year: "USSR" to 1990, "China (Republic of China)" to 1970. */
  name: string;
  permanent: boolean;
  /** First and last year of the elected term; for a permanent seat, of this holder's tenure in the records. */
  termStart: number;
  termEnd: number;
  /** The code of a state that no longer exists: SUN, CSK, YUG, DDR. */
  historicalCode?: string;
  regionalGroup?: RegionalGroup;
  /** What the records say about this seat that year (China 1971, Russia 1991). */
  note?: string;
};

export type Council = {
  year: number;
  size: 11 | 15;
  required: 7 | 9;
  /** In English alphabetical order of name. */
  members: CouncilMember[];
};

/**
 * Groups of the seat holders that no longer exist; their successors' groups would mislead
 * (the German Democratic Republic sat for Eastern Europe, Germany is in WEOG today).
 */
const HISTORICAL_GROUPS: Readonly<Record<string, RegionalGroup>> = {
  SUN: "Eastern European",
  CSK: "Eastern European",
  YUG: "Eastern European",
  DDR: "Eastern European",
};

const NOTES = new Map(COUNCIL_YEAR_NOTES.map(([year, iso3, note]) => [`${year}|${iso3}`, note]));

function toMember(seatIndex: number, year: number): CouncilMember {
  const [iso3, name, historicalCode, permanent, termStart, termEnd, seatNote] = COUNCIL_SEATS[seatIndex];
  const member: CouncilMember = { iso3, name: displayName(name), permanent, termStart, termEnd };
  if (historicalCode) member.historicalCode = historicalCode;
  const regionalGroup = historicalCode ? HISTORICAL_GROUPS[historicalCode] : getState(iso3)?.regionalGroup;
  if (regionalGroup) member.regionalGroup = regionalGroup;
  const note = NOTES.get(`${year}|${iso3}`) ?? seatNote;
  if (note) member.note = note;
  return member;
}

/**
 * The records tell the two Chinese governments apart; since GA res. 2758 (XXVI) the seat's holder
 * is named simply "China", as in the Council's own records. The note keeps the history.
 */
function displayName(name: string): string {
  return name === "China (People's Republic of China)" ? "China" : name;
}

const COUNCILS = new Map<number, readonly number[]>(COUNCIL_YEARS.map(([year, seats]) => [year, seats]));

/**
 * Votes needed to adopt a decision. Charter Art. 27(2)–(3): seven of eleven members as signed in
 * 1945; nine of fifteen under the amendment to Arts. 23 and 27 adopted by GA res. 1991 A (XVIII) of
 * 17 December 1963, in force 31 August 1965, first applied to the enlarged Council of 1966.
 */
export function requiredVotes(year: number): 7 | 9 {
  assertCouncilYear(year);
  return isBeforeEnlargement(year) ? 7 : 9;
}

/**
 * The first year of the Council of fifteen. Charter Art. 23(1) as amended by GA res. 1991 A (XVIII)
 * of 17 December 1963, in force 31 August 1965; the enlarged Council first sat in 1966.
 */
export const COUNCIL_ENLARGEMENT_YEAR = 1966;

/** Charter Art. 23(1): eleven members as signed in 1945, fifteen from 1966. */
export function councilSize(year: number): 11 | 15 {
  assertCouncilYear(year);
  return isBeforeEnlargement(year) ? 11 : 15;
}

/** True for the years of the Council of eleven (1946–1965). */
export function isBeforeEnlargement(year: number): boolean {
  return year < COUNCIL_ENLARGEMENT_YEAR;
}

/** Charter Art. 27: seven votes of eleven members, nine of fifteen, from the number of seats alone. */
export function requiredVotesForSize(size: number): 7 | 9 {
  return size <= 11 ? 7 : 9;
}

function assertCouncilYear(year: number): void {
  if (!Number.isInteger(year) || year < COUNCIL_FIRST_YEAR) {
    throw new RangeError(`the Security Council first met in ${COUNCIL_FIRST_YEAR}; no rule for ${year}`);
  }
}

/**
 * The Council of a year, 1946–2026. Where a permanent seat changed hands during the year (China,
 * 25 Oct 1971; USSR to Russian Federation, 24 Dec 1991) the records list the later holder, with a note.
 */
export function getCouncil(year: number): Council | undefined {
  const seats = COUNCILS.get(year);
  if (!seats) return undefined;
  const members = seats.map((seat) => toMember(seat, year));
  return { year, size: councilSize(year), required: requiredVotes(year), members };
}

export function isCouncilMember(year: number, iso3: string): boolean {
  const seats = COUNCILS.get(year);
  if (!seats) return false;
  const code = iso3.toUpperCase();
  return seats.some((seat) => COUNCIL_SEATS[seat][0] === code || COUNCIL_SEATS[seat][2] === code);
}

const PERMANENT_CODES: ReadonlySet<string> = new Set(PERMANENT_MEMBERS);
export function isPermanentMember(iso3: string): boolean {
  // Hot in the predictor: the exact code first, the upper-cased one only when it is not.
  return PERMANENT_CODES.has(iso3) || PERMANENT_CODES.has(iso3.toUpperCase());
}

/** The order of the Council's page: permanent members first, then elected, each in English alphabetical order. */
export function orderMembersForDisplay(members: readonly CouncilMember[]): CouncilMember[] {
  return [...members].sort(
    (left, right) => Number(right.permanent) - Number(left.permanent) || compareEnglishNames(left.name, right.name),
  );
}

/** The runs of consecutive years a state sat on the Council (as itself or its predecessor). */
export function listCouncilTerms(iso3: string): { from: number; to: number; permanent: boolean }[] {
  const runs: { from: number; to: number; permanent: boolean }[] = [];
  for (let year = COUNCIL_FIRST_YEAR; year <= COUNCIL_LAST_YEAR; year++) {
    const seat = getCouncil(year)?.members.find((member) => member.iso3 === iso3);
    if (!seat) continue;
    const last = runs[runs.length - 1];
    if (last && last.to === year - 1 && last.permanent === seat.permanent) last.to = year;
    else runs.push({ from: year, to: year, permanent: seat.permanent });
  }
  return runs;
}
