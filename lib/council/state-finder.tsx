"use client";

import { useState } from "react";
import { listCouncilTerms } from "@/lib/core/un/council";
import { getRegionalGroupLabel, type MemberState } from "@/lib/core/un/states";
import { formatUnDate } from "@/lib/core/un/un-date";
import { StateSearch } from "@/lib/states/state-search";


/** Find any member or observer State and see its group, blocs and years on the Council. */
export function StateFinder() {
  const [state, setState] = useState<MemberState | null>(null);
  const terms = state ? listCouncilTerms(state.iso3) : [];
  return (
    <section className="card stack state-card" aria-labelledby="state-finder-heading">
      <h2 id="state-finder-heading" style={{ marginTop: 0 }}>
        Find a state
      </h2>
      <StateSearch label="Member or observer State" placeholder="e.g. Russia, UK, Türkiye, GHA" onSelect={setState} testId="state-finder" />
      {state ? (
        <div data-testid="state-details">
          <h3>{state.name}</h3>
          <dl>
            <dt>Code</dt>
            <dd>{state.iso3}</dd>
            <dt>Status</dt>
            <dd>{state.status === "member" ? "Member State" : "Non-member observer State"}</dd>
            <dt>Regional group</dt>
            <dd>{state.regionalGroup ? getRegionalGroupLabel(state.regionalGroup) : "None"}</dd>
            {state.admissionDate ? (
              <>
                <dt>Admitted</dt>
                <dd>{formatUnDate(state.admissionDate) ?? state.admissionDate}</dd>
              </>
            ) : null}
            <dt>Blocs</dt>
            <dd>{state.blocs.length ? state.blocs.join(", ") : "—"}</dd>
            <dt>On the Council</dt>
            <dd>
              {terms.length === 0
                ? "Never"
                : terms.map((term) => (term.permanent ? `permanent ${term.from}–${term.to}` : term.from === term.to ? `${term.from}` : `${term.from}–${term.to}`)).join(", ")}
            </dd>
          </dl>
        </div>
      ) : null}
    </section>
  );
}
