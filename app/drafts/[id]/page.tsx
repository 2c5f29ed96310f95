import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/accounts/session";
import { can } from "@/lib/drafts/access";
import { getDraftForUser, listShares } from "@/lib/drafts/data";
import { DraftEditor } from "@/lib/drafts/components/draft-editor";
import { draftIdSchema } from "@/lib/drafts/schema";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Draft" };

export default async function DraftPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/drafts/${encodeURIComponent(id)}`);
  const draftId = draftIdSchema.safeParse(id);
  if (!draftId.success) notFound();
  const draft = await getDraftForUser(user.id, draftId.data);
  if (!draft) notFound();
  const shares = can(draft.role, "share") ? await listShares(user.id, draft.id) : null;
  return (
    <DraftEditor
        key={`${draft.id}:${draft.revision}`}
        draftId={draft.id}
        role={draft.role}
        ownerName={draft.ownerName}
        revision={draft.revision}
        document={draft.document}
        shares={shares}
      />
  );
}
