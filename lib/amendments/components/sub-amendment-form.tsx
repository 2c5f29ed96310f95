"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { Amendment } from "@/lib/core/amend/schema";
import { StateListPicker } from "@/lib/states/state-list-picker";
import { proposeSubAmendmentAction } from "../actions";
import { ParagraphTextFields } from "./paragraph-text-fields";

type Props = {
  draftId: string;
  parent: Amendment;
  /** Whether the paragraph it amends has an opening phrase (not a subparagraph). */
  hasPhrase: boolean;
  onProposed: (id: string) => void;
  onCancel: () => void;
};

/**
 * Proposes an amendment to a pending amendment: the text it should propose instead. It is voted on
 * before the amendment it amends (Council provisional rule 36, GA rule 90).
 */
export function SubAmendmentForm({ draftId, parent, hasPhrase, onProposed, onCancel }: Props) {
  const router = useRouter();
  const [phrase, setPhrase] = useState(parent.paragraph?.phrase ?? "");
  const [text, setText] = useState(parent.paragraph?.text ?? "");
  const [sponsors, setSponsors] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const headingId = `sub-amendment-${parent.id}`;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const result = await proposeSubAmendmentAction({
        draftId,
        amendmentId: parent.id,
        sponsors,
        // Subparagraphs the amendment proposes stay as they are: the sub-amendment rewrites its words.
        paragraph: { ...(hasPhrase ? { phrase } : {}), text },
      });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      onProposed(result.id);
      router.refresh();
    });
  };

  return (
    <form className="sub-card stack" onSubmit={submit} aria-labelledby={headingId} data-testid="sub-amendment-form">
      <h3 id={headingId} className="small">
        Amend amendment {parent.id}: the text it should propose instead
      </h3>
      <ParagraphTextFields hasPhrase={hasPhrase} phrase={phrase} text={text} onPhrase={setPhrase} onText={setText} />
      <StateListPicker
        label="Proposed by"
        chipsLabel={`States proposing the amendment to ${parent.id}`}
        value={sponsors}
        onChange={setSponsors}
        chipsTestId="sub-amendment-sponsor-chips"
        placeholder="Type a State: Brazil, India…"
      />
      {error ? (
        <p className="field-error" role="alert" data-testid="sub-amendment-error">
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="button button-small" disabled={pending}>
          Propose the amendment to {parent.id}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
