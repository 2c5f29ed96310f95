"use client";

import { bodyName } from "@/lib/core/draft/layout";
import { BODIES, type Body, type Draft } from "@/lib/core/draft/schema";
import { listAgendaItems } from "@/lib/core/un/agenda";
import { AdoptionFields } from "./adoption-fields";
import { SponsorPicker } from "./sponsor-picker";

type Props = { draft: Draft; onChange: (next: Draft) => void };

const AGENDA_ITEMS = listAgendaItems();


/** Empty text fields are left out of the document rather than stored as "". */
function setOptional<K extends "symbol" | "date" | "agendaItem" | "title" | "session" | "agendaItemNumber">(draft: Draft, key: K, value: string): Draft {
  const next = { ...draft };
  if (value === "") delete next[key];
  else next[key] = value as Draft[K];
  return next;
}

export function MetadataForm({ draft, onChange }: Props) {
  const isAssembly = draft.body === "general-assembly";
  return (
    <fieldset className="metadata-form">
      <legend>Document</legend>
      <div className="metadata-grid">
        <div>
          <label htmlFor="draft-field-body">Body</label>
          <select id="draft-field-body" value={draft.body} onChange={(event) => onChange({ ...draft, body: event.target.value as Body })}>
            {BODIES.map((body) => (
              <option key={body} value={body}>
                {bodyName(body)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="draft-field-symbol">Symbol</label>
          <input
            id="draft-field-symbol"
            type="text"
            value={draft.symbol ?? ""}
            placeholder={isAssembly ? "A/81/L.1" : "S/2026/1"}
            onChange={(event) => onChange(setOptional(draft, "symbol", event.target.value))}
          />
        </div>
        <div>
          <label htmlFor="draft-field-date">Date</label>
          <input id="draft-field-date" type="date" value={draft.date ?? ""} onChange={(event) => onChange(setOptional(draft, "date", event.target.value))} />
        </div>
      </div>
      <div>
        <label htmlFor="draft-field-agendaItem">Agenda item</label>
        <input
          id="draft-field-agendaItem"
          type="text"
          list="agenda-item-options"
          value={draft.agendaItem ?? ""}
          placeholder="The situation in …, or pick from the Council's agenda"
          onChange={(event) => onChange(setOptional(draft, "agendaItem", event.target.value))}
        />
        <datalist id="agenda-item-options">
          {AGENDA_ITEMS.map((item) => (
            <option key={item.agendaItem} value={item.agendaItem} label={`${item.votes} vote${item.votes === 1 ? "" : "s"}, last ${item.lastVoted.slice(0, 4)}`} />
          ))}
        </datalist>
        <p className="hint">Choose one of the items the Council has voted under, or write your own.</p>
      </div>
      {isAssembly ? (
        <>
          <div className="metadata-grid">
            <div>
              <label htmlFor="draft-field-session">Session</label>
              <input
                id="draft-field-session"
                type="text"
                value={draft.session ?? ""}
                placeholder="Eighty-first session"
                onChange={(event) => onChange(setOptional(draft, "session", event.target.value))}
              />
            </div>
            <div>
              <label htmlFor="draft-field-agendaItemNumber">Agenda item number</label>
              <input
                id="draft-field-agendaItemNumber"
                type="text"
                value={draft.agendaItemNumber ?? ""}
                onChange={(event) => onChange(setOptional(draft, "agendaItemNumber", event.target.value))}
              />
            </div>
          </div>
          <div>
            <label htmlFor="draft-field-title">Title</label>
            <input id="draft-field-title" type="text" value={draft.title ?? ""} onChange={(event) => onChange(setOptional(draft, "title", event.target.value))} />
          </div>
        </>
      ) : (
        <p className="hint">Security Council drafts bear no title: the agenda item names the matter.</p>
      )}
      <SponsorPicker value={draft.sponsors ?? []} onChange={(sponsors) => onChange({ ...draft, sponsors })} />
      <AdoptionFields draft={draft} onChange={onChange} />
    </fieldset>
  );
}
