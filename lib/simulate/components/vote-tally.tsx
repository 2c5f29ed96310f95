import type { ReactNode } from "react";
import type { CouncilOutcome } from "@/lib/core/vote/council-rules";
import type { Tally } from "@/lib/core/vote/vote-value";

/**
 * The vote as decided (its outcome and the President's statement), or why it cannot be counted
 * yet. A simulation's `decideSimulation` result fits, and so does a class vote's closed result.
 */
export type TallyDecision = { ok: true; decision: { outcome: CouncilOutcome; statement: string } } | { ok: false; issues: readonly { message: string }[] };

type Props = {
  tally: Tally;
  /** Votes needed (Charter Art. 27(2)–(3)) and seats of the Council, for the bar. */
  required: number;
  size: number;
  /** What the permanent members' votes mean, from the vote core (`describeVetoLine`); none when not given. */
  vetoLine?: string;
  /** The decided vote, or why it cannot be counted yet. */
  decided: TallyDecision;
  /** Shown between the veto line and the outcome (e.g. what a referral vote is). */
  note?: ReactNode;
  /** Shown after the outcome (e.g. the way on after a veto). */
  children?: ReactNode;
};

/** The count of a Council vote as it stands: yes against the votes needed, the veto line, the President's statement. */
export function VoteTally({ tally, required, size, vetoLine, decided, note, children }: Props) {
  return (
    <div className="tally" aria-live="polite" data-testid="tally">
      <p className="tally-line">
        <strong data-testid="yes-count">{tally.yes >= required ? `Yes ${tally.yes} — the ${required} needed are there` : `Yes ${tally.yes} of ${required} needed`}</strong> · No{" "}
        {tally.no} · Abstain {tally.abstain} · Not participating {tally.notVoting}
      </p>
      <div className="yes-bar" aria-hidden="true">
        <div className="yes-bar-fill" style={{ width: `${(tally.yes / size) * 100}%` }} />
        <div className="yes-bar-line" style={{ left: `${(required / size) * 100}%` }} />
      </div>
      {vetoLine ? (
        <p className="veto-line" data-testid="veto-line">
          {vetoLine}
        </p>
      ) : null}
      {note}
      {decided.ok ? (
        <p className={`statement statement-${decided.decision.outcome}`} data-testid="statement">
          {decided.decision.statement}
        </p>
      ) : (
        <div className="notice notice-warn" data-testid="vote-issues">
          <p>This vote cannot be counted yet:</p>
          <ul>
            {decided.issues.map((issue, index) => (
              <li key={index}>{issue.message}</li>
            ))}
          </ul>
        </div>
      )}
      {children}
    </div>
  );
}
