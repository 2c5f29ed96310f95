"use client";

import Link from "next/link";
import { AmendmentSequenceList } from "./amendment-sequence-list";
import type { ClassLive } from "../use-class-live";
import type { BallotValue, ClassView } from "../view";
import { classPath } from "./class-api";
import { JoinPanel } from "./join-panel";
import { MeetingPanel, presidentLine } from "./meeting-panel";
import { ConnectionBadge } from "./live-parts";
import { RosterPanel, SeatsOverview } from "./roster-panel";
import { organName } from "./seat-display";
import { ItemPanel, SpeakersPanel } from "./speakers-panel";
import { PastVotes, VotePanel } from "./vote-panel";

/** The chair's console: join, roster and seats, drafts, the item, speakers, the vote and the record. */
export function ChairConsole({ live }: { live: ClassLive }) {
  const { view, connection, reload, update } = live;
  const onOwnBallot = (voteId: string, value: BallotValue) =>
    update((current) => ({
      ...current,
      votes: current.votes.map((vote) => (vote.id === voteId ? { ...vote, myBallot: { vote: value, by: "delegate", at: new Date().toISOString() } } : vote)),
    }));
  return (
    <div className="console">
      <header className="console-head">
        <div>
          <p className="breadcrumb">
            <Link href="/classes">Classes</Link> / {view.name}
          </p>
          <h1>{view.name}</h1>
          <p className="muted">
            {organName(view.body)} {view.year} · {view.seatList.length} seats · {view.me.isTeacher ? "you are the teacher" : "you are the chair"}
            {presidentLine(view) ? ` · ${presidentLine(view)}` : ""}
            {view.status === "ended" ? " · ended (read-only)" : ""}
          </p>
        </div>
        <div className="row">
          <ConnectionBadge connection={connection} />
          <Link className="button" href={`/classes/${view.id}/projector`} target="_blank" rel="noopener">
            Projector view ↗
          </Link>
        </div>
      </header>
      <div className="console-grid">
        <div className="console-main">
          <VotePanel view={view} onChanged={reload} onOwnBallot={onOwnBallot} />
          <SpeakersPanel key={`speakers-${view.speakers.speakingTimeSeconds}`} view={view} onChanged={reload} />
          <PastVotes view={view} />
        </div>
        <div className="console-side">
          <JoinPanel view={view} onChanged={reload} />
          <ItemPanel key={`item-${view.currentItem}`} view={view} onChanged={reload} />
          <MeetingPanel key={`meeting-${view.meetingDate ?? ""}`} view={view} onChanged={reload} />
          <RosterPanel view={view} onChanged={reload} />
          <section className="card" aria-labelledby="seats-heading">
            <h2 id="seats-heading">Seats</h2>
            <SeatsOverview view={view} />
          </section>
          <TabledDrafts view={view} />
        </div>
      </div>
    </div>
  );
}

function TabledDrafts({ view }: { view: ClassView }) {
  const nameOf = (iso3: string) => view.seatList.find((seat) => seat.iso3 === iso3)?.shortName ?? iso3;
  return (
    <section className="card" aria-labelledby="tabled-heading">
      <h2 id="tabled-heading">Tabled drafts</h2>
      {view.drafts.length === 0 ? (
        <p className="muted small">No draft tabled yet. Delegates table their drafts from their phones.</p>
      ) : (
        <ul className="tabled-list">
          {view.drafts.map((draft) => (
            <li key={draft.id}>
              <Link href={`/classes/${view.id}/drafts/${draft.id}`} className="tabled-title">
                {draft.title || "Untitled draft"}
              </Link>
              <span className="muted small">
                {draft.symbol ? `${draft.symbol} · ` : ""}Sponsors: {draft.sponsors.map(nameOf).join(", ") || "none"} · tabled by {draft.tabledBy}
              </span>
              <a className="small" href={`${classPath(view.id, "drafts", draft.id)}/docx`} download>
                Download .docx
              </a>
              {draft.sequence ? <AmendmentSequenceList sequence={draft.sequence} tabledId={draft.id} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
