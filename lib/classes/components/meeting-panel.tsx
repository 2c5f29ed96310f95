"use client";

import { useState } from "react";
import type { ClassView } from "../view";
import { classPath } from "./class-api";
import { ErrorNotice, useClassAction } from "./use-class-action";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "February 2022" from "2022-02-25". */
export function monthOf(date: string): string {
  const [year, month] = date.split("-");
  return `${MONTHS[Number(month) - 1] ?? ""} ${year}`;
}

/** "President: Russian Federation (February 2022)", or null without a President. */
export function presidentLine(view: Pick<ClassView, "president" | "meetingDate">): string | null {
  return view.president && view.meetingDate ? `President: ${view.president.name} (${monthOf(view.meetingDate)})` : null;
}

/**
 * The Council class's meeting date, which presets the month's President (provisional rule 18: the
 * presidency rotates monthly in the English alphabetical order of the members' names). The teacher
 * sets it; the chair sees it.
 */
export function MeetingPanel({ view, onChanged }: { view: ClassView; onChanged: () => void }) {
  const { busy, error, run } = useClassAction(onChanged);
  const [date, setDate] = useState(view.meetingDate ?? "");
  if (view.body !== "security-council") return null;
  const canSet = view.me.isTeacher && view.status === "open";
  return (
    <section className="card" aria-labelledby="meeting-heading">
      <h2 id="meeting-heading">Meeting and President</h2>
      <p data-testid="class-president">
        {view.president && view.meetingDate ? (
          <>
            President for {monthOf(view.meetingDate)}: <strong>{view.president.name}</strong>
          </>
        ) : (
          <span className="muted">No meeting date: set one to preset the month&apos;s President.</span>
        )}
      </p>
      {canSet ? (
        <form
          className="item-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(classPath(view.id), "PATCH", { meetingDate: date.trim() === "" ? null : date.trim() });
          }}
        >
          <label htmlFor="meeting-date">Date of the meeting</label>
          <input
            id="meeting-date"
            type="date"
            min={`${view.year}-01-01`}
            max={`${view.year}-12-31`}
            value={date}
            aria-describedby="meeting-date-hint"
            onChange={(event) => setDate(event.target.value)}
          />
          <button type="submit" className="button button-quiet" disabled={busy || date === (view.meetingDate ?? "")}>
            Set the date
          </button>
          <p className="hint" id="meeting-date-hint">
            A day of {view.year}. The presidency rotates monthly in the English alphabetical order of the members&apos; names (rule 18).
          </p>
        </form>
      ) : null}
      <ErrorNotice error={error} />
    </section>
  );
}
