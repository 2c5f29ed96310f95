import type { Dispatch } from "react";
import type { Council } from "@/lib/core/un/council";
import { COUNCIL_YEARS_NEWEST_FIRST } from "@/lib/core/un/council";
import type { PacificSettlementBasis } from "@/lib/core/vote/council-rules";
import { PROCEDURAL_MATTERS } from "@/lib/core/vote/preliminary-question";
import { StateListPicker } from "@/lib/states/state-list-picker";
import type { SimulatorAction, SimulatorState } from "../simulator-state";

type Props = {
  state: SimulatorState;
  dispatch: Dispatch<SimulatorAction>;
  council: Council;
  /** The draft being voted on; without one, the topic and sponsors describe it for the prediction. */
  draft: { label: string } | null;
  isSignedIn: boolean;
  canSave: boolean;
  isPredicting: boolean;
  isSaving: boolean;
  onPredict: () => void;
  onSave: () => void;
  voteRecordHref: string;
  message: { kind: "ok" | "error"; text: string } | null;
};

/** The settings of a simulated vote: year, date, matter, basis, President, parties, what the prediction reads, and the actions. */
export function SimulatorControls({ state, dispatch, council, draft, isSignedIn, canSave, isPredicting, isSaving, onPredict, onSave, voteRecordHref, message }: Props) {
  const { year, voteDate, matter, pacificSettlement, presidentIso3 } = state;
  const handSetNames = state.setByHand.map((iso3) => council.members.find((member) => member.iso3 === iso3)?.name ?? iso3).join(", ");
  return (
    <section className="card stack simulator-controls" aria-label="Vote settings">
      {draft ? (
        <p className="small">
          Voting on <strong>{draft.label}</strong>
        </p>
      ) : null}
      <div className="control-grid">
        <div>
          <label htmlFor="sim-year">Year</label>
          <select id="sim-year" value={year} onChange={(event) => dispatch({ type: "set-year", year: Number(event.target.value) })}>
            {COUNCIL_YEARS_NEWEST_FIRST.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="sim-date">Date of the vote</label>
          <input
            id="sim-date"
            type="date"
            value={voteDate}
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            onChange={(event) => dispatch({ type: "set-vote-date", date: event.target.value })}
            aria-describedby="sim-date-hint"
          />
          <p id="sim-date-hint" className="hint">
            Optional; dates the veto initiative and sets the month&apos;s President (rule 18).
          </p>
        </div>
        <fieldset>
          <legend>Matter</legend>
          <label className="choice">
            <input type="radio" name="matter" checked={matter === "substantive"} onChange={() => dispatch({ type: "set-matter", matter: "substantive" })} /> Substantive (veto
            applies)
          </label>
          <label className="choice">
            <input type="radio" name="matter" checked={matter === "procedural"} onChange={() => dispatch({ type: "set-matter", matter: "procedural" })} /> Procedural (no
            veto)
          </label>
        </fieldset>
        {matter === "procedural" ? (
          <div>
            <label htmlFor="sim-contested">Contested by a permanent member</label>
            <select
              id="sim-contested"
              value={state.contestedBy ?? ""}
              onChange={(event) => dispatch({ type: "set-contested-by", iso3: event.target.value || null })}
              aria-describedby="sim-contested-hint"
            >
              <option value="">Nobody contests that it is procedural</option>
              {council.members
                .filter((member) => member.permanent)
                .map((member) => (
                  <option key={member.iso3} value={member.iso3}>
                    {member.name}
                  </option>
                ))}
            </select>
            <p id="sim-contested-hint" className="hint">
              Whether a matter is procedural is itself decided with the veto (Four-Power Statement, 1945, II.2). Procedural in practice: {PROCEDURAL_MATTERS.join("; ")}.
            </p>
          </div>
        ) : null}
        <div>
          <label htmlFor="sim-basis">Decision under</label>
          <select
            id="sim-basis"
            value={pacificSettlement ?? "none"}
            onChange={(event) => dispatch({ type: "set-basis", basis: event.target.value === "none" ? null : (event.target.value as PacificSettlementBasis) })}
          >
            <option value="none">Any other basis (e.g. Chapter VII)</option>
            <option value="chapter-vi">Chapter VI (pacific settlement)</option>
            <option value="article-52-3">Article 52(3) (regional settlement)</option>
          </select>
          <p className="hint">Under Chapter VI and Art. 52(3), a party to the dispute abstains (Art. 27(3)).</p>
        </div>
        <div>
          <label htmlFor="sim-president">President</label>
          <select id="sim-president" value={presidentIso3 ?? ""} onChange={(event) => dispatch({ type: "set-president", iso3: event.target.value || null })}>
            {council.members.map((member) => (
              <option key={member.iso3} value={member.iso3}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {pacificSettlement ? (
        <div className="stack">
          <StateListPicker
            label="Parties to the dispute"
            chipsLabel="Chosen parties to the dispute"
            value={state.parties}
            onChange={(parties) => dispatch({ type: "set-parties", parties })}
            placeholder="Add a state"
            testId="parties-search"
          />
          {matter === "procedural" ? <p className="hint">The proviso does not apply to procedural decisions.</p> : null}
        </div>
      ) : null}
      {!draft ? (
        <div className="stack">
          <div>
            <label htmlFor="sim-topic">Agenda item or topic (for the prediction)</label>
            <input
              id="sim-topic"
              type="text"
              value={state.topic}
              onChange={(event) => dispatch({ type: "set-topic", topic: event.target.value })}
              placeholder="e.g. Ukraine, Syria, The situation in Haiti"
            />
          </div>
          <StateListPicker
            label="Sponsors (for the prediction)"
            chipsLabel="Chosen sponsors"
            value={state.sponsors}
            onChange={(sponsors) => dispatch({ type: "set-sponsors", sponsors })}
            chipsTestId="sim-sponsor-chips"
            placeholder="e.g. United States, Russia, Albania"
            hint="Who tables the draft weighs heavily: members vote with or against its sponsors' camp."
          />
        </div>
      ) : null}
      {state.setByHand.length > 0 ? (
        <label className="choice" data-testid="keep-hand-votes">
          <input type="checkbox" checked={state.keepHandVotes} onChange={(event) => dispatch({ type: "set-keep-hand-votes", keep: event.target.checked })} /> Predict keeps the
          votes set by hand ({handSetNames})
        </label>
      ) : null}
      <div className="row">
        <button type="button" className="button button-quiet" onClick={() => dispatch({ type: "all-yes" })}>
          All yes
        </button>
        <button type="button" className="button" onClick={onPredict} disabled={isPredicting}>
          {isPredicting ? "Predicting…" : "Predict"}
        </button>
        {isSignedIn ? (
          <button type="button" className="button button-quiet" onClick={onSave} disabled={isSaving || !canSave}>
            {isSaving ? "Saving…" : "Save this vote"}
          </button>
        ) : (
          <span className="hint">Sign in to save votes.</span>
        )}
        <a className="button button-quiet" href={voteRecordHref} data-testid="vote-record-link">
          Vote record (.docx)
        </a>
      </div>
      {message ? (
        <div className={`notice ${message.kind === "ok" ? "notice-ok" : "notice-error"}`} data-testid="simulator-message" role="status">
          {message.text}
        </div>
      ) : null}
    </section>
  );
}
