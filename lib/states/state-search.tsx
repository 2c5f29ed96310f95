"use client";

import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { searchStates, type MemberState } from "@/lib/core/un/states";

type Props = {
  label: string;
  onSelect: (state: MemberState) => void;
  /** Codes not to offer (already chosen sponsors, say). */
  exclude?: readonly string[];
  placeholder?: string;
  hint?: string;
  testId?: string;
  disabled?: boolean;
  /** Backspace in the empty box: the sponsor picker removes the last chip. */
  onBackspaceWhenEmpty?: () => void;
  /** Marks the input for the draft checks' "go to field" (data-field). */
  dataField?: string;
};

/**
 * A combobox over the 193 member states and 2 observer states: type a name, a short name, a
 * common variant ("Russia", "UK", "Türkiye") or a code; arrows move, Enter chooses, Escape closes.
 */
export function StateSearch({ label, onSelect, exclude = [], placeholder, hint, testId, disabled, onBackspaceWhenEmpty, dataField }: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(0);
  const results = useMemo(
    () => (query.trim() ? searchStates(query, 12).filter((state) => !exclude.includes(state.iso3)).slice(0, 8) : []),
    [query, exclude],
  );
  const listId = `${id}-list`;
  const showList = isOpen && results.length > 0;

  function choose(state: MemberState) {
    onSelect(state);
    setQuery("");
    setIsOpen(false);
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setIsOpen(true);
      setActive((index) => Math.min(index + 1, results.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === "Enter") {
      if (showList && results[active]) {
        event.preventDefault();
        choose(results[active]);
      }
    } else if (event.key === "Escape") {
      setIsOpen(false);
    } else if (event.key === "Backspace" && query === "" && onBackspaceWhenEmpty) {
      onBackspaceWhenEmpty();
    }
  }

  return (
    <div className="state-search" data-testid={testId}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList ? `${id}-option-${active}` : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        placeholder={placeholder}
        disabled={disabled}
        data-field={dataField}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setIsOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setIsOpen(false), 150)}
        onFocus={() => setIsOpen(true)}
      />
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <ul id={listId} role="listbox" className="state-search-list" hidden={!showList} aria-label={`${label}: suggestions`}>
        {results.map((state, index) => (
          <li
            key={state.iso3}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? "is-active" : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(state);
            }}
            onMouseEnter={() => setActive(index)}
          >
            <span>{state.name}</span>
            <span className="muted small">
              {state.iso3}
              {state.status === "observer" ? " · observer State" : ""}
            </span>
          </li>
        ))}
      </ul>
      {isOpen && query.trim() && results.length === 0 ? <p className="hint">No state matches “{query}”.</p> : null}
    </div>
  );
}
