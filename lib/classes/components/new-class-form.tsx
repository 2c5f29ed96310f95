"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ClassBody } from "../view";
import { callClassApi } from "./class-api";
import { ErrorNotice } from "./use-class-action";

type Props = {
  firstYear: number;
  lastYear: number;
  /** Seats per year for each organ, to show what the class will have. */
  councilSeats: Record<number, number>;
  assemblyMembers: Record<number, number>;
};

/** The teacher's "New class": name, organ, year → the new class's console. */
export function NewClassForm({ firstYear, lastYear, councilSeats, assemblyMembers }: Props) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [body, setBody] = useState<ClassBody>("security-council");
  const [year, setYear] = useState(lastYear);
  const [meetingDate, setMeetingDate] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => lastYear - index);
  const seats = body === "security-council" ? councilSeats[year] : assemblyMembers[year];

  return (
    <form
      className="card stack new-class-form"
      aria-labelledby="new-class-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!name.trim()) {
          setError("Give the class a name, e.g. “Year 11 — Security Council”.");
          return;
        }
        setBusy(true);
        setError(null);
        const answer = await callClassApi<{ id: string; joinCode: string }>("/api/classes", { method: "POST", body: { name: name.trim(), body, year, ...(body === "security-council" && meetingDate ? { meetingDate } : {}) } });
        if (!answer.ok) {
          setBusy(false);
          setError(answer.message);
          return;
        }
        router.push(`/classes/${encodeURIComponent(answer.data.id)}`);
      }}
    >
      <h2 id="new-class-heading">New class</h2>
      <div>
        <label htmlFor="class-name">Name</label>
        <input id="class-name" type="text" maxLength={120} value={name} placeholder="Year 11 — Security Council" onChange={(event) => setName(event.target.value)} />
      </div>
      <fieldset>
        <legend>Organ</legend>
        <label className="choice">
          <input type="radio" name="class-body" checked={body === "security-council"} onChange={() => setBody("security-council")} /> Security Council
        </label>
        <label className="choice">
          <input type="radio" name="class-body" checked={body === "general-assembly"} onChange={() => setBody("general-assembly")} /> General Assembly
        </label>
      </fieldset>
      <div>
        <label htmlFor="class-year">Year</label>
        <select id="class-year" value={year} onChange={(event) => setYear(Number(event.target.value))} aria-describedby="class-seats">
          {years.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <p className="hint" id="class-seats" data-testid="class-seats">
          {seats
            ? body === "security-council"
              ? `${seats} seats: the Council's members in ${year}${year <= 1965 ? " (11 until 1965)" : ""}.`
              : `${seats} seats: the Members of the United Nations in ${year}.`
            : ""}
        </p>
      </div>
      {body === "security-council" ? (
        <div>
          <label htmlFor="class-meeting-date">Date of the meeting (optional)</label>
          <input
            id="class-meeting-date"
            type="date"
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            value={meetingDate}
            aria-describedby="class-meeting-hint"
            onChange={(event) => setMeetingDate(event.target.value)}
          />
          <p className="hint" id="class-meeting-hint">
            Sets the month&apos;s President of the Council (rule 18). You can set or change it later.
          </p>
        </div>
      ) : null}
      <ErrorNotice error={error} />
      <button type="submit" className="button" disabled={busy}>
        {busy ? "Opening…" : "Open the class"}
      </button>
    </form>
  );
}
