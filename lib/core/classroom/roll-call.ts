import { compareEnglishNames } from "../un/names";

/**
 * GA rules of procedure, rule 87: a roll-call vote is taken "in the English alphabetical order of
 * the names of the members, beginning with the member whose name is drawn by lot by the
 * President". The Council follows the same practice when a roll call is asked for.
 * `random` returns a number in [0, 1): the lot.
 */
export function rollCallOrder(seats: readonly { iso3: string; name: string }[], random: () => number): string[] {
  if (seats.length === 0) return [];
  const sorted = [...seats].sort((left, right) => compareEnglishNames(left.name, right.name));
  const start = Math.min(sorted.length - 1, Math.floor(random() * sorted.length));
  return [...sorted.slice(start), ...sorted.slice(0, start)].map((seat) => seat.iso3);
}
