import { draftToPlainText } from "@/lib/core/draft/layout";
import type { Draft } from "@/lib/core/draft/schema";
import type { AmendmentSequenceAction, AmendmentSequenceState, SequenceView } from "../amendment-sequence";
import { listDivisibleParts } from "../amendment-sequence";

type Props = {
  draft: Draft;
  /** How many amendments are still to be voted. */
  pendingCount: number;
  state: AmendmentSequenceState;
  /** The sequence as decided so far; null before it is set up. */
  view: SequenceView | null;
  onAction: (action: AmendmentSequenceAction) => void;
  /** Records the seats' votes as the decision on the next item; disabled while the vote cannot be counted. */
  onRecord: () => void;
  canRecord: boolean;
};

const STATUS_WORDS = { adopted: "adopted", rejected: "not adopted", lapsed: "not put to the vote", next: "now voting", pending: "to be voted" } as const;

/**
 * "Vote the amendments first": the order of voting proposed by the rules, the division of the
 * question, then each item voted on the horseshoe in turn; the results in the UN's words and the
 * text as amended at the end.
 */
export function AmendmentSequencePanel({ draft, pendingCount, state, view, onAction, onRecord, canRecord }: Props) {
  const isCouncil = draft.body === "security-council";
  if (state.phase === "off" || !view) {
    return (
      <section className="card stack" aria-labelledby="amendment-sequence-heading" data-testid="amendment-sequence">
        <h2 id="amendment-sequence-heading">Amendments</h2>
        <p className="small">
          This draft has {pendingCount} amendment{pendingCount === 1 ? "" : "s"} still to be voted. The rules put amendments to the vote before the draft
          {isCouncil ? " (provisional rule 36)" : " (rule 90)"}.
        </p>
        <div>
          <button type="button" className="button" onClick={() => onAction({ type: "set-up" })}>
            Vote the amendments first
          </button>
        </div>
      </section>
    );
  }

  const { run, order, division } = view;
  const parts = listDivisibleParts(draft);
  const decidedByKey = new Map(state.decided.map((item) => [item.key, item]));
  const finalStep = run.steps.find((step) => step.kind === "draft");

  return (
    <section className="card stack" aria-labelledby="amendment-sequence-heading" data-testid="amendment-sequence">
      <h2 id="amendment-sequence-heading">Voting sequence</h2>
      <p className="muted small">
        Amendments before the draft{isCouncil ? ": additions and deletions first, then the furthest removed in substance (provisional rule 36)" : ": the furthest removed in substance first (rule 90)"}. On a
        substantive draft an amendment is itself a matter of substance: a permanent member&apos;s negative vote defeats it (Charter Art. 27(3)).
      </p>
      {state.phase === "setup" ? (
        <div className="stack">
          <h3>Order of voting</h3>
          <ol data-testid="sequence-order">
            {order.map((item) => (
              <li key={item.id}>
                <strong>{item.id}</strong> <span className="muted small">{item.reason}</span>
              </li>
            ))}
          </ol>
          {parts.length > 0 ? (
            <fieldset className="row">
              <legend className="small">Separate votes on (division of the question)</legend>
              {parts.map((entry) => (
                <label key={entry.id} className="choice">
                  <input type="checkbox" checked={state.parts.includes(entry.id)} onChange={(event) => onAction({ type: "toggle-part", paragraphId: entry.id, requested: event.target.checked })} /> {entry.label}
                </label>
              ))}
            </fieldset>
          ) : null}
          {state.parts.length > 0 ? (
            <>
              <label className="choice">
                <input type="checkbox" checked={state.objection} onChange={(event) => onAction({ type: "set-objection", objection: event.target.checked })} />{" "}
                {isCouncil ? "The original mover objects" : "A delegation objects"}
              </label>
              <p className="small muted" data-testid="division-ruling">
                {division.reason}
              </p>
            </>
          ) : null}
          <div className="row">
            <button type="button" className="button" onClick={() => onAction({ type: "start" })}>
              Start voting
            </button>
            <button type="button" className="button button-quiet" onClick={() => onAction({ type: "cancel" })}>
              Back to a single vote
            </button>
          </div>
        </div>
      ) : (
        <div className="stack">
          <ol className="stack" data-testid="sequence-steps">
            {run.steps.map((step) => {
              const decided = decidedByKey.get(step.key);
              return (
                <li key={step.key} data-status={step.status} data-testid={`sequence-step-${step.key}`}>
                  <strong>{step.label}</strong> — {STATUS_WORDS[step.status]}
                  {step.reason ? <span className="muted small"> ({step.reason})</span> : null}
                  {decided ? (
                    <p className={`statement statement-${decided.outcome}`} data-testid="step-statement">
                      {decided.statement}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {run.next ? (
            <div className="stack" data-testid="sequence-next">
              <h3>Now voting: {run.next.label}</h3>
              <p className="small muted">Set each seat on the horseshoe below, then record the vote. The next vote starts again from the prediction, if you made one.</p>
              <div className="row">
                <button type="button" className="button" onClick={onRecord} disabled={!canRecord}>
                  Record the vote on {run.next.kind === "amendment" ? `amendment ${run.next.id}` : run.next.kind === "part" ? run.next.label.toLowerCase() : "the draft"}
                </button>
              </div>
            </div>
          ) : (
            <div className="stack">
              <p className="notice notice-info" data-testid="sequence-complete">
                The sequence is complete: {finalStep?.status === "adopted" ? `${run.amended ? "the draft resolution, as amended, was adopted" : "the draft resolution was adopted"}.` : "the draft resolution was not adopted."}
              </p>
              <h3>{run.amended ? "The draft as amended" : "The draft"}</h3>
              <pre className="un-doc version-text" data-testid="sequence-final-text" style={{ whiteSpace: "pre-wrap" }}>
                {draftToPlainText(run.draft)}
              </pre>
            </div>
          )}
          <div className="row">
            <button type="button" className="button button-quiet" onClick={() => onAction({ type: "restart" })}>
              Start the sequence again
            </button>
            <button type="button" className="button button-quiet" onClick={() => onAction({ type: "cancel" })}>
              Back to a single vote
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
