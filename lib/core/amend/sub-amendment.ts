import type { Amendment, AmendmentParagraph } from "./schema";

/**
 * An amendment to an amendment (a sub-amendment): it changes the text a pending amendment proposes,
 * and is voted on before it (Council provisional rule 36 in practice; GA rules of procedure, rule 90).
 * Adopted, it becomes the text of the amendment it amends (sequence.ts); that amendment is then
 * voted on as amended. Kept to two degrees — an amendment and amendments to it — so that the order
 * of voting is the one the rules describe.
 */

export type SubAmendmentCheck = { ok: true; parent: Amendment } | { ok: false; message: string };

/** Whether `parentId` names an amendment that can be amended now, with the reason when it cannot. */
export function checkAmendable(amendments: readonly Amendment[], parentId: string): SubAmendmentCheck {
  const parent = amendments.find((amendment) => amendment.id === parentId);
  if (!parent) return { ok: false, message: `There is no amendment ${parentId} to amend` };
  if (parent.amends !== undefined) {
    return { ok: false, message: `Amendment ${parent.id} is itself an amendment to amendment ${parent.amends}: amend ${parent.amends} instead` };
  }
  if (parent.status !== "proposed") {
    return { ok: false, message: `Amendment ${parent.id} is ${parent.status}: only an amendment still to be voted on can be amended` };
  }
  if (parent.action !== "insert" && parent.action !== "replace") {
    return {
      ok: false,
      message: `Amendment ${parent.id} ${parent.action === "delete" ? "deletes" : "moves"} a paragraph and proposes no text: only an amendment that inserts or replaces text can be amended`,
    };
  }
  return { ok: true, parent };
}

/**
 * The sub-amendment: it proposes `paragraph` in place of the parent's text and keeps the parent's
 * target, so that it follows the same paragraph and lapses with its amendment.
 */
export function buildSubAmendment(parent: Amendment, fields: Pick<Amendment, "id" | "sponsors" | "history"> & { paragraph: AmendmentParagraph }): Amendment {
  return {
    id: fields.id,
    sponsors: [...new Set(fields.sponsors)],
    action: parent.action,
    targetId: parent.targetId,
    ...(parent.position ? { position: parent.position } : {}),
    ...(parent.destinationId ? { destinationId: parent.destinationId } : {}),
    paragraph: fields.paragraph,
    amends: parent.id,
    status: "proposed",
    writtenAgainst: parent.writtenAgainst,
    history: fields.history,
  };
}

/**
 * The amendment as it is put to the vote and applied: an amendment to it that was adopted replaces
 * the text it proposes (the last adopted, when several were). `adopted` lists the sub-amendments
 * adopted so far; others in it are ignored.
 */
export function withAdoptedSubAmendment(amendment: Amendment, adopted: readonly Amendment[]): Amendment {
  let paragraph: AmendmentParagraph | undefined;
  for (const sub of adopted) if (sub.amends === amendment.id && sub.paragraph) paragraph = sub.paragraph;
  return paragraph ? { ...amendment, paragraph } : amendment;
}
