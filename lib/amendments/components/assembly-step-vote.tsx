"use client";

import { useId, useState } from "react";
import type { AssemblyStepVote } from "@/lib/core/amend/assembly-vote";

type Props = {
  /** "Amendment A1 (Operative paragraph 6)", "The draft resolution as amended". */
  label: string;
  /** Decides the step; returns the message to show when the counts are refused. */
  onDecide: (vote: AssemblyStepVote) => string | null;
};

/**
 * One step of the Assembly's voting sequence: the counts of the recorded vote as the records give
 * them (in favour, against, abstaining), or adopted without a vote. Same entry as the motion for
 * division (division-motion.tsx).
 */
export function AssemblyStepVoteForm({ label, onDecide }: Props) {
  const id = useId();
  const [mode, setMode] = useState<AssemblyStepVote["mode"]>("recorded");
  const [counts, setCounts] = useState({ yes: "", no: "", abstain: "" });
  const [error, setError] = useState<string | null>(null);

  // The counts are checked by the Assembly's rules (decideAssemblyStep), with their own message, rather than by the browser.
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const read = (value: string) => (value.trim() === "" ? 0 : Number(value));
    const message = onDecide(mode === "recorded" ? { mode, yes: read(counts.yes), no: read(counts.no), abstain: read(counts.abstain) } : { mode });
    setError(message === null ? null : `${message}.`);
  };

  const field = (key: keyof typeof counts, text: string) => (
    <label>
      {text}
      <input
        type="number"
        inputMode="numeric"
        min={0}
        max={200}
        step={1}
        style={{ maxWidth: "10rem" }}
        value={counts[key]}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setCounts((current) => ({ ...current, [key]: event.target.value }))}
      />
    </label>
  );

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
        <div className="control-grid">
          {field("yes", "In favour")}
          {field("no", "Against")}
          {field("abstain", "Abstentions")}
        </div>
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
