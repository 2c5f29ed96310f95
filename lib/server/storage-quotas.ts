/**
 * How much each account may keep, so that storage cannot grow without bound. Pure; the features'
 * mutations count and refuse inside the transaction that writes (lib/simulate/mutations.ts,
 * lib/classes/mutations.ts, lib/drafts/mutations.ts for revisions).
 */
export const STORAGE_QUOTAS = {
  /** Saved simulated votes per user. */
  simulations: 500,
  /** Classes a teacher has opened, ended ones included (their records are kept). */
  classes: 200,
  /** Revisions kept per draft: past this the oldest are pruned on save (the current text is always the newest). */
  revisionsPerDraft: 500,
} as const;

export type QuotaKind = "simulations" | "classes";

/** Whether one more may be written when `count` exist already. */
export function hasRoomFor(kind: QuotaKind, count: number): boolean {
  return count < STORAGE_QUOTAS[kind];
}

export function quotaMessage(kind: QuotaKind): string {
  switch (kind) {
    case "simulations":
      return `You have saved ${STORAGE_QUOTAS.simulations} votes, the most an account can keep. This vote was not saved.`;
    case "classes":
      return `You have opened ${STORAGE_QUOTAS.classes} classes, the most an account can keep. No new class was opened.`;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
