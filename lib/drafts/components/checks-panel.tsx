"use client";

import { applyFix } from "@/lib/core/draft/apply-fix";
import { formatFindingLocation, type Finding, type FindingSeverity, type Fix } from "@/lib/core/draft/findings";
import type { Draft } from "@/lib/core/draft/schema";
import { newParagraphId } from "../document";

type Props = {
  draft: Draft;
  findings: Finding[];
  onChange?: (next: Draft) => void;
  onLocate: (finding: Finding) => void;
};

const ORDER: Record<FindingSeverity, number> = { error: 0, warning: 1, advice: 2 };

function severityLabel(severity: FindingSeverity): string {
  switch (severity) {
    case "error":
      return "Error";
    case "warning":
      return "Warning";
    case "advice":
      return "Advice";
    default: {
      const unreachable: never = severity;
      return unreachable;
    }
  }
}

function fixLabel(fix: Fix): string {
  switch (fix.kind) {
    case "replace-phrase":
      return `Use “${fix.with}”`;
    case "split-phrase":
      return `Make “${fix.phrase}” the opening phrase`;
    case "move-paragraph":
      return fix.position === "end" ? `Move to the end of the ${fix.to === "preamble" ? "preamble" : "operative part"}` : `Move to the start of the ${fix.to === "preamble" ? "preamble" : "operative part"}`;
    case "add-operative":
      return `Add “${fix.phrase} ${fix.text}”`;
    case "add-preambular":
      return `Add “${fix.phrase} ${fix.text}”`;
    case "delete-paragraph":
      return "Delete the paragraph";
    case "strip-final-punctuation":
      return "Remove the punctuation";
    case "remove-title":
      return "Remove the title";
    case "remove-sponsor":
      return "Remove this sponsor";
    default: {
      const unreachable: never = fix;
      return unreachable;
    }
  }
}

/** The live checks: severity, where (click to go there), why, and a one-click fix where there is one. */
export function ChecksPanel({ draft, findings, onChange, onLocate }: Props) {
  const sorted = [...findings].sort((left, right) => ORDER[left.severity] - ORDER[right.severity]);
  const counts = { error: 0, warning: 0, advice: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return (
    <section className="card checks-panel" aria-labelledby="checks-heading" data-testid="checks-panel">
      <h2 id="checks-heading">
        Checks{" "}
        <span className="muted small" data-testid="checks-summary">
          {findings.length === 0 ? "— no findings" : `— ${counts.error} error(s), ${counts.warning} warning(s), ${counts.advice} advice`}
        </span>
      </h2>
      {sorted.length === 0 ? (
        <p className="notice notice-ok">The draft passes every check.</p>
      ) : (
        <ul className="finding-list">
          {sorted.map((finding, index) => (
            <li key={`${finding.code}-${index}`} className={`finding finding-${finding.severity}`} data-code={finding.code}>
              <div className="finding-head">
                <span className={`badge badge-${finding.severity}`}>{severityLabel(finding.severity)}</span>
                <button type="button" className="button-link finding-location" onClick={() => onLocate(finding)}>
                  {formatFindingLocation(finding.paragraph)}
                </button>
              </div>
              <p className="finding-message">{finding.message}</p>
              {finding.fix && onChange ? (
                <button type="button" className="button button-quiet button-small" onClick={() => onChange(applyFix(draft, finding, newParagraphId))}>
                  {fixLabel(finding.fix)}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
