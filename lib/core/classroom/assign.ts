/**
 * Auto-assignment of delegates to seats. Seats already held stay as they are (two delegates may
 * share a seat); each delegate without a seat gets an empty one, until delegates or seats run out.
 */
export type AssignMode = "random" | "joined";

export type AssignableDelegate = { delegateId: string; seat: string | null };

/**
 * `seats` in display order; `delegates` in the order they joined. "joined": the first to join
 * takes the first empty seat; "random": empty seats and waiting delegates are paired at random
 * (`random` returns numbers in [0, 1); seeded in tests). Returns each delegate's new seat.
 */
export function autoAssignSeats(
  seats: readonly string[],
  delegates: readonly AssignableDelegate[],
  mode: AssignMode,
  random: () => number,
): Map<string, string> {
  const taken = new Set(delegates.map((delegate) => delegate.seat).filter((seat): seat is string => seat !== null && seats.includes(seat)));
  let empty = seats.filter((seat) => !taken.has(seat));
  const waiting = delegates.filter((delegate) => delegate.seat === null || !seats.includes(delegate.seat));
  switch (mode) {
    case "joined":
      break;
    case "random":
      empty = shuffle(empty, random);
      break;
    default: {
      const unreachable: never = mode;
      throw new Error(`unhandled mode ${String(unreachable)}`);
    }
  }
  const assigned = new Map<string, string>();
  waiting.forEach((delegate, index) => {
    if (index < empty.length) assigned.set(delegate.delegateId, empty[index]);
  });
  return assigned;
}

/** Fisher–Yates with the given source of randomness. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let index = out.length - 1; index > 0; index--) {
    const pick = Math.min(index, Math.floor(random() * (index + 1)));
    [out[index], out[pick]] = [out[pick], out[index]];
  }
  return out;
}
