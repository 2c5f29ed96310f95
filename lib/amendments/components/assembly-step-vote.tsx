"use client";

import { useId, useState } from "react";
import type { AssemblyStepVote } from "@/lib/core/amend/assembly-vote";
import { NO_COUNTS, readVoteCounts, VoteCountsFields } from "./vote-counts-fields";

type Props = {
  /** "Amendment A1 (Operative paragraph 6)", "The draft resolution as amended". */
  label: string;
  /** Decides the step; returns the message to show when the counts are refused. */
  onDecide: (vote: AssemblyStepVote) => string | null;
};

/**
 * One step of the Assembly's voting sequence: the counts of the recorded vote as the records give
 * them (in favour, against, abstaining), or adopted without a vote. The counts are entered as for the
 * motion for division (division-motion.tsx), with the same fields.
 */
export function AssemblyStepVoteForm({ label, onDecide }: Props) {
  const id = useId();
  const [mode, setMode] = useState<AssemblyStepVote["mode"]>("recorded");
  const [counts, setCounts] = useState(NO_COUNTS);
  const [error, setError] = useState<string | null>(null);

  // The counts are checked by the Assembly's rules (decideAssemblyStep), with their own message, rather than by the browser.
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const message = onDecide(mode === "recorded" ? { mode, ...readVoteCounts(counts) } : { mode });
    setError(message === null ? null : `${message}.`);
  };

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label={`Vote on ${label}`} data-testid="assembly-step-vote">
      <fieldset className="row">
        <legend className="small">How the Assembly decided</legend>
        <label className="choice">
          <input type="radio" name={`${id}-mode`} checked={mode === "recorded"} onChange={() => setMode("recorded")} /> Recorded vote
        </label>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === "without-a-vote"}
            onChange={() => {
              setMode("without-a-vote");
              setError(null);
            }}
          />{" "}
          Adopted without a vote
        </label>
      </fieldset>
      {mode === "recorded" ? (
        <VoteCountsFields counts={counts} onChange={setCounts} describedBy={error ? `${id}-error` : undefined} />
      ) : null}
      {error ? (
        <p className="field-error" role="alert" id={`${id}-error`} data-testid="step-vote-error">
          {error}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button">
          Record the vote
        </button>
      </div>
    </form>
  );
}
