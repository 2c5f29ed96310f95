import type { ReactNode } from "react";
import { findPlaceholders } from "@/lib/core/draft/templates";
import { citationAnchor, describeCitation, findCharterCitations } from "@/lib/core/un/charter";

type Mark = { start: number; end: number; render: (key: number) => ReactNode };

/**
 * Text as the preview shows it: "[State]"-style placeholders marked so that an unfilled one stands
 * out, and Charter citations linked to the Charter page with what they refer to (or why they do
 * not exist) on hover.
 */
export function PlaceholderText({ text }: { text: string }): ReactNode {
  const marks: Mark[] = [
    ...findPlaceholders(text).map((match) => ({
      start: match.start,
      end: match.end,
      render: (key: number) => (
        <mark key={key} className="placeholder-mark" title="Placeholder: fill it in">
          {match.text}
        </mark>
      ),
    })),
    ...findCharterCitations(text).map((citation) => ({
      start: citation.start,
      end: citation.end,
      render: (key: number) =>
        citation.valid ? (
          <a key={key} className="charter-ref" href={`/charter#${citationAnchor(citation)}`} target="_blank" rel="noopener" title={describeCitation(citation)}>
            {text.slice(citation.start, citation.end)}
          </a>
        ) : (
          <span key={key} className="charter-ref-invalid" title={describeCitation(citation)}>
            {text.slice(citation.start, citation.end)}
          </span>
        ),
    })),
  ].sort((left, right) => left.start - right.start);
  if (marks.length === 0) return text;
  const out: ReactNode[] = [];
  let at = 0;
  marks.forEach((mark, index) => {
    // A citation inside a placeholder (or the reverse) keeps the first mark only.
    if (mark.start < at) return;
    if (mark.start > at) out.push(text.slice(at, mark.start));
    out.push(mark.render(index));
    at = mark.end;
  });
  if (at < text.length) out.push(text.slice(at));
  return out;
}
