"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { AMENDMENT_ACTIONS, type AmendmentAction, type Position } from "@/lib/core/amend/schema";
import { hasOpeningPhrase, listParagraphEntries } from "@/lib/core/amend/targets";
import type { Draft } from "@/lib/core/draft/schema";
import { StateListPicker } from "@/lib/states/state-list-picker";
import { proposeAmendmentAction } from "../actions";
import { ParagraphTextFields } from "./paragraph-text-fields";

const ACTION_LABELS: Record<AmendmentAction, string> = {
  insert: "Insert a new paragraph",
  delete: "Delete",
  replace: "Replace the text",
  move: "Move",
};

/** Proposes an amendment to any paragraph or subparagraph of the draft. */
export function ProposeForm({ draftId, document, onProposed }: { draftId: string; document: Draft; onProposed: (id: string) => void }) {
  const router = useRouter();
  const entries = useMemo(() => listParagraphEntries(document), [document]);
  const [targetId, setTargetId] = useState(entries[0]?.id ?? "");
  const [action, setAction] = useState<AmendmentAction>("replace");
  const [position, setPosition] = useState<Position>("after");
  const [destinationId, setDestinationId] = useState("");
  const [phrase, setPhrase] = useState("");
  const [text, setText] = useState("");
  const [sponsors, setSponsors] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const target = entries.find((entry) => entry.id === targetId);
  const hasPhrase = target ? hasOpeningPhrase(target) : true;
  const sameKind = entries.filter((entry) => target && entry.id !== target.id && entry.section === target.section && hasOpeningPhrase(entry) === hasOpeningPhrase(target));

  const choose = (id: string, nextAction = action) => {
    setTargetId(id);
    const entry = entries.find((item) => item.id === id);
    if (nextAction === "replace" && entry) {
      setPhrase(entry.phrase);
      setText(entry.text);
    }
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const result = await proposeAmendmentAction({
        draftId,
        sponsors,
        action,
        targetId,
        ...(action === "insert" || action === "move" ? { position } : {}),
        ...(action === "move" ? { destinationId: destinationId || undefined } : {}),
        ...(action === "insert" || action === "replace" ? { paragraph: { ...(hasPhrase ? { phrase } : {}), text } } : {}),
      });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      onProposed(result.id);
      setText("");
      setPhrase("");
      router.refresh();
    });
  };

  if (entries.length === 0) return <p className="muted">The draft has no paragraph to amend yet.</p>;

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="propose-heading">
      <h2 id="propose-heading">Propose an amendment</h2>
      <div className="control-grid">
        <label>
          Paragraph
          <select aria-label="Paragraph" value={targetId} onChange={(event) => choose(event.target.value)}>
            {entries.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.label}: {[entry.phrase, entry.text].filter(Boolean).join(" ").slice(0, 60)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Amendment
          <select
            aria-label="Amendment"
            value={action}
            onChange={(event) => {
              const next = event.target.value as AmendmentAction;
              setAction(next);
              if (next === "replace") choose(targetId, next);
            }}
          >
            {AMENDMENT_ACTIONS.map((item) => (
              <option key={item} value={item}>
                {ACTION_LABELS[item]}
              </option>
            ))}
          </select>
        </label>
        {action === "insert" || action === "move" ? (
          <label>
            {action === "insert" ? "Where" : "Put it"}
            <select aria-label={action === "insert" ? "Where" : "Put it"} value={position} onChange={(event) => setPosition(event.target.value as Position)}>
              <option value="before">before</option>
              <option value="after">after</option>
            </select>
          </label>
        ) : null}
        {action === "move" ? (
          <label>
            Next to
            <select aria-label="Next to" value={destinationId} onChange={(event) => setDestinationId(event.target.value)}>
              <option value="">Choose a paragraph…</option>
              {sameKind.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {action === "insert" || action === "replace" ? (
        <ParagraphTextFields hasPhrase={hasPhrase} phrase={phrase} text={text} onPhrase={setPhrase} onText={setText} />
      ) : null}
      <StateListPicker
        label="Proposed by"
        chipsLabel="Proposing States"
        value={sponsors}
        onChange={setSponsors}
        chipsTestId="amendment-sponsor-chips"
        placeholder="Type a State: Brazil, India…"
      />
      {error ? (
        <p className="field-error" role="alert" data-testid="propose-error">
          {error}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button" disabled={pending}>
          Propose
        </button>
      </div>
    </form>
  );
}
