import { getExample } from "../draft/examples";
import { sequentialIds, withIds, type Draft } from "../draft/schema";
import { resolveAmendments } from "./portable";
import type { Amendment, PortableAmendment } from "./schema";

/** The Ukraine draft after S/2022/155 (25 February 2022), with ids p1 … in reading order. */
export function ukraineDraft(): Draft {
  return withIds(getExample("ukraine-2022"), sequentialIds("p"));
}

/** Amendments from the portable form, resolved against `draft`; throws on a bad target (tests only). */
export function amendmentsFor(draft: Draft, list: PortableAmendment[]): Amendment[] {
  const result = resolveAmendments(draft, list);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("; "));
  return result.amendments;
}
