import { COUNCIL_FIRST_YEAR, COUNCIL_LAST_YEAR, getCouncil } from "@/lib/core/un/council";

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

/** A year from a query string: an integer within the Council's years, or null. */
export function parseCouncilYear(value: string | string[] | undefined): number | null {
  if (typeof value !== "string" || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= COUNCIL_FIRST_YEAR && year <= COUNCIL_LAST_YEAR ? year : null;
}
