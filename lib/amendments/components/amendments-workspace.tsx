"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { describeReview, reanchorAmendments } from "@/lib/core/amend/anchor";
import { amendmentInstruction } from "@/lib/core/amend/instructions";
import { AMENDMENT_STATUSES, type AmendmentStatus } from "@/lib/core/amend/schema";
import { AS_AMENDED_STATUSES, applyByStatus, trackChanges } from "@/lib/core/amend/tracked";
import { hasOpeningPhrase, indexParagraphs } from "@/lib/core/amend/targets";
import { draftToPlainText } from "@/lib/core/draft/layout";
import type { ChairOrder } from "@/lib/core/amend/order";
import type { Draft } from "@/lib/core/draft/schema";
import { getShortName } from "@/lib/core/un/states";
import { changeAmendmentAction } from "../actions";
import type { StoredAmendment } from "../data";
import { ProposeForm } from "./propose-form";
import { SubAmendmentForm } from "./sub-amendment-form";
import { VotingSequence } from "./voting-sequence";

type Props = {
  draftId: string;
  document: Draft;
  amendments: StoredAmendment[];
  userId: string;
  canAcceptFriendly: boolean;
  canRecordVotes: boolean;
  canRuleOrder: boolean;
  isOwner: boolean;
  votingOrder: ChairOrder | null;
};

const STATUS_LABELS: Record<AmendmentStatus, string> = {
  proposed: "Proposed",
  friendly: "Friendly",
  withdrawn: "Withdrawn",
  adopted: "Adopted",
  rejected: "Rejected",
  lapsed: "Lapsed",
};

/** The amendments page: propose, the list with its actions, tracked changes, the text as amended, the vote. */
export function AmendmentsWorkspace({ draftId, document, amendments, userId, canAcceptFriendly, canRecordVotes, canRuleOrder, isOwner, votingOrder }: Props) {
  const router = useRouter();
  const [shown, setShown] = useState<AmendmentStatus[]>(["proposed", "friendly", "adopted"]);
  const [view, setView] = useState<"tracked" | "clean">("tracked");
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const [amending, setAmending] = useState<string | null>(null);

  const paragraphs = useMemo(() => indexParagraphs(document).byId, [document]);
  /** Whether the paragraph an amendment proposes text for opens with a phrase; one the draft no longer has is treated as a paragraph (the server refuses the amendment). */
  const hasPhraseOf = (targetId: string) => {
    const entry = paragraphs.get(targetId);
    return entry ? hasOpeningPhrase(entry) : true;
  };
  const anchors = useMemo(() => new Map(reanchorAmendments(document, amendments).map((state) => [state.id, state])), [document, amendments]);
  const tracked = useMemo(() => trackChanges(document, amendments, shown), [document, amendments, shown]);
  const asAmended = useMemo(() => applyByStatus(document, amendments, AS_AMENDED_STATUSES).draft, [document, amendments]);

  const change = (amendmentId: string, kind: "friendly" | "withdraw" | "confirm-review") =>
    startTransition(async () => {
      const result = await changeAmendmentAction({ draftId, amendmentId, change: kind });
      if (result.ok) {
        setMessage({ kind: "ok", text: `Amendment ${amendmentId}: ${result.status === "friendly" ? "accepted as friendly" : result.status === "withdrawn" ? "withdrawn" : "confirmed"}.` });
        router.refresh();
      } else setMessage({ kind: "error", text: result.message });
    });

  const docx = (query: string) => `/api/drafts/${draftId}/amendments/docx?${query}`;

  return (
    <div className="stack">
      <header className="page-head">
        <p className="breadcrumb">
          <Link href="/drafts">Drafts</Link> <span aria-hidden="true">/</span> <Link href={`/drafts/${draftId}`}>{document.symbol || document.title || "Draft"}</Link>{" "}
          <span aria-hidden="true">/</span>
        </p>
        <h1>Amendments</h1>
        <p className="muted small">
          Amendments follow their paragraph, not its number. Downloads (.docx):{" "}
          <a href={docx("kind=amendments")} data-testid="download-amendments">
            amendment document
          </a>{" "}
          · <a href={docx("kind=amended")}>the draft as amended</a> · <a href={docx(`kind=tracked&statuses=${shown.join(",")}`)}>tracked changes</a>
        </p>
      </header>

      {message ? (
        <p className={`notice ${message.kind === "ok" ? "notice-ok" : "notice-error"}`} role="status" data-testid="amendment-message">
          {message.text}
        </p>
      ) : null}

      <ProposeForm draftId={draftId} document={document} onProposed={(id) => setMessage({ kind: "ok", text: `Amendment ${id} proposed.` })} />

      <section className="card stack" aria-labelledby="amendment-list-heading">
        <h2 id="amendment-list-heading">Amendments ({amendments.length})</h2>
        {amendments.length === 0 ? <p className="muted">No amendment yet.</p> : null}
        <ul className="stack" data-testid="amendment-list">
          {amendments.map((amendment) => {
            const anchor = anchors.get(amendment.id);
            const isAuthor = amendment.authorId === userId;
            return (
              <li key={amendment.id} className="sub-card stack" data-testid={`amendment-${amendment.id}`}>
                <p>
                  <strong>{amendment.id}</strong> <span className="badge" data-testid="amendment-status">{STATUS_LABELS[amendment.status]}</span>{" "}
                  {amendment.amends ? (
                    <span className="badge" data-testid="amends-badge">
                      Amends {amendment.amends}
                    </span>
                  ) : null}{" "}
                  <span className="muted small">
                    proposed by {amendment.sponsors.map(getShortName).join(", ")}
                    {amendment.authorName ? ` (${amendment.authorName})` : ""}
                  </span>
                </p>
                <p data-testid="amendment-instruction">{amendmentInstruction(document, amendment, amendments)}</p>
                {amendment.reason ? <p className="muted small">{amendment.reason}</p> : null}
                {anchor?.needsReview && anchor.review ? (
                  <div className="notice notice-warn" data-testid="needs-review">
                    <p>
                      <strong>Needs review:</strong> {describeReview(anchor.review)}.
                    </p>
                    <div className="conflict-versions">
                      <div>
                        <h3 className="small">Written against ({amendment.writtenAgainst.label})</h3>
                        <p className="version-text">{[amendment.writtenAgainst.phrase, amendment.writtenAgainst.text].filter(Boolean).join(" ")}</p>
                      </div>
                      <div>
                        <h3 className="small">The paragraph now</h3>
                        <p className="version-text">{anchor.current ? [anchor.current.phrase, anchor.current.text].filter(Boolean).join(" ") : "(deleted)"}</p>
                      </div>
                    </div>
                    {anchor.current && (isAuthor || canAcceptFriendly) ? (
                      <button type="button" className="button button-small" disabled={pending} onClick={() => change(amendment.id, "confirm-review")}>
                        Keep it against the new text
                      </button>
                    ) : null}
                  </div>
                ) : null}
                <div className="row">
                  {amendment.status === "proposed" && canAcceptFriendly && amendment.amends === undefined ? (
                    <button type="button" className="button button-small" disabled={pending} onClick={() => change(amendment.id, "friendly")}>
                      Accept as friendly
                    </button>
                  ) : null}
                  {(amendment.status === "proposed" || amendment.status === "friendly") && (isAuthor || isOwner) ? (
                    <button type="button" className="button button-quiet button-small" disabled={pending} onClick={() => change(amendment.id, "withdraw")}>
                      Withdraw
                    </button>
                  ) : null}
                  {amendment.status === "proposed" && amendment.amends === undefined && (amendment.action === "insert" || amendment.action === "replace") ? (
                    <button
                      type="button"
                      className="button button-quiet button-small"
                      aria-expanded={amending === amendment.id}
                      onClick={() => setAmending((current) => (current === amendment.id ? null : amendment.id))}
                    >
                      Amend this amendment
                    </button>
                  ) : null}
                  <a className="button button-quiet button-small" href={docx(`kind=amendments&ids=${amendment.id}`)}>
                    .docx
                  </a>
                </div>
                {amending === amendment.id ? (
                  <SubAmendmentForm
                    draftId={draftId}
                    parent={amendment}
                    hasPhrase={hasPhraseOf(amendment.targetId)}
                    onProposed={(id) => {
                      setAmending(null);
                      setMessage({ kind: "ok", text: `Amendment ${id} to amendment ${amendment.id} proposed: it is voted on before it.` });
                    }}
                    onCancel={() => setAmending(null)}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section className="card stack" aria-labelledby="text-heading">
        <h2 id="text-heading">The text</h2>
        <div className="row" role="group" aria-label="View">
          <label className="choice">
            <input type="radio" name="view" checked={view === "tracked"} onChange={() => setView("tracked")} /> Tracked changes
          </label>
          <label className="choice">
            <input type="radio" name="view" checked={view === "clean"} onChange={() => setView("clean")} /> Clean text as amended (friendly and adopted)
          </label>
        </div>
        {view === "tracked" ? (
          <>
            <fieldset className="row">
              <legend className="small">Show amendments that are</legend>
              {AMENDMENT_STATUSES.map((status) => (
                <label key={status} className="choice">
                  <input
                    type="checkbox"
                    checked={shown.includes(status)}
                    onChange={(event) => setShown((current) => (event.target.checked ? [...current, status] : current.filter((item) => item !== status)))}
                  />{" "}
                  {STATUS_LABELS[status]}
                </label>
              ))}
            </fieldset>
            <div className="un-doc" data-testid="tracked-text">
              {tracked.rows.map((row) => (
                <p key={row.id} style={{ marginLeft: `${row.level * 1.5}em` }} data-change={row.change}>
                  {row.mark ? <span className="un-number">{row.mark} </span> : null}
                  {row.parts.map((part, index) =>
                    part.kind === "inserted" ? (
                      <ins key={index} className="diff-added">
                        {part.text}
                      </ins>
                    ) : part.kind === "deleted" ? (
                      <del key={index} className="diff-removed">
                        {part.text}
                      </del>
                    ) : (
                      <span key={index}>{part.text}</span>
                    ),
                  )}
                  {row.amendmentIds.length ? <span className="muted small"> [{row.amendmentIds.join(", ")}]</span> : null}
                </p>
              ))}
            </div>
          </>
        ) : (
          <pre className="un-doc version-text" data-testid="clean-text" style={{ whiteSpace: "pre-wrap" }}>
            {draftToPlainText(asAmended)}
          </pre>
        )}
      </section>

      <VotingSequence draftId={draftId} document={document} amendments={amendments} canRecordVotes={canRecordVotes} canRuleOrder={canRuleOrder} votingOrder={votingOrder} />
    </div>
  );
}
