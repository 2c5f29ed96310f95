import type { DraftDiff } from "@/lib/core/draft/diff";

/**
 * A word diff: added words underlined on green, removed words struck through on red, each also
 * named for screen readers, so that the change never rests on colour alone.
 */
export function DiffView({ diff, showUnchanged = false, testId }: { diff: DraftDiff; showUnchanged?: boolean; testId?: string }) {
  const rows = showUnchanged ? diff.paragraphs : diff.paragraphs.filter((paragraph) => paragraph.change !== "same");
  if (rows.length === 0) return <p className="muted" data-testid={testId}>No differences.</p>;
  return (
    <ol className="diff-list" data-testid={testId}>
      {rows.map((paragraph) => (
        <li key={paragraph.key} className={`diff-row diff-${paragraph.change}`}>
          <div className="diff-label">
            {paragraph.label}
            {paragraph.change !== "same" ? <span className={`badge diff-badge-${paragraph.change}`}>{changeLabel(paragraph.change)}</span> : null}
          </div>
          <p className="diff-text">
            {paragraph.parts.map((part, index) =>
              part.kind === "added" ? (
                <ins key={index} className="diff-added">
                  <span className="visually-hidden">[added: </span>
                  {part.text}
                  <span className="visually-hidden">]</span>
                </ins>
              ) : part.kind === "removed" ? (
                <del key={index} className="diff-removed">
                  <span className="visually-hidden">[removed: </span>
                  {part.text}
                  <span className="visually-hidden">]</span>
                </del>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}

function changeLabel(change: "added" | "removed" | "changed"): string {
  switch (change) {
    case "added":
      return "Added";
    case "removed":
      return "Removed";
    case "changed":
      return "Changed";
    default: {
      const unreachable: never = change;
      return unreachable;
    }
  }
}
