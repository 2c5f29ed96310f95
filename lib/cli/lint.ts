import { checkDraft } from "../core/draft/checks";
import { formatFindingLocation, type Finding } from "../core/draft/findings";
import { formatDraftIssues, parsePortableDraft } from "../core/draft/schema";
import { parseOptions, readJsonInput, UsageError, type CliCommand } from "./io";

/**
 * `unsc lint draft.json [--json]`: runs the drafting checks on a portable draft. Exit code 1 when
 * an error is found (a CI job can refuse the draft), 0 otherwise; 2 for unreadable input.
 */

export type LintReport = { findings: Finding[]; errors: number; warnings: number; advice: number };

export function lintReport(findings: Finding[]): LintReport {
  return {
    findings,
    errors: findings.filter((item) => item.severity === "error").length,
    warnings: findings.filter((item) => item.severity === "warning").length,
    advice: findings.filter((item) => item.severity === "advice").length,
  };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** One line per finding, `error    operative 3: …`, then a count. */
export function formatLintReport(report: LintReport): string {
  const lines = report.findings.map(
    (item) => `${item.severity.padEnd(8)} ${formatFindingLocation(item.paragraph)}: ${item.message}${item.fix ? " [fix available]" : ""}`,
  );
  const summary =
    report.findings.length === 0
      ? "no findings"
      : `${plural(report.errors, "error", "errors")}, ${plural(report.warnings, "warning", "warnings")}, ${report.advice} advice`;
  return [...lines, summary].join("\n") + "\n";
}

export const lintCommand: CliCommand = {
  name: "lint",
  summary: "Check a draft resolution (portable JSON) for errors of form and of Charter law",
  usage: "npm run --silent unsc -- lint <draft.json | -> [--json]",
  async run(io) {
    const { values: options, positionals } = parseOptions(io.args, { json: { type: "boolean" } });
    if (positionals.length > 1) throw new UsageError("lint takes one draft file (or - for standard input)");
    const input = await readJsonInput(io, positionals[0]);
    const parsed = parsePortableDraft(input);
    if (!parsed.ok) throw new UsageError(`the draft does not follow the portable format:\n${formatDraftIssues(parsed.issues)}`);
    const report = lintReport(checkDraft(parsed.draft));
    io.out(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatLintReport(report));
    return report.errors > 0 ? 1 : 0;
  },
};
