"use client";

import { useState } from "react";
import { resolutionSymbol } from "@/lib/core/draft/adoption";
import { portableDraftSchema, type Draft } from "@/lib/core/draft/schema";

type Props = { draft: Draft; onChange: (next: Draft) => void };

const adoptionSchema = portableDraftSchema.shape.adoption.unwrap();

/**
 * Marks the draft as adopted: the resolution's number, the meeting and the date. The document
 * changes only when the three read as a resolution (validated by the draft's own schema), so an
 * autosave never carries half a number.
 */
export function AdoptionFields({ draft, onChange }: Props) {
  const isAssembly = draft.body === "general-assembly";
  const [isAdopted, setAdopted] = useState(Boolean(draft.adoption));
  const [resolution, setResolution] = useState(draft.adoption?.resolution ?? "");
  const [meeting, setMeeting] = useState(draft.adoption?.meeting ? String(draft.adoption.meeting) : "");
  const [date, setDate] = useState(draft.adoption?.date ?? draft.date ?? "");

  const parsed = adoptionSchema.safeParse({
    resolution,
    date,
    ...(meeting.trim() ? { meeting: Number(meeting) } : {}),
    ...(draft.adoption?.vote ? { vote: draft.adoption.vote } : {}),
  });
  const problem = parsed.success ? null : parsed.error.issues.map((issue) => `${String(issue.path[0] ?? "adoption")} ${issue.message}`).join("; ");

  function commit(next: { resolution?: string; meeting?: string; date?: string }) {
    const values = { resolution, meeting, date, ...next };
    const result = adoptionSchema.safeParse({
      resolution: values.resolution,
      date: values.date,
      ...(values.meeting.trim() ? { meeting: Number(values.meeting) } : {}),
      ...(draft.adoption?.vote ? { vote: draft.adoption.vote } : {}),
    });
    if (result.success) onChange({ ...draft, adoption: result.data });
  }

  function toggle(checked: boolean) {
    setAdopted(checked);
    if (!checked) {
      const next = { ...draft };
      delete next.adoption;
      onChange(next);
    } else commit({});
  }

  return (
    <fieldset className="stack" data-testid="adoption-fields">
      <legend>Adoption</legend>
      <label className="choice">
        <input type="checkbox" checked={isAdopted} onChange={(event) => toggle(event.target.checked)} /> Adopted as a resolution
      </label>
      {isAdopted ? (
        <>
          <div className="metadata-grid">
            <div>
              <label htmlFor="draft-field-resolution">Resolution number</label>
              <input
                id="draft-field-resolution"
                type="text"
                value={resolution}
                placeholder={isAssembly ? "ES-11/1 or 78/5" : "2623"}
                onChange={(event) => {
                  setResolution(event.target.value);
                  commit({ resolution: event.target.value });
                }}
              />
            </div>
            <div>
              <label htmlFor="draft-field-meeting">{isAssembly ? "Plenary meeting" : "Meeting"}</label>
              <input
                id="draft-field-meeting"
                type="number"
                min={1}
                value={meeting}
                placeholder={isAssembly ? "5" : "8980"}
                onChange={(event) => {
                  setMeeting(event.target.value);
                  commit({ meeting: event.target.value });
                }}
              />
            </div>
            <div>
              <label htmlFor="draft-field-adopted-on">Adopted on</label>
              <input
                id="draft-field-adopted-on"
                type="date"
                value={date}
                onChange={(event) => {
                  setDate(event.target.value);
                  commit({ date: event.target.value });
                }}
              />
            </div>
          </div>
          {parsed.success ? (
            <p className="hint" data-testid="adoption-symbol">
              Laid out as {resolutionSymbol(draft, parsed.data)}, without the sponsor line.
            </p>
          ) : (
            <p className="hint" role="status">
              Not yet a resolution: {problem}.
            </p>
          )}
        </>
      ) : null}
    </fieldset>
  );
}
