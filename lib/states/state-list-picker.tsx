"use client";

import { getState } from "@/lib/core/un/states";
import { StateSearch } from "./state-search";

type Props = {
  label: string;
  /** Accessible name of the chip list ("Chosen sponsors"). */
  chipsLabel: string;
  value: readonly string[];
  onChange: (next: string[]) => void;
  placeholder?: string;
  hint?: string;
  /** Test id of the chip list. */
  chipsTestId?: string;
  /** Test id of the search box. */
  testId?: string;
  dataField?: string;
  disabled?: boolean;
};

/**
 * A list of States: the member-state search, with the chosen States as removable chips;
 * Backspace in the empty box removes the last one.
 */
export function StateListPicker({ label, chipsLabel, value, onChange, placeholder, hint, chipsTestId, testId, dataField, disabled }: Props) {
  const remove = (iso3: string) => onChange(value.filter((code) => code !== iso3));
  return (
    <div className="sponsor-picker">
      <StateSearch
        label={label}
        exclude={value}
        disabled={disabled}
        dataField={dataField}
        testId={testId}
        placeholder={placeholder}
        hint={hint}
        onSelect={(state) => {
          if (!value.includes(state.iso3)) onChange([...value, state.iso3]);
        }}
        onBackspaceWhenEmpty={() => {
          if (value.length > 0) remove(value[value.length - 1]);
        }}
      />
      {value.length > 0 ? (
        <ul className="chips" aria-label={chipsLabel} data-testid={chipsTestId}>
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
