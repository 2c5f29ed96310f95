import type { ReactNode } from "react";
import { findPlaceholders } from "@/lib/core/draft/templates";

/** Text with its "[State]"-style placeholders marked, so that an unfilled one stands out. */
export function PlaceholderText({ text }: { text: string }): ReactNode {
  const matches = findPlaceholders(text);
  if (matches.length === 0) return text;
  const out: ReactNode[] = [];
  let at = 0;
  matches.forEach((match, index) => {
    if (match.start > at) out.push(text.slice(at, match.start));
    out.push(
      <mark key={index} className="placeholder-mark" title="Placeholder: fill it in">
        {match.text}
      </mark>,
    );
    at = match.end;
  });
  if (at < text.length) out.push(text.slice(at));
  return out;
}
