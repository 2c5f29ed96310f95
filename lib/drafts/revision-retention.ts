import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { STORAGE_QUOTAS } from "@/lib/server/storage-quotas";

/**
 * Keeps the newest revisions of a draft only (STORAGE_QUOTAS.revisionsPerDraft), so that storage
 * cannot grow without bound under autosave; called in the transaction that writes a revision.
 * A draft has at most as many revisions as its latest number, so drafts below the quota skip the
 * query. The numbers of the revisions kept do not change.
 */
export async function pruneRevisions(
  client: Pick<PrismaClient | Prisma.TransactionClient, "draftRevision">,
  draftId: string,
  latest: number,
  keep: number = STORAGE_QUOTAS.revisionsPerDraft,
): Promise<number> {
  if (latest <= keep) return 0;
  const oldestKept = await client.draftRevision.findFirst({ where: { draftId }, orderBy: { number: "desc" }, skip: keep - 1, select: { number: true } });
  if (!oldestKept) return 0;
  const { count } = await client.draftRevision.deleteMany({ where: { draftId, number: { lt: oldestKept.number } } });
  return count;
}
