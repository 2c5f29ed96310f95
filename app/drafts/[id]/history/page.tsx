import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { diffDrafts } from "@/lib/core/draft/diff";
import { requireUser } from "@/lib/accounts/session";
import { getDraftForUser, getRevision, listRevisions } from "@/lib/drafts/data";
import { denormalisedColumns, draftDisplayName } from "@/lib/drafts/document";
import { RevisionHistory } from "@/lib/drafts/components/revision-history";
import { draftIdSchema, revisionNumberSchema } from "@/lib/drafts/schema";

export const metadata: Metadata = { title: "History" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export default async function DraftHistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/drafts/${encodeURIComponent(id)}/history`);
  const draftId = draftIdSchema.safeParse(id);
  if (!draftId.success) notFound();
  const [draft, revisions] = await Promise.all([getDraftForUser(user.id, draftId.data), listRevisions(user.id, draftId.data)]);
  if (!draft || !revisions || revisions.length === 0) notFound();

  const query = await searchParams;
  const latest = revisions[0].number;
  const to = revisionNumberSchema.safeParse(query.to).data ?? latest;
  // The revision listed before `to` (the oldest are pruned past the quota, so numbers may start late).
  const from = revisionNumberSchema.safeParse(query.from).data ?? revisions.find((revision) => revision.number < to)?.number ?? to;
  const [before, after] = await Promise.all([getRevision(user.id, draft.id, from), getRevision(user.id, draft.id, to)]);

  return (
    <div className="stack history-page">
      <p className="breadcrumb">
        <Link href="/drafts">Drafts</Link> <span aria-hidden="true">/</span>{" "}
        <Link href={`/drafts/${draft.id}`}>{draftDisplayName(denormalisedColumns(draft.document))}</Link> <span aria-hidden="true">/</span>
      </p>
      <h1>History</h1>
      <RevisionHistory
        draftId={draft.id}
        currentRevision={draft.revision}
        revisions={revisions.map((revision) => ({ ...revision, createdAt: revision.createdAt.toISOString() }))}
        from={before ? from : null}
        to={after ? to : null}
        diff={before && after ? diffDrafts(before.document, after.document) : null}
      />
    </div>
  );
}
