"use client";

import { formatJoinCode } from "@/lib/core/classroom/join-code";
import { useClassLive } from "../use-class-live";
import type { ClassView } from "../view";
import { Chamber, ChamberLegend } from "./chamber";
import { Gone } from "./class-room";
import { ConnectionBadge, SpeakerTimer, VoteProgress, VoteResult, voteKindLabel } from "./live-parts";
import { chamberSeats, currentVote, organName } from "./seat-display";
import { presidentLine } from "./meeting-panel";
import { speakerName } from "./speakers-panel";

/** For the wall: the chamber, the item, the speakers, the vote in progress and the result, in large type. */
export function ProjectorView({ initial }: { initial: ClassView }) {
  const live = useClassLive(initial);
  if (live.gone) return <Gone message={live.gone} />;
  const { view, connection } = live;
  const shown = currentVote(view);
  // The wall never shows a hidden tally, even when the projector runs on the chair's own session.
  const vote = shown && shown.status === "open" && shown.hideTally ? { ...shown, ballots: null, tally: null } : shown;
  const seats = chamberSeats(view, vote);
  const count = (state: string) => seats.filter((seat) => seat.state === state).length;

  return (
    <div className="projector" data-testid="projector">
      <header className="projector-head">
        <div>
          <p className="projector-organ">
            {organName(view.body)} · {view.year} · {view.name}
            {presidentLine(view) ? ` · ${presidentLine(view)}` : ""}
          </p>
          {view.currentItem ? <h1 className="projector-item">{view.currentItem}</h1> : <h1 className="projector-item muted">{view.name}</h1>}
        </div>
        <div className="projector-side">
          {view.joinCode && view.status === "open" && !view.locked ? (
            <p className="projector-code">
              Join: <strong>{formatJoinCode(view.joinCode)}</strong>
            </p>
          ) : null}
          <ConnectionBadge connection={connection} />
        </div>
      </header>

      <div className="projector-grid">
        <div className="projector-left">
          <Chamber seats={seats} body={view.body} size="large" presidentIso3={view.president?.iso3 ?? null} />
          <ChamberLegend />
          {view.body === "general-assembly" && vote && (vote.ballots || vote.result) ? (
            <p className="projector-counts" aria-label="Counts by seat">
              <span className="count-yes">✓ {count("Y")}</span> <span className="count-no">✗ {count("N")}</span> <span className="count-abstain">○ {count("A")}</span>{" "}
              <span className="count-np">– {count("NP")}</span> <span className="count-pending">· {count("pending")} to vote</span>
            </p>
          ) : null}
          <section aria-labelledby="projector-speakers" className="projector-speakers">
            <div>
              <h2 id="projector-speakers">Speaking</h2>
              {view.speakers.current ? (
                <p className="projector-speaker">
                  <strong>{speakerName(view, view.speakers.current.iso3, view.speakers.current.name)}</strong> <SpeakerTimer speakers={view.speakers} large />
                </p>
              ) : (
                <p className="muted">Nobody has the floor.</p>
              )}
            </div>
            {view.speakers.queue.length > 0 ? (
              <div>
                <h2>Next</h2>
                <ol className="projector-queue">
                  {view.speakers.queue.slice(0, 5).map((speaker) => (
                    <li key={speaker.id}>{speakerName(view, speaker.iso3, speaker.name)}</li>
                  ))}
                  {view.speakers.queue.length > 5 ? <li className="muted">and {view.speakers.queue.length - 5} more</li> : null}
                </ol>
              </div>
            ) : null}
          </section>
        </div>
        <section aria-labelledby="projector-vote" className="projector-panel">
          <h2 id="projector-vote">{vote?.status === "open" ? "Voting now" : vote ? "Result" : "Vote"}</h2>
          {vote ? (
            <>
              <p className={`projector-vote-title${vote.title.length > 90 ? " is-long" : ""}`}>
                <span className="projector-kind">{voteKindLabel(vote)}</span>
                <br />
                {vote.title}
              </p>
              {vote.status === "open" ? <VoteProgress vote={vote} seatCount={view.seatList.length} /> : <VoteResult vote={vote} large />}
            </>
          ) : (
            <p className="muted">No vote yet.</p>
          )}
        </section>
      </div>
    </div>
  );
}
