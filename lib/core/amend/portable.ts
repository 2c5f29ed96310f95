import { formatIssuePath, type Draft } from "../draft/schema";
import { applyAmendment } from "./apply";
import { amendmentsFileSchema, AMENDMENTS_SCHEMA_VERSION, MAX_AMENDMENTS, portableAmendmentSchema, type Amendment, type AmendmentsFile, type PortableAmendment } from "./schema";
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

/** An amendment of an imported file that was left out, and why: shown to the user, never dropped silently. */
export type NotImported = { id: string; reason: string };

export type ImportedAmendments = {
  /** Renumbered A1, A2 … in the file's order (the names the draft's amendments take), `amends` following. */
  amendments: Amendment[];
  notImported: NotImported[];
  /** Ids that changed on the way in: { from: "R1a", to: "A3" }. */
  renamed: { from: string; to: string }[];
};

/**
 * The amendments carried by an imported portable draft (its `amendments` field, as the JSON export
 * writes it), read against the draft as stored (with its paragraph ids). Each amendment is checked
 * on its own, so that one bad amendment does not cost the others: a malformed one, one whose target
 * the draft does not have, one that cannot apply to the text, one whose State is unknown, or an
 * amendment to an amendment left out — each is listed with the reason. `isKnownState` is the
 * caller's list of States (the core's own in practice; a parameter so the rule stays testable).
 */
export function importAmendments(
  draft: Draft,
  input: unknown,
  options: { at: string; by?: string; isKnownState: (iso3: string) => boolean },
): ImportedAmendments {
  const out: ImportedAmendments = { amendments: [], notImported: [], renamed: [] };
  if (input === undefined) return out;
  if (!Array.isArray(input)) {
    out.notImported.push({ id: "(all)", reason: "amendments must be a list of amendments; none was imported" });
    return out;
  }
  const nameOf = (item: unknown, position: number) =>
    item && typeof item === "object" && typeof (item as { id?: unknown }).id === "string" && (item as { id: string }).id.trim() ? (item as { id: string }).id.slice(0, 64) : `amendments[${position}]`;
  if (input.length > MAX_AMENDMENTS) {
    out.notImported.push({ id: "(all)", reason: `the file has ${input.length} amendments; a draft may have at most ${MAX_AMENDMENTS}; none was imported` });
    return out;
  }

  // Each amendment on its own: shape, then States, then target.
  const accepted: { original: string; amendment: Amendment }[] = [];
  const seen = new Set<string>();
  input.forEach((item, position) => {
    const name = nameOf(item, position);
    const parsed = portableAmendmentSchema.safeParse(item);
    if (!parsed.success) {
      out.notImported.push({ id: name, reason: parsed.error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`).join("; ") });
      return;
    }
    const portable = parsed.data;
    if (seen.has(portable.id)) {
      out.notImported.push({ id: name, reason: `the id "${portable.id}" is used twice; only the first is imported` });
      return;
    }
    seen.add(portable.id);
    const unknown = portable.sponsors.filter((iso3) => !options.isKnownState(iso3));
    if (unknown.length > 0) {
      out.notImported.push({ id: name, reason: `no State has the code ${unknown.join(", ")}` });
      return;
    }
    const resolved = resolveAmendments(draft, [portable]);
    if (!resolved.ok) {
      out.notImported.push({ id: name, reason: resolved.issues.map((issue) => issue.message.replace(`${portable.id}: `, "")).join("; ") });
      return;
    }
    const amendment = resolved.amendments[0];
    if (amendment.amends === undefined) {
      const check = applyAmendment(draft, amendment);
      if (!check.ok) {
        out.notImported.push({ id: name, reason: check.error.message.replace(`${amendment.id}: `, "") });
        return;
      }
    }
    accepted.push({ original: portable.id, amendment });
  });

  // Amendments to amendments: the amendment they amend must have come in, and be amendable (two degrees).
  const kept = new Map<string, Amendment>();
  for (const { amendment } of accepted) if (amendment.amends === undefined) kept.set(amendment.id, amendment);
  const main = new Map(kept);
  for (const { amendment } of accepted) {
    if (amendment.amends === undefined) continue;
    const parent = main.get(amendment.amends);
    if (!parent) {
      const why = accepted.some((other) => other.amendment.id === amendment.amends) ? "is itself an amendment to an amendment" : "was not imported";
      out.notImported.push({ id: amendment.id, reason: `it amends amendment ${amendment.amends}, which ${why}` });
      continue;
    }
    if (parent.action !== "insert" && parent.action !== "replace") {
      out.notImported.push({ id: amendment.id, reason: `it amends amendment ${parent.id}, which proposes no text to amend (${parent.action})` });
      continue;
    }
    if (amendment.status === "friendly") {
      out.notImported.push({ id: amendment.id, reason: "an amendment to an amendment cannot be friendly: it is voted on, or withdrawn" });
      continue;
    }
    if (amendment.targetId !== parent.targetId || amendment.action !== parent.action) {
      out.notImported.push({ id: amendment.id, reason: `it must ${parent.action} ${parent.writtenAgainst.label.replace(/^./, (first) => first.toLowerCase())}, as amendment ${parent.id} it amends does` });
      continue;
    }
    kept.set(amendment.id, amendment);
  }

  // Renumber in the file's order: the draft's amendments are named A1, A2 …
  const newId = new Map<string, string>();
  for (const { original } of accepted) if (kept.has(original)) newId.set(original, `A${newId.size + 1}`);
  for (const { original } of accepted) {
    const amendment = kept.get(original);
    if (!amendment) continue;
    const id = newId.get(original)!;
    if (id !== original) out.renamed.push({ from: original, to: id });
    out.amendments.push({
      ...amendment,
      id,
      ...(amendment.amends !== undefined ? { amends: newId.get(amendment.amends)! } : {}),
      history: [{ status: amendment.status, at: options.at, ...(options.by ? { by: options.by } : {}), note: id === original ? "Imported with the draft" : `Imported with the draft (was ${original})` }],
    });
  }
  return out;
}
