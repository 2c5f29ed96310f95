"use client";

import { useState } from "react";
import type { ClassView, DelegateView } from "../view";
import { classPath } from "./class-api";
import { ErrorNotice, useClassAction } from "./use-class-action";

/** Who joined, their seats (picker per delegate), auto-assign, chair, remove or revoke. */
export function RosterPanel({ view, onChanged }: { view: ClassView; onChanged: () => void }) {
  const { busy, error, setError, run } = useClassAction(onChanged);
  const [mode, setMode] = useState<"random" | "joined">("random");
  const isTeacher = view.me.isTeacher;
  const isOpen = view.status === "open";
  const delegates = [...view.delegates].sort((left, right) => left.joinedAt.localeCompare(right.joinedAt));
  const seatOf = (iso3: string) => view.seatList.find((seat) => seat.iso3 === iso3);
  const botSeats = view.seatList.filter((seat) => seat.delegates.length === 0).length;

  async function moveTo(delegate: DelegateView, iso3: string) {
    if (iso3 === "") {
      if (!delegate.seat) return;
      const seat = seatOf(delegate.seat);
      await run(classPath(view.id, "seats", delegate.seat), "PUT", { delegateIds: (seat?.delegates ?? []).map((item) => item.delegateId).filter((id) => id !== delegate.delegateId) });
      return;
    }
    const seat = seatOf(iso3);
    const others = (seat?.delegates ?? []).map((item) => item.delegateId).filter((id) => id !== delegate.delegateId);
    if (others.length >= 2) {
      setError(`${seat?.name ?? iso3} already has two delegates. Free a place first.`);
      return;
    }
    await run(classPath(view.id, "seats", iso3), "PUT", { delegateIds: [...others, delegate.delegateId] });
  }

  return (
    <section className="card" aria-labelledby="roster-heading">
      <div className="panel-head">
        <h2 id="roster-heading">
          Delegates <span className="badge">{delegates.filter((item) => !item.isTeacher).length} joined</span>
        </h2>
        {isOpen ? (
          <div className="row auto-assign">
            <label htmlFor="assign-mode" className="visually-hidden">
              Auto-assign order
            </label>
            <select id="assign-mode" value={mode} onChange={(event) => setMode(event.target.value as "random" | "joined")}>
              <option value="random">Random seats</option>
              <option value="joined">In the order joined</option>
            </select>
            <button type="button" className="button button-quiet" disabled={busy} onClick={() => void run(classPath(view.id, "seats", "auto"), "POST", { mode })}>
              Auto-assign the rest
            </button>
          </div>
        ) : null}
      </div>
      <p className="muted small">
        {botSeats} of {view.seatList.length} seats are bot seats: nobody plays them, so they vote by the prediction from the real record. Two delegates may share a seat.
      </p>
      <ErrorNotice error={error} />
      {delegates.length === 0 ? (
        <p className="muted">Nobody has joined yet. Show the code or the QR code to the room.</p>
      ) : (
        <ul className="roster-list">
          {delegates.map((delegate) => (
            <li key={delegate.delegateId} data-testid="roster-row" className="roster-row">
              <div className="roster-who">
                <span className="roster-name">{delegate.name}</span>
                <span className="badge">{delegate.isTeacher ? "Teacher" : delegate.isGuest ? "Guest" : "Account"}</span>
                {delegate.isChair && !delegate.isTeacher ? <span className="badge badge-chair">Chair</span> : null}
              </div>
              <div className="roster-controls">
                <label htmlFor={`seat-${delegate.delegateId}`} className="visually-hidden">
                  Seat of {delegate.name}
                </label>
                <select id={`seat-${delegate.delegateId}`} value={delegate.seat ?? ""} disabled={busy || !isOpen} onChange={(event) => void moveTo(delegate, event.target.value)}>
                  <option value="">No seat</option>
                  {view.seatList.map((seat) => {
                    const others = seat.delegates.filter((item) => item.delegateId !== delegate.delegateId);
                    return (
                      <option key={seat.iso3} value={seat.iso3} disabled={others.length >= 2}>
                        {seat.name}
                        {others.length > 0 ? ` — with ${others.map((item) => item.name).join(", ")}` : ""}
                      </option>
                    );
                  })}
                </select>
                {isTeacher && !delegate.isTeacher && isOpen ? (
                  <span className="roster-actions">
                    <button type="button" className="button button-quiet button-small" disabled={busy} onClick={() => void run(classPath(view.id, "delegates", delegate.delegateId), "PATCH", { isChair: !delegate.isChair })}>
                      {delegate.isChair ? "Remove as chair" : "Make chair"}
                    </button>
                    <button
                      type="button"
                      className="button button-quiet button-small button-danger-quiet"
                      disabled={busy}
                      aria-label={`${delegate.isGuest ? "Revoke" : "Remove"} ${delegate.name}`}
                      onClick={() =>
                        void run(
                          classPath(view.id, "delegates", delegate.delegateId),
                          "DELETE",
                          undefined,
                          delegate.isGuest ? `Revoke ${delegate.name}? Their guest session stops opening this class.` : `Remove ${delegate.name} from the class?`,
                        )
                      }
                    >
                      {delegate.isGuest ? "Revoke" : "Remove"}
                    </button>
                  </span>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Every seat with who plays it, or "bot". */
export function SeatsOverview({ view }: { view: ClassView }) {
  return (
    // The list scrolls for a large body (the Assembly): focusable, so that the keyboard can scroll it.
    <ul className="seat-overview" aria-label="Seats" tabIndex={0}>
      {view.seatList.map((seat) => (
        <li key={seat.iso3} className={seat.delegates.length === 0 ? "is-bot" : undefined} data-testid={`seat-row-${seat.iso3}`}>
          <span className="seat-overview-name">
            {seat.shortName}
            {seat.permanent ? " ★" : ""}
          </span>
          <span className="seat-overview-who">{seat.delegates.length === 0 ? "bot" : seat.delegates.map((item) => item.name).join(", ")}</span>
        </li>
      ))}
    </ul>
  );
}
