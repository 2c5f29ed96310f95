"use client";

import { useState } from "react";
import type { ClassView } from "../view";
import { classPath } from "./class-api";
import { SpeakerTimer } from "./live-parts";
import { ErrorNotice, useClassAction } from "./use-class-action";

export function speakerName(view: ClassView, iso3: string | null, name: string): string {
  return iso3 ? (view.seatList.find((seat) => seat.iso3 === iso3)?.name ?? name) : name;
}

/** The chair's speakers' list: who speaks, the timer, next speaker, add / remove, speaking time. */
export function SpeakersPanel({ view, onChanged }: { view: ClassView; onChanged: () => void }) {
  const { busy, error, run } = useClassAction(onChanged);
  const [iso3, setIso3] = useState("");
  const [seconds, setSeconds] = useState(String(view.speakers.speakingTimeSeconds));
  const { speakers } = view;
  const isOpen = view.status === "open";
  const speakersPath = classPath(view.id, "speakers");

  return (
    <section className="card" aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">Speakers’ list</h2>
      <div className="speaker-floor">
        {speakers.current ? (
          <p className="speaker-now">
            <span className="muted small">On the floor</span>
            <br />
            <strong data-testid="current-speaker">{speakerName(view, speakers.current.iso3, speakers.current.name)}</strong> <SpeakerTimer speakers={speakers} />
          </p>
        ) : (
          <p className="muted">Nobody has the floor.</p>
        )}
        {isOpen && (speakers.queue.length > 0 || speakers.current) ? (
          <button type="button" className="button" disabled={busy} onClick={() => void run(speakersPath, "POST", { action: "next" })}>
            {speakers.queue.length > 0 ? "Next speaker ›" : "End this speech"}
          </button>
        ) : null}
      </div>
      {speakers.queue.length > 0 ? (
        <ol className="speaker-queue">
          {speakers.queue.map((speaker) => (
            <li key={speaker.id}>
              <span>{speakerName(view, speaker.iso3, speaker.name)}</span>
              {isOpen ? (
                <button type="button" className="button-link small" disabled={busy} onClick={() => void run(speakersPath, "POST", { action: "remove", speakerId: speaker.id })} aria-label={`Remove ${speakerName(view, speaker.iso3, speaker.name)} from the list`}>
                  Remove
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted small">The list is empty.</p>
      )}
      {isOpen ? (
        <>
          <form
            className="row"
            onSubmit={(event) => {
              event.preventDefault();
              if (!iso3) return;
              void run(speakersPath, "POST", { action: "add", iso3 }).then(() => setIso3(""));
            }}
          >
            <label htmlFor="speaker-add" className="visually-hidden">
              Delegation to add
            </label>
            <select id="speaker-add" value={iso3} onChange={(event) => setIso3(event.target.value)} className="grow">
              <option value="">Add a delegation…</option>
              {view.seatList.map((seat) => (
                <option key={seat.iso3} value={seat.iso3}>
                  {seat.name}
                </option>
              ))}
            </select>
            <button type="submit" className="button button-quiet" disabled={busy || !iso3}>
              Add
            </button>
            {speakers.queue.length > 0 ? (
              <button type="button" className="button button-quiet" disabled={busy} onClick={() => void run(speakersPath, "POST", { action: "clear" }, "Clear the speakers' list?")}>
                Clear
              </button>
            ) : null}
          </form>
          {view.me.isTeacher ? (
            <form
              className="row"
              onSubmit={(event) => {
                event.preventDefault();
                void run(classPath(view.id), "PATCH", { speakingTimeSeconds: Number(seconds) });
              }}
            >
              <label htmlFor="speaking-time" className="inline-label">
                Speaking time (seconds)
              </label>
              <input id="speaking-time" type="number" min={10} max={1800} step={5} value={seconds} onChange={(event) => setSeconds(event.target.value)} className="input-short" />
              <button type="submit" className="button button-quiet" disabled={busy}>
                Set
              </button>
            </form>
          ) : null}
        </>
      ) : null}
      <ErrorNotice error={error} />
    </section>
  );
}

/** The item under discussion, set by the chair, shown on every screen. */
export function ItemPanel({ view, onChanged }: { view: ClassView; onChanged: () => void }) {
  const { busy, error, run } = useClassAction(onChanged);
  const [text, setText] = useState(view.currentItem);
  return (
    <section className="card" aria-labelledby="item-heading">
      <h2 id="item-heading">Current item</h2>
      {view.status === "open" ? (
        <form
          className="item-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(classPath(view.id), "PATCH", { currentItem: text.trim() });
          }}
        >
          <label htmlFor="current-item" className="visually-hidden">
            Current item
          </label>
          <input id="current-item" type="text" maxLength={300} value={text} placeholder="e.g. The situation in the Middle East" onChange={(event) => setText(event.target.value)} />
          <button type="submit" className="button button-quiet" disabled={busy || text.trim() === view.currentItem}>
            Show on every screen
          </button>
        </form>
      ) : (
        <p>{view.currentItem || <span className="muted">None</span>}</p>
      )}
      <ErrorNotice error={error} />
    </section>
  );
}
