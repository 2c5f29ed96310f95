import type { SequenceView } from "../view";

const STATUS_WORDS: Record<SequenceView["items"][number]["status"], string> = {
  adopted: "adopted",
  rejected: "not adopted",
  lapsed: "not put to the vote",
  next: "next to be voted",
  pending: "to be voted",
};

/** A part voted separately is retained or not; a motion for division carried or rejected (rule 89). */
function statusWords(item: SequenceView["items"][number]): string {
  if (item.kind === "part" && item.status === "adopted") return "retained";
  if (item.kind === "part" && item.status === "rejected") return "not retained";
  if (item.kind === "division" && item.status === "adopted") return "carried";
  if (item.kind === "division" && item.status === "rejected") return "rejected";
  return STATUS_WORDS[item.status];
}

/**
 * A tabled draft's amendments in the order of voting, then the draft (as amended): what each vote
 * decided in the UN's words, the lapsed ones with the reason, and the text as amended so far. With
 * division of the question: the parts asked for and the ruling (rule 32 / rule 89), each part's
 * separate vote, and in the Assembly the vote on the motion for division.
 */
export function AmendmentSequenceList({ sequence, tabledId }: { sequence: SequenceView; tabledId: string }) {
  return (
    <div className="stack amendment-sequence" data-testid={`sequence-${tabledId}`}>
      <p className="small">
        <strong>Voting sequence</strong> <span className="muted">({sequence.division ? "amendments and separate parts before the draft" : "amendments before the draft"})</span>
      </p>
      {sequence.division ? (
        <p className="small" data-testid="sequence-division">
          Division of the question: {sequence.division.label} — {sequence.division.reason}
        </p>
      ) : null}
      <ol className="small">
        {sequence.items.map((item) => (
          <li key={item.key} data-status={item.status} data-testid="sequence-item">
            <strong>{item.label}</strong> — {statusWords(item)}
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
