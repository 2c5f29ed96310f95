"use client";

import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { getState, searchStates } from "@/lib/core/un/states";

type Props = { value: string[]; onChange: (next: string[]) => void; disabled?: boolean };

/**
 * Sponsors: a combobox over the 193 members and 2 observer States (ARIA combobox pattern:
 * arrows move, Enter adds, Escape closes, Backspace on an empty box removes the last chip).
 */
export function SponsorPicker({ value, onChange, disabled }: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = useMemo(
    () => (query.trim() ? searchStates(query, 12) : searchStates("", 300)).filter((state) => !value.includes(state.iso3)).slice(0, 8),
    [query, value],
  );

  const add = (iso3: string) => {
    if (!value.includes(iso3)) onChange([...value, iso3]);
    setQuery("");
    setActive(0);
  };
  const remove = (iso3: string) => onChange(value.filter((code) => code !== iso3));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setIsOpen(true);
      setActive((current) => Math.min(current + 1, options.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((current) => Math.max(current - 1, 0));
    } else if (event.key === "Enter") {
      if (isOpen && options[active]) {
        event.preventDefault();
        add(options[active].iso3);
      }
    } else if (event.key === "Escape") {
      setIsOpen(false);
    } else if (event.key === "Backspace" && query === "" && value.length > 0) {
      remove(value[value.length - 1]);
    }
  };

  const listId = `${id}-options`;
  return (
    <div className="sponsor-picker">
      <label htmlFor={`${id}-input`} id={`${id}-label`}>
        Sponsors
      </label>
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
      <div className="combobox">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-expanded={isOpen && options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={isOpen && options[active] ? `${id}-option-${options[active].iso3}` : undefined}
          placeholder="Type a State: Albania, USA, Côte d'Ivoire…"
          value={query}
          disabled={disabled}
          onChange={(event) => {
            setQuery(event.target.value);
            setIsOpen(true);
            setActive(0);
          }}
          onFocus={() => setIsOpen(true)}
          onBlur={() => setIsOpen(false)}
          onKeyDown={onKeyDown}
          data-field="sponsors"
        />
        {isOpen && options.length > 0 ? (
          <ul className="combobox-options" role="listbox" id={listId} aria-labelledby={`${id}-label`}>
            {options.map((state, index) => (
              <li
                key={state.iso3}
                id={`${id}-option-${state.iso3}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? "is-active" : undefined}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => add(state.iso3)}
              >
                {state.name}
                {state.status === "observer" ? <span className="badge">Observer State</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p className="hint">Members and observer States of the United Nations. The sponsor line reads them in this order.</p>
    </div>
  );
}
