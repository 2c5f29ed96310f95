"use client";

import { useState, type Dispatch } from "react";
import { MAX_EXPLANATION_LENGTH, type ExplanationTiming } from "@/lib/core/vote/explanations";
import type { CouncilMember } from "@/lib/core/un/council";
import type { SimulatorAction, SimulatorState } from "../simulator-state";

type Props = { state: SimulatorState; dispatch: Dispatch<SimulatorAction>; members: readonly CouncilMember[] };

/** Explanations of vote before or after the vote: recorded with the vote and printed in its Word record. */
export function ExplanationsPanel({ state, dispatch, members }: Props) {
  const [iso3, setIso3] = useState(members[0]?.iso3 ?? "");
  const [timing, setTiming] = useState<ExplanationTiming>("after");
  const [text, setText] = useState("");
  const nameOf = (code: string) => members.find((member) => member.iso3 === code)?.name ?? code;
  return (
    <section className="card stack" aria-labelledby="explanations-heading" data-testid="explanations">
      <h2 id="explanations-heading">Explanations of vote</h2>
      <p className="hint">
        Members may explain their vote before or after it; they go into the vote record. (In the General Assembly a sponsor does not explain its vote on its own
        draft, rule 88.)
      </p>
      <form
        className="control-grid"
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return;
          dispatch({ type: "add-explanation", explanation: { iso3, timing, text } });
          setText("");
        }}
      >
        <div>
          <label htmlFor="explanation-member">Member</label>
          <select id="explanation-member" value={iso3} onChange={(event) => setIso3(event.target.value)}>
            {members.map((member) => (
              <option key={member.iso3} value={member.iso3}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="explanation-timing">When</label>
          <select id="explanation-timing" value={timing} onChange={(event) => setTiming(event.target.value as ExplanationTiming)}>
            <option value="before">Before the vote</option>
            <option value="after">After the vote</option>
          </select>
        </div>
        <div>
          <label htmlFor="explanation-text">Explanation</label>
          <textarea id="explanation-text" rows={2} maxLength={MAX_EXPLANATION_LENGTH} value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        <div>
          <button type="submit" className="button button-small" disabled={!text.trim()}>
            Add the explanation
          </button>
        </div>
      </form>
      {state.explanations.length > 0 ? (
        <ul className="stack" data-testid="explanation-list">
          {state.explanations.map((explanation, index) => (
            <li key={`${explanation.iso3}-${index}`}>
              <strong>{nameOf(explanation.iso3)}</strong> ({explanation.timing === "before" ? "before the vote" : "after the vote"}): {explanation.text}{" "}
              <button type="button" className="button button-small" onClick={() => dispatch({ type: "remove-explanation", index })} aria-label={`Remove the explanation by ${nameOf(explanation.iso3)}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
