import { COUNCIL_FIRST_YEAR, COUNCIL_LAST_YEAR } from "@/lib/core/un/council";

/** A year from a query string: an integer within the Council's years, or null. */
export function parseCouncilYear(value: string | string[] | undefined): number | null {
  if (typeof value !== "string" || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= COUNCIL_FIRST_YEAR && year <= COUNCIL_LAST_YEAR ? year : null;
}
