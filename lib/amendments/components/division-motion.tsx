"use client";

import { useState } from "react";
import { decideMotionForDivision, type MotionDecision } from "@/lib/core/amend/division";
import { NO_COUNTS, readVoteCounts, VoteCountsFields } from "./vote-counts-fields";

/**
 * General Assembly, rule 89: an objection to a request for division puts the motion for division to
 * the vote before the parts; the counts are entered as the recorded vote gives them, checked against
 * the Members of the Assembly in the draft's `year`, as its amendments are.
 */
export function DivisionMotionVote({ decision, onDecided, year }: { decision: MotionDecision | null; onDecided: (decision: MotionDecision | null) => void; year: number }) {
  const [counts, setCounts] = useState(NO_COUNTS);
  const [error, setError] = useState<string | null>(null);

  const decide = (event: React.FormEvent) => {
    event.preventDefault();
    const result = decideMotionForDivision(readVoteCounts(counts), year);
    if (!result.ok) {
      setError(`${result.message}.`);
      return;
    }
    setError(null);
    onDecided(result.decision);
  };

  if (decision) {
    return (
      <div className="stack" data-testid="division-motion">
        <p className={`statement statement-${decision.outcome === "adopted" ? "adopted" : "failed"}`} data-testid="motion-statement">
          {decision.statement}
        </p>
        <p className="small muted">{decision.consequence}.</p>
        <div>
          <button type="button" className="button button-quiet button-small" onClick={() => onDecided(null)}>
            Vote on the motion again
          </button>
        </div>
      </div>
    );
  }
  return (
    <form className="sub-card stack" onSubmit={decide} aria-labelledby="division-motion-heading" data-testid="division-motion">
      <h3 id="division-motion-heading" className="small">
        Vote on the motion for division (rule 89): a majority of the Members present and voting
      </h3>
      <VoteCountsFields counts={counts} onChange={setCounts} />
      {error ? (
        <p className="field-error" role="alert" data-testid="motion-error">
          {error}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button button-small">
          Record the vote on the motion
        </button>
      </div>
    </form>
  );
}
