"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { DraftDiff } from "@/lib/core/draft/diff";
import { restoreRevisionAction } from "../actions";
import { DiffView } from "./diff-view";
import { LocalTime } from "./local-time";
import { revisionKindLabel } from "../schema";

type RevisionRow = { number: number; kind: string; authorName: string | null; createdAt: string };

type Props = {
  draftId: string;
  currentRevision: number;
  revisions: RevisionRow[];
  from: number | null;
  to: number | null;
  diff: DraftDiff | null;
};

/** Revisions with author and time, a word diff between any two, and restore (as a new revision). */
export function RevisionHistory({ draftId, currentRevision, revisions, from, to, diff }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const restore = (number: number) =>
    startTransition(async () => {
      setError(null);
      const result = await restoreRevisionAction({ draftId, number });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      router.push(`/drafts/${draftId}`);
      router.refresh();
    });

  return (
    <div className="history-layout">
      <section className="card" aria-labelledby="revisions-heading">
        <h2 id="revisions-heading">Revisions</h2>
        {error ? (
          <p className="notice notice-error" data-testid="history-error">
            {error}
          </p>
        ) : null}
        <div className="table-wrap">
          <table className="data revision-table" data-testid="revision-table">
            <thead>
              <tr>
                <th scope="col">Revision</th>
                <th scope="col">What</th>
                <th scope="col">By</th>
                <th scope="col">When</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision, index) => (
                <tr key={revision.number} className={revision.number === to || revision.number === from ? "is-compared" : undefined}>
                  <td>
                    {revision.number}
                    {revision.number === currentRevision ? <span className="badge">Current</span> : null}
                  </td>
                  <td>{revisionKindLabel(revision.kind)}</td>
                  <td>{revision.authorName ?? "A deleted account"}</td>
                  <td>
                    <LocalTime iso={revision.createdAt} />
                  </td>
                  <td className="revision-actions">
                    {index + 1 < revisions.length ? (
                      <a className="button-link" href={`?from=${revisions[index + 1].number}&to=${revision.number}`}>
                        Changes
                      </a>
                    ) : null}
                    {revision.number !== currentRevision ? (
                      <button
                        type="button"
                        className="button button-quiet button-small"
                        disabled={isPending}
                        onClick={() => restore(revision.number)}
                        aria-label={`Restore revision ${revision.number}`}
                      >
                        Restore
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {revisions.length >= 200 ? <p className="muted small">The 200 most recent revisions are listed.</p> : null}
      </section>
      <section className="card" aria-labelledby="compare-heading">
        <h2 id="compare-heading">Compare</h2>
        <form method="get" className="compare-form">
          <RevisionSelect name="from" label="From revision" numbers={revisions.map((revision) => revision.number)} value={from} />
          <RevisionSelect name="to" label="To revision" numbers={revisions.map((revision) => revision.number)} value={to} />
          <button type="submit" className="button button-quiet">
            Compare
          </button>
        </form>
        <p className="hint diff-legend">
          <ins className="diff-added">Added words</ins> are underlined; <del className="diff-removed">removed words</del> are struck through.
        </p>
        {diff && from !== null && to !== null ? (
          <>
            <h3>
              Revision {from} → revision {to}
            </h3>
            <DiffView diff={diff} testId="history-diff" />
          </>
        ) : (
          <p className="muted">Choose two revisions that exist.</p>
        )}
      </section>
    </div>
  );
}

function RevisionSelect({ name, label, numbers, value }: { name: "from" | "to"; label: string; numbers: number[]; value: number | null | undefined }) {
  return (
    <div>
      <label htmlFor={`compare-${name}`}>{label}</label>
      <select id={`compare-${name}`} name={name} defaultValue={value ?? undefined}>
        {numbers.map((number) => (
          <option key={number} value={number}>
            {number}
          </option>
        ))}
      </select>
    </div>
  );
}
