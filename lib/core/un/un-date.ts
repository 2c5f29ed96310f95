/**
 * Dates as UN documents print them: "25 February 2022", day without a leading zero, month in
 * full, no comma (UN Editorial Manual, dates).
 */
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Formats a YYYY-MM-DD date; returns undefined when the text is not such a date. */
export function formatUnDate(isoDate: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  const month = MONTHS[Number(match[2]) - 1];
  const day = Number(match[3]);
  if (!month || day < 1 || day > 31) return undefined;
  return `${day} ${month} ${match[1]}`;
}
