import { COUNCIL_FIRST_YEAR, COUNCIL_LAST_YEAR, getCouncil, type CouncilMember } from "./council";
import { compareEnglishNames } from "./names";

/**
 * The presidency of the Security Council. Provisional rules of procedure, rule 18: "The presidency
 * of the Security Council shall be held in turn by the members of the Security Council in the
 * English alphabetical order of their names. Each President shall hold office for one calendar
 * month." The turn does not restart in January: it passes from December's President to the next
 * member, in that order, of the new year's Council.
 *
 * The record does not follow the rule mechanically from 1946 (the first terms ran from mid-month to
 * mid-month; a President has yielded a month or two). So the turn is computed from the latest
 * documented anchor at or before the month asked, then by the rule and the members of each year:
 * - 17 January 1946, Australia: the first President. In 1946 each term ran from the 17th to the
 *   16th of the next month; Australia's second turn, from 17 December 1946, ran on through January
 *   1947, from when terms are calendar months.
 * - April 1982, Zaire (resolution 502 (1982) of 3 April 1982 was adopted under its presidency).
 * - August 1990, Romania (resolution 660 (1990) of 2 August 1990).
 * Between anchors the rule alone is applied: where the record departed from it without an anchor
 * here, the months before the next anchor may be one place out (the month before an anchor can
 * repeat a President). Checked against other months of the record in presidency.test.ts: January
 * 1950 China, August 1950 the USSR, October 1962 the USSR, June 1967 Denmark, December 1971
 * Sierra Leone, October 1973 Australia, July 1987 the Federal Republic of Germany (resolution 598),
 * November 1990 the United States (resolution 678), December 1991 the Russian Federation, January
 * 1992 the United Kingdom, January 2000 the United States, September 2001 France, March 2003
 * Guinea, February 2022 the Russian Federation, August 2024 Sierra Leone, January 2026 Somalia.
 */
export const PRESIDENCY_ANCHORS: readonly { year: number; month: number; iso3: string }[] = [
  { year: 1947, month: 1, iso3: "AUS" },
  { year: 1982, month: 4, iso3: "COD" },
  { year: 1990, month: 8, iso3: "ROU" },
];

/** 1946: terms from the 17th of a month to the 16th of the next, Australia from 17 January. */
const MID_MONTH_YEAR = 1946;
const MID_MONTH_CHANGE_DAY = 17;

/**
 * The names under which members took their turn, where the data's short name would sort
 * elsewhere: the UN's full English names ("Union of Soviet Socialist Republics" comes before
 * "United Kingdom of …", "United States of America"; "Republic of Korea" under R).
 */
const NAMES_IN_ROTATION: Readonly<Record<string, string>> = {
  USSR: "Union of Soviet Socialist Republics",
  "United Kingdom": "United Kingdom of Great Britain and Northern Ireland",
  "United States": "United States of America",
  "Byelorussian SSR": "Byelorussian Soviet Socialist Republic",
  "Ukrainian SSR": "Ukrainian Soviet Socialist Republic",
  "China (Republic of China)": "China",
  Syria: "Syrian Arab Republic",
  Iran: "Iran",
  "Upper Volta / Burkina Faso": "Upper Volta",
  "Yemen (Democratic Yemen until May 1990)": "Yemen",
  "Federal Republic of Germany": "Germany, Federal Republic of",
};

export type President = { date: string; year: number; month: number; iso3: string; name: string };

function rotationName(member: CouncilMember): string {
  return NAMES_IN_ROTATION[member.name] ?? member.name;
}

/** The year's members in the order of rule 18. */
export function listRotationOrder(year: number): CouncilMember[] {
  const council = getCouncil(year);
  if (!council) return [];
  return [...council.members].sort((left, right) => compareEnglishNames(rotationName(left), rotationName(right)));
}

function nextInOrder(order: CouncilMember[], after: CouncilMember, sameCouncil: boolean): CouncilMember {
  if (sameCouncil) {
    const index = order.findIndex((member) => member.iso3 === after.iso3);
    return order[(index + 1) % order.length];
  }
  // Rule 18 across the year end: January goes to the first member of the new Council whose name
  // follows December's President's, wrapping round to the start of the alphabet.
  const previousName = rotationName(after);
  return order.find((member) => compareEnglishNames(rotationName(member), previousName) > 0) ?? order[0];
}

/** The President of every calendar month from January 1947 to December 2026, computed once. */
let months: CouncilMember[] | null = null;

function listMonthlyPresidents(): CouncilMember[] {
  if (months) return months;
  const out: CouncilMember[] = [];
  let current: CouncilMember | undefined;
  for (let year = MID_MONTH_YEAR + 1; year <= COUNCIL_LAST_YEAR; year++) {
    const order = listRotationOrder(year);
    for (let month = 1; month <= 12; month++) {
      const anchor = PRESIDENCY_ANCHORS.find((entry) => entry.year === year && entry.month === month);
      if (anchor) current = order.find((member) => member.iso3 === anchor.iso3);
      else current = nextInOrder(order, current!, month > 1);
      if (!current) throw new Error(`presidency anchor ${year}-${month} is not a member that year`);
      out.push(current);
    }
  }
  months = out;
  return out;
}

/** The President of the Council in a month (1–12) of 1946–2026; in 1946, from the 17th of that month. */
export function getPresidentOfMonth(year: number, month: number): President {
  if (!Number.isInteger(year) || year < COUNCIL_FIRST_YEAR || year > COUNCIL_LAST_YEAR) {
    throw new RangeError(`no Council data for ${year}: years ${COUNCIL_FIRST_YEAR}–${COUNCIL_LAST_YEAR}`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`no month ${month}`);
  const member =
    year === MID_MONTH_YEAR
      ? listRotationOrder(MID_MONTH_YEAR)[(month - 1) % listRotationOrder(MID_MONTH_YEAR).length]
      : listMonthlyPresidents()[(year - MID_MONTH_YEAR - 1) * 12 + month - 1];
  return { date: `${year}-${String(month).padStart(2, "0")}-01`, year, month, iso3: member.iso3, name: member.name };
}

/** Parses YYYY-MM-DD, a day that exists; null otherwise. */
function parseDate(text: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  if (new Date(time).toISOString().slice(0, 10) !== text) return null;
  return { year, month, day };
}

export type PresidentLookup = { ok: true; president: President } | { ok: false; message: string };

/** The President on a date "YYYY-MM-DD" of 1946–2026, or a message saying why there is none. */
export function getPresidentOnDate(date: string): PresidentLookup {
  const parsed = parseDate(date);
  if (!parsed) return { ok: false, message: `"${date}" is not a date in the form YYYY-MM-DD` };
  if (parsed.year < COUNCIL_FIRST_YEAR || parsed.year > COUNCIL_LAST_YEAR) {
    return { ok: false, message: `no Council data for ${parsed.year}: dates from ${COUNCIL_FIRST_YEAR} to ${COUNCIL_LAST_YEAR}` };
  }
  // 1946: until the 16th, the previous month's President (Australia from 17 January, the first).
  const month = parsed.year === MID_MONTH_YEAR && parsed.day < MID_MONTH_CHANGE_DAY ? Math.max(1, parsed.month - 1) : parsed.month;
  return { ok: true, president: { ...getPresidentOfMonth(parsed.year, month), date } };
}
