"use client";

import { useState } from "react";
import { decideMotionForDivision, type MotionDecision } from "@/lib/core/amend/division";

/**
 * General Assembly, rule 89: an objection to a request for division puts the motion for division to
 * the vote before the parts; the counts are entered as the recorded vote gives them.
 */
export function DivisionMotionVote({ decision, onDecided }: { decision: MotionDecision | null; onDecided: (decision: MotionDecision | null) => void }) {
  const [counts, setCounts] = useState({ yes: "", no: "", abstain: "" });
  const [error, setError] = useState<string | null>(null);

  const decide = (event: React.FormEvent) => {
    event.preventDefault();
    const read = (value: string) => (value.trim() === "" ? 0 : Number(value));
    const result = decideMotionForDivision({ yes: read(counts.yes), no: read(counts.no), abstain: read(counts.abstain) });
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
  const field = (key: keyof typeof counts, label: string) => (
    <label>
      {label}
      <input type="number" inputMode="numeric" min={0} max={200} step={1} style={{ maxWidth: "10rem" }} value={counts[key]} onChange={(event) => setCounts((current) => ({ ...current, [key]: event.target.value }))} />
    </label>
  );
  return (
    <form className="sub-card stack" onSubmit={decide} aria-labelledby="division-motion-heading" data-testid="division-motion">
      <h3 id="division-motion-heading" className="small">
        Vote on the motion for division (rule 89): a majority of the Members present and voting
      </h3>
      <div className="control-grid">
        {field("yes", "In favour")}
        {field("no", "Against")}
        {field("abstain", "Abstentions")}
      </div>
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
