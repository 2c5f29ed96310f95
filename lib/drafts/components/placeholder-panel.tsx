"use client";

import { useState } from "react";
import type { Draft } from "@/lib/core/draft/schema";
import { fillPlaceholder, listDraftPlaceholders } from "@/lib/core/draft/templates";

/** "Fill the placeholders": one box per distinct placeholder; filling it replaces every occurrence. */
export function PlaceholderPanel({ draft, onChange }: { draft: Draft; onChange: (next: Draft) => void }) {
  const placeholders = listDraftPlaceholders(draft);
  const [values, setValues] = useState<Record<string, string>>({});
  if (placeholders.length === 0) return null;

  const fill = (placeholder: string) => {
    const value = (values[placeholder] ?? "").trim();
    if (!value) return;
    onChange(fillPlaceholder(draft, placeholder, value));
    setValues((current) => ({ ...current, [placeholder]: "" }));
  };

  return (
    <section className="card placeholder-panel" aria-labelledby="placeholder-heading" data-testid="placeholder-panel">
      <h2 id="placeholder-heading">Fill the placeholders</h2>
      <p className="hint">Each one is replaced everywhere it appears. They are highlighted in the preview until filled.</p>
      <ul className="placeholder-list">
        {placeholders.map((placeholder, index) => {
          const inputId = `placeholder-${index}`;
          return (
            <li key={placeholder}>
              <form
                className="placeholder-row"
                onSubmit={(event) => {
                  event.preventDefault();
                  fill(placeholder);
                }}
              >
                <label htmlFor={inputId}>
                  <mark className="placeholder-mark">{placeholder}</mark>
                </label>
                <input
                  id={inputId}
                  type="text"
                  aria-label={`Value for ${placeholder}`}
                  value={values[placeholder] ?? ""}
                  onChange={(event) => setValues((current) => ({ ...current, [placeholder]: event.target.value }))}
                />
                <button type="submit" className="button button-small" aria-label={`Fill ${placeholder}`} disabled={!(values[placeholder] ?? "").trim()}>
                  Fill
                </button>
              </form>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
