import { formatIssuePath, type Draft } from "../draft/schema";
import { amendmentsFileSchema, AMENDMENTS_SCHEMA_VERSION, type Amendment, type AmendmentsFile, type PortableAmendment } from "./schema";
import { describeTarget, indexParagraphs, normalizeTarget } from "./targets";

/**
 * The portable amendments file, read against a draft: printed targets ("op2(b)") become stable
 * paragraph ids, and each amendment keeps the text it was written against.
 */

export type AmendmentsIssue = { path: string; message: string };

export function parseAmendmentsFile(input: unknown): { ok: true; file: AmendmentsFile } | { ok: false; issues: AmendmentsIssue[] } {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return { ok: false, issues: [{ path: "(document)", message: "must be a JSON object with schemaVersion and amendments" }] };
  }
  const result = amendmentsFileSchema.safeParse(input);
  if (result.success) return { ok: true, file: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })) };
}

export function formatAmendmentsIssues(issues: readonly AmendmentsIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
}

/** Resolves printed targets to ids; an amendment whose target is not in the draft is an issue. */
export function resolveAmendments(draft: Draft, amendments: readonly PortableAmendment[]): { ok: true; amendments: Amendment[] } | { ok: false; issues: AmendmentsIssue[] } {
  const index = indexParagraphs(draft);
  const issues: AmendmentsIssue[] = [];
  const out: Amendment[] = [];
  amendments.forEach((amendment, position) => {
    const path = `amendments[${position}]`;
    const target = index.byTarget.get(normalizeTarget(amendment.target));
    if (!target) {
      issues.push({ path: `${path}.target`, message: `${amendment.id}: the draft has no ${describeTarget(amendment.target).replace(/^./, (first) => first.toLowerCase())} ("${amendment.target}")` });
      return;
    }
    let destinationId: string | undefined;
    if (amendment.action === "move") {
      const destination = index.byTarget.get(normalizeTarget(amendment.to ?? ""));
      if (!destination) {
        issues.push({ path: `${path}.to`, message: `${amendment.id}: the draft has no ${describeTarget(amendment.to ?? "").replace(/^./, (first) => first.toLowerCase())} to move to ("${amendment.to}")` });
        return;
      }
      const kindOf = (entry: typeof target) => (entry.section === "preamble" ? "p" : entry.level === 0 ? "o" : "s");
      if (kindOf(destination) !== kindOf(target)) {
        issues.push({ path: `${path}.to`, message: `${amendment.id}: ${target.label} cannot move among paragraphs of another kind (${amendment.to})` });
        return;
      }
      if (destination.id === target.id) {
        issues.push({ path: `${path}.to`, message: `${amendment.id}: a paragraph cannot move next to itself` });
        return;
      }
      destinationId = destination.id;
    }
    out.push({
      id: amendment.id,
      sponsors: [...new Set(amendment.sponsors)],
      action: amendment.action,
      targetId: target.id,
      ...(amendment.action === "insert" || amendment.action === "move" ? { position: amendment.position ?? "after" } : {}),
      ...(destinationId ? { destinationId } : {}),
      ...(amendment.paragraph ? { paragraph: amendment.paragraph } : {}),
      ...(amendment.amends ? { amends: amendment.amends } : {}),
      status: amendment.status ?? "proposed",
      writtenAgainst: { label: target.label, phrase: target.phrase, text: target.text },
      history: [],
    });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, amendments: out };
}

/**
 * The amendments as a portable file, targets in the draft's present numbering. Amendments whose
 * target is no longer in the draft cannot be named by a number: they are listed in `omitted`.
 */
export function toAmendmentsFile(draft: Draft, amendments: readonly Amendment[]): { file: AmendmentsFile; omitted: string[] } {
  const index = indexParagraphs(draft);
  const omitted: string[] = [];
  const list: PortableAmendment[] = [];
  for (const amendment of amendments) {
    const target = index.byId.get(amendment.targetId);
    const destination = amendment.destinationId ? index.byId.get(amendment.destinationId) : undefined;
    if (!target || (amendment.action === "move" && !destination)) {
      omitted.push(amendment.id);
      continue;
    }
    list.push({
      id: amendment.id,
      sponsors: amendment.sponsors,
      action: amendment.action,
      target: target.target,
      ...(amendment.position ? { position: amendment.position } : {}),
      ...(destination ? { to: destination.target } : {}),
      ...(amendment.paragraph ? { paragraph: amendment.paragraph } : {}),
      ...(amendment.amends ? { amends: amendment.amends } : {}),
      status: amendment.status,
    });
  }
  return { file: { schemaVersion: AMENDMENTS_SCHEMA_VERSION, amendments: list }, omitted };
}
