"use client";

import { getState } from "@/lib/core/un/states";
import { StateSearch } from "@/lib/states/state-search";

type Props = { value: string[]; onChange: (next: string[]) => void; disabled?: boolean };

/** Sponsors: the member-state search of the Council page, with the chosen States as removable chips. */
export function SponsorPicker({ value, onChange, disabled }: Props) {
  const remove = (iso3: string) => onChange(value.filter((code) => code !== iso3));
  return (
    <div className="sponsor-picker">
      <StateSearch
        label="Sponsors"
        exclude={value}
        disabled={disabled}
        dataField="sponsors"
        placeholder="Type a State: Albania, USA, Côte d'Ivoire…"
        hint="Members and observer States of the United Nations; Backspace in the empty box removes the last one."
        onSelect={(state) => {
          if (!value.includes(state.iso3)) onChange([...value, state.iso3]);
        }}
        onBackspaceWhenEmpty={() => {
          if (value.length > 0) remove(value[value.length - 1]);
        }}
      />
      {value.length > 0 ? (
        <ul className="chips" aria-label="Chosen sponsors" data-testid="sponsor-chips">
          {value.map((code) => {
            const name = getState(code)?.name ?? code;
            return (
              <li key={code} className="chip">
                <span>{name}</span>
                <button type="button" className="chip-remove" aria-label={`Remove ${name}`} onClick={() => remove(code)} disabled={disabled}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
