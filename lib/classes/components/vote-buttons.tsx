"use client";

import { useState } from "react";
import { VOTE_DISPLAY } from "@/lib/simulate/vote-display";
import type { BallotValue, ClassView, VoteView } from "../view";
import { callClassApi, classPath } from "./class-api";

const CHOICES: readonly BallotValue[] = ["Y", "N", "A"];

/** Three big buttons for the viewer's own seat; the recorded vote is confirmed in words, and can change until closing. */
export function VoteButtons({ view, vote, onRecorded }: { view: ClassView; vote: VoteView; onRecorded: (vote: BallotValue) => void }) {
  const [sending, setSending] = useState<BallotValue | null>(null);
  const [error, setError] = useState<string | null>(null);
  const recorded = vote.myBallot?.vote ?? (view.me.seat ? (vote.ballots?.[view.me.seat]?.vote ?? null) : null);
  const recordedBy = vote.myBallot?.by ?? (view.me.seat ? vote.ballots?.[view.me.seat]?.by : undefined);
  const isOpen = vote.status === "open";

  async function cast(choice: BallotValue) {
    setSending(choice);
    setError(null);
    const answer = await callClassApi<{ vote: BallotValue; iso3: string }>(classPath(view.id, "votes", vote.id, "ballot"), { method: "POST", body: { vote: choice } });
    setSending(null);
    if (!answer.ok) {
      setError(answer.message);
      return;
    }
    onRecorded(answer.data.vote ?? choice);
  }

  return (
    <div className="vote-buttons-block">
      <div className="vote-buttons" role="group" aria-label="Your vote">
        {CHOICES.map((choice) => {
          const display = VOTE_DISPLAY[choice];
          const isChosen = recorded === choice && recordedBy !== "bot";
          return (
            <button
              key={choice}
              type="button"
              className={`vote-button ${display.className}${isChosen ? " is-chosen" : ""}`}
              aria-pressed={isChosen}
              disabled={!isOpen || sending !== null}
              onClick={() => void cast(choice)}
            >
              <span className="vote-button-symbol" aria-hidden="true">
                {display.symbol}
              </span>
              <span className="vote-button-word">{sending === choice ? "Sending…" : display.word}</span>
            </button>
          );
        })}
      </div>
      <p className={`vote-recorded${recorded && recordedBy !== "bot" ? " is-recorded" : ""}`} role="status" aria-live="polite" data-testid="vote-recorded">
        {recorded && recordedBy !== "bot" ? `Recorded: ${VOTE_DISPLAY[recorded].word}` : isOpen ? "Not voted yet." : ""}
      </p>
      {recorded && recordedBy !== "bot" && isOpen ? <p className="hint">You can change it until the chair closes the vote.</p> : null}
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
