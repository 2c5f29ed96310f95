"use client";

import { useEffect, useState } from "react";
import { useIsHydrated } from "@/lib/shell/use-is-hydrated";
import type { Connection } from "../use-class-live";
import type { SpeakersView, VoteView } from "../view";

/** Connected / reconnecting, in words and a symbol, announced politely. */
export function ConnectionBadge({ connection }: { connection: Connection }) {
  const label = connection === "live" ? "Live" : connection === "connecting" ? "Connecting…" : "Reconnecting…";
  return (
    <span className={`connection connection-${connection}`} role="status" aria-live="polite" data-testid="connection">
      <span aria-hidden="true">{connection === "live" ? "●" : "◌"}</span> {label}
    </span>
  );
}

function useNow(intervalMs: number, active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}

function formatSeconds(total: number): string {
  const sign = total < 0 ? "−" : "";
  const value = Math.abs(total);
  return `${sign}${Math.floor(value / 60)}:${String(value % 60).padStart(2, "0")}`;
}

/** Time left for the speaker on the floor; over time shows in red with a minus sign and the words "over time". */
export function SpeakerTimer({ speakers, large = false }: { speakers: SpeakersView; large?: boolean }) {
  const current = speakers.current;
  const now = useNow(250, current !== null);
  // The server's clock is not the reader's: the time left is drawn once the page runs here.
  const isHydrated = useIsHydrated();
  if (!current) return null;
  if (!isHydrated) return <span className={`speaker-timer${large ? " speaker-timer-large" : ""}`}>–:––</span>;
  const elapsed = Math.max(0, Math.floor((now - Date.parse(current.startedAt)) / 1000));
  const left = speakers.speakingTimeSeconds - elapsed;
  const isOver = left < 0;
  return (
    <span className={`speaker-timer${isOver ? " is-over" : left <= 15 ? " is-ending" : ""}${large ? " speaker-timer-large" : ""}`} data-testid="speaker-timer" aria-label={isOver ? `Over time by ${formatSeconds(-left)}` : `${formatSeconds(left)} left`}>
      {formatSeconds(left)}
      {isOver ? <span className="speaker-timer-note"> over time</span> : null}
    </span>
  );
}

/** "12 of 15 voted", always shown, and the tally when it is not hidden. */
export function VoteProgress({ vote, seatCount }: { vote: VoteView; seatCount: number }) {
  return (
    <p className="vote-progress" data-testid="vote-progress">
      <strong>
        {vote.voted} of {seatCount} voted
      </strong>
      {vote.tally ? (
        <span className="tally-counts" data-testid="tally">
          <span className="count-yes">✓ Yes {vote.tally.yes}</span>
          <span className="count-no">✗ No {vote.tally.no}</span>
          <span className="count-abstain">○ Abstain {vote.tally.abstain}</span>
        </span>
      ) : (
        <span className="muted"> · tally hidden until the vote closes</span>
      )}
    </p>
  );
}

const OUTCOME_WORDS = { adopted: "Adopted", vetoed: "Vetoed", failed: "Not adopted" } as const;

/** The result in the UN's words, with its counts. */
export function VoteResult({ vote, large = false }: { vote: VoteView; large?: boolean }) {
  const result = vote.result;
  if (!result) return null;
  return (
    <div className={`vote-result${large ? " vote-result-large" : ""}`} data-testid="vote-result">
      <p className="row">
        <span className={`badge outcome-${result.outcome}`}>
          {result.outcome === "adopted" ? "✓ " : "✗ "}
          {OUTCOME_WORDS[result.outcome]}
        </span>
        <span className="result-counts">
          {result.yes} in favour, {result.no} against, {result.abstain} abstaining
          {result.notVoting > 0 ? `, ${result.notVoting} not participating` : ""}
        </span>
      </p>
      <p className={`statement statement-${result.outcome}`} data-testid="vote-statement">
        {result.statement}
      </p>
    </div>
  );
}

export function voteKindLabel(vote: VoteView): string {
  // An item of an amendment sequence is named for what it decides.
  if (vote.step?.kind === "amendment") return "Amendment";
  if (vote.step?.kind === "part") return "Separate vote on a part";
  if (vote.step?.kind === "division") return "Motion for division (rule 89)";
  if (vote.step?.kind === "draft" && vote.step.amended) return "Draft resolution, as amended";
  switch (vote.kind) {
    case "draft":
      return "Draft resolution";
    case "motion":
      return "Procedural motion";
    case "referral":
      return "Referral to the General Assembly (Uniting for Peace)";
    default: {
      const unreachable: never = vote.kind;
      return unreachable;
    }
  }
}
