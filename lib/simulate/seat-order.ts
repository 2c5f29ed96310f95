import { compareEnglishNames } from "@/lib/core/un/names";

/**
 * The order of seats around the horseshoe: the President in the middle, then the members in
 * English alphabetical order going round, as the Council's seating follows the presidency
 * (provisional rules of procedure, rule 18: the presidency rotates in English alphabetical order).
 */
export function horseshoeOrder<T extends { iso3: string; name: string }>(members: readonly T[], presidentIso3: string | null): T[] {
  const sorted = [...members].sort((left, right) => compareEnglishNames(left.name, right.name));
  const start = Math.max(0, sorted.findIndex((member) => member.iso3 === presidentIso3));
  return [...sorted.slice(start), ...sorted.slice(0, start)];
}

/**
 * Positions on a U open at the bottom: the President at the top, the others alternating to the
 * President's right and left as the chamber's horseshoe places them.
 */
export function seatPositions(count: number, center: { x: number; y: number }, radius: { x: number; y: number }): { x: number; y: number }[] {
  const spread = (250 * Math.PI) / 180;
  const positions: { x: number; y: number }[] = [];
  for (let index = 0; index < count; index++) {
    // Seat 0 at the top; seats then run clockwise around the U.
    const offset = count === 1 ? 0 : (index / (count - 1)) * spread - spread / 2;
    const angle = -Math.PI / 2 + offset;
    positions.push({ x: center.x + radius.x * Math.cos(angle), y: center.y + radius.y * Math.sin(angle) });
  }
  // Put the President (index 0 of the order) at the middle of the arc.
  const middle = Math.floor(count / 2);
  const rotated: { x: number; y: number }[] = [];
  for (let index = 0; index < count; index++) rotated.push(positions[(index + middle) % count]);
  return rotated;
}
