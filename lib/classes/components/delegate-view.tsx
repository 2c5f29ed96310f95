"use client";

import Link from "next/link";
import { AmendmentSequenceList } from "./amendment-sequence-list";
import { useState } from "react";
import type { ClassLive } from "../use-class-live";
import type { ClassView, VoteView } from "../view";
import { callClassApi, classPath } from "./class-api";
import { ConnectionBadge, SpeakerTimer, VoteProgress, VoteResult, voteKindLabel } from "./live-parts";
import { presidentLine } from "./meeting-panel";
import { currentVote, organName } from "./seat-display";
import { VoteButtons } from "./vote-buttons";

export type OwnDraft = { id: string; title: string; symbol: string };

/** The delegate's phone: their country, the vote with three big buttons, the drafts on the table, the speakers' list. */
export function DelegateView({ live, ownDrafts }: { live: ClassLive; ownDrafts: OwnDraft[] | null }) {
  const { view, connection, update } = live;
  const seat = view.seatList.find((item) => item.iso3 === view.me.seat) ?? null;
  const vote = currentVote(view);
  const draft = vote?.draftId ? (view.drafts.find((item) => item.id === vote.draftId) ?? null) : null;

  return (
    <div className="delegate-view">
      <header className="delegate-head">
        <div className="delegate-head-line">
          <p className="delegate-class">
            {view.name} · {organName(view.body)} {view.year}
            {presidentLine(view) ? ` · ${presidentLine(view)}` : ""}
          </p>
          <ConnectionBadge connection={connection} />
        </div>
        {seat ? (
          <>
            {/* The short name fits a phone in large type; the UN name stays beneath it when it differs. */}
            <h1 className="delegate-country" data-testid="my-country" title={seat.name}>
              {seat.shortName}
            </h1>
            {seat.shortName !== seat.name ? <p className="delegate-country-full">{seat.name}</p> : null}
          </>
        ) : (
          <h1 className="delegate-country delegate-waiting" data-testid="my-country">
            Waiting for a seat
          </h1>
        )}
        <p className="muted small">
          {view.me.name}
          {view.me.isGuest ? " (guest)" : ""}
          {seat && seat.delegates.length > 1 ? ` · sharing the seat with ${seat.delegates.filter((item) => item.delegateId !== view.me.delegateId).map((item) => item.name).join(", ")}` : ""}
        </p>
        {view.currentItem ? (
          <p className="current-item">
            <span className="muted">On the agenda:</span> {view.currentItem}
          </p>
        ) : null}
        {view.status === "ended" ? <p className="notice notice-info">This class has ended. Its record stays here to read.</p> : null}
      </header>

      <section aria-labelledby="vote-heading" className="delegate-card delegate-vote">
        <h2 id="vote-heading">{vote?.status === "open" ? "Vote now" : "Vote"}</h2>
        {vote ? (
          <VoteBlock view={view} vote={vote} draftHref={draft ? `/classes/${view.id}/drafts/${draft.id}` : null} onRecorded={(value) =>
            update((current) => ({
              ...current,
              votes: current.votes.map((item) => (item.id === vote.id ? { ...item, myBallot: { vote: value, by: "delegate", at: new Date().toISOString() } } : item)),
            }))
          } />
        ) : (
          <p className="muted">No vote yet. When the chair opens one, it appears here.</p>
        )}
      </section>

      <SpeakersCard view={view} />
      <DraftsCard view={view} ownDrafts={ownDrafts} onChanged={live.reload} />
      <p className="small">
        <Link href={`/classes/${view.id}/projector`}>Open the projector view</Link>
      </p>
    </div>
  );
}

function VoteBlock({ view, vote, draftHref, onRecorded }: { view: ClassView; vote: VoteView; draftHref: string | null; onRecorded: (value: "Y" | "N" | "A") => void }) {
  return (
    <div className="stack">
      <div className="vote-title">
        <p className="muted small">{voteKindLabel(vote)}</p>
        <p className="delegate-vote-title" data-testid="vote-title">
          {vote.title}
        </p>
        {draftHref ? (
          <Link href={draftHref} className="small">
            Read the draft
          </Link>
        ) : null}
      </div>
      {vote.status === "open" ? (
        <>
          {view.me.seat ? (
            <VoteButtons view={view} vote={vote} onRecorded={onRecorded} />
          ) : (
            <p className="notice notice-info">You have no seat yet, so you cannot vote. The chair assigns seats.</p>
          )}
          <VoteProgress vote={vote} seatCount={view.seatList.length} />
        </>
      ) : (
        <>
          <VoteResult vote={vote} />
          {view.me.seat && vote.result ? <p className="small muted">Your delegation: {describeOwn(vote, view.me.seat)}</p> : null}
        </>
      )}
    </div>
  );
}

function describeOwn(vote: VoteView, iso3: string): string {
  const ballot = vote.result?.ballots[iso3];
  if (!ballot) return "not recorded";
  const word = { Y: "Yes", N: "No", A: "Abstain", NP: "Not participating" }[ballot.vote];
  return ballot.by === "bot" ? `${word} (voted by the bot)` : word;
}

function SpeakersCard({ view }: { view: ClassView }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { speakers } = view;
  const mine = view.me.seat ? speakers.queue.find((speaker) => speaker.iso3 === view.me.seat) : undefined;
  const seatName = (iso3: string | null, name: string) => (iso3 ? (view.seatList.find((seat) => seat.iso3 === iso3)?.name ?? name) : name);

  async function act(body: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    const answer = await callClassApi(classPath(view.id, "speakers"), { method: "POST", body });
    setBusy(false);
    if (!answer.ok) setError(answer.message);
  }

  return (
    <section aria-labelledby="speakers-heading" className="delegate-card">
      <h2 id="speakers-heading">Speakers’ list</h2>
      {speakers.current ? (
        <p className="speaker-now">
          <span className="muted small">Speaking now</span>
          <br />
          <strong>{seatName(speakers.current.iso3, speakers.current.name)}</strong> <SpeakerTimer speakers={speakers} />
        </p>
      ) : null}
      {speakers.queue.length > 0 ? (
        <ol className="speaker-queue" data-testid="speaker-queue">
          {speakers.queue.map((speaker) => (
            <li key={speaker.id} className={speaker.iso3 && speaker.iso3 === view.me.seat ? "is-mine" : undefined}>
              {seatName(speaker.iso3, speaker.name)}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted small">Nobody is waiting to speak.</p>
      )}
      {view.me.seat && view.status === "open" ? (
        mine ? (
          <button type="button" className="button button-quiet button-wide" disabled={busy} onClick={() => void act({ action: "remove", speakerId: mine.id })}>
            Withdraw from the list
          </button>
        ) : (
          <button type="button" className="button button-wide" disabled={busy} onClick={() => void act({ action: "add", iso3: view.me.seat })}>
            Ask to speak
          </button>
        )
      ) : null}
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function DraftsCard({ view, ownDrafts, onChanged }: { view: ClassView; ownDrafts: OwnDraft[] | null; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [choice, setChoice] = useState("");
  const mySeat = view.me.seat;

  async function send(path: string, method: string, body?: unknown) {
    setBusy(true);
    setError(null);
    const answer = await callClassApi(path, { method, body });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.message);
      return false;
    }
    onChanged();
    return true;
  }

  const sponsorName = (iso3: string) => view.seatList.find((seat) => seat.iso3 === iso3)?.shortName ?? iso3;

  return (
    <section aria-labelledby="drafts-heading" className="delegate-card">
      <h2 id="drafts-heading">Drafts on the table</h2>
      {view.drafts.length === 0 ? <p className="muted small">No draft has been tabled yet.</p> : null}
      <ul className="tabled-list">
        {view.drafts.map((draft) => {
          const isSponsor = mySeat !== null && draft.sponsors.includes(mySeat);
          return (
            <li key={draft.id}>
              <Link href={`/classes/${view.id}/drafts/${draft.id}`} className="tabled-title">
                {draft.title || "Untitled draft"}
              </Link>
              <span className="muted small">
                {draft.symbol ? `${draft.symbol} · ` : ""}Sponsors: {draft.sponsors.map(sponsorName).join(", ") || "none"}
              </span>
              {mySeat && view.status === "open" ? (
                isSponsor ? (
                  <button type="button" className="button button-quiet button-small" disabled={busy} onClick={() => void send(classPath(view.id, "drafts", draft.id, "sponsors"), "DELETE")}>
                    Withdraw sponsorship
                  </button>
                ) : (
                  <button type="button" className="button button-quiet button-small" disabled={busy} onClick={() => void send(classPath(view.id, "drafts", draft.id, "sponsors"), "POST")}>
                    Co-sponsor
                  </button>
                )
              ) : null}
              {draft.sequence ? <AmendmentSequenceList sequence={draft.sequence} tabledId={draft.id} /> : null}
            </li>
          );
        })}
      </ul>
      {view.status === "open" && ownDrafts !== null ? (
        <form
          className="table-draft-form"
          onSubmit={async (event) => {
            event.preventDefault();
            if (!choice) {
              setError("Choose one of your drafts to table.");
              return;
            }
            if (await send(classPath(view.id, "drafts"), "POST", { draftId: choice })) setChoice("");
          }}
        >
          <label htmlFor="table-draft">Table one of your drafts</label>
          {ownDrafts.length === 0 ? (
            <p className="muted small">
              You have no drafts yet. <Link href="/drafts">Write one</Link>, then come back to table it.
            </p>
          ) : (
            <div className="row">
              <select id="table-draft" value={choice} onChange={(event) => setChoice(event.target.value)}>
                <option value="">Choose a draft…</option>
                {ownDrafts.map((draft) => (
                  <option key={draft.id} value={draft.id}>
                    {draft.title || "Untitled draft"}
                    {draft.symbol ? ` (${draft.symbol})` : ""}
                  </option>
                ))}
              </select>
              <button type="submit" className="button" disabled={busy}>
                Table it
              </button>
            </div>
          )}
        </form>
      ) : null}
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
