import type { SequenceView } from "../view";

const STATUS_WORDS: Record<SequenceView["items"][number]["status"], string> = {
  adopted: "adopted",
  rejected: "not adopted",
  lapsed: "not put to the vote",
  next: "next to be voted",
  pending: "to be voted",
};

/**
 * A tabled draft's amendments in the order of voting, then the draft (as amended): what each vote
 * decided in the UN's words, the lapsed ones with the reason, and the text as amended so far.
 */
export function AmendmentSequenceList({ sequence, tabledId }: { sequence: SequenceView; tabledId: string }) {
  return (
    <div className="stack amendment-sequence" data-testid={`sequence-${tabledId}`}>
      <p className="small">
        <strong>Voting sequence</strong> <span className="muted">(amendments before the draft)</span>
      </p>
      <ol className="small">
        {sequence.items.map((item) => (
          <li key={item.key} data-status={item.status} data-testid="sequence-item">
            <strong>{item.label}</strong> — {item.status === "rejected" && item.kind === "part" ? "not retained" : item.status === "adopted" && item.kind === "part" ? "retained" : STATUS_WORDS[item.status]}
            {item.reason ? <span className="muted"> ({item.reason})</span> : null}
            {item.statement ? (
              <span className="sequence-statement" data-testid="sequence-statement">
                <br />
                {item.statement}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      <details>
        <summary className="small">{sequence.amended ? "The text as amended so far" : "The text"}</summary>
        <pre className="un-doc version-text small" data-testid="sequence-text" style={{ whiteSpace: "pre-wrap" }}>
          {sequence.text}
        </pre>
      </details>
    </div>
  );
}
