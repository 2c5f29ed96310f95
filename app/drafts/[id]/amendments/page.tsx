import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/accounts/session";
import { canOnAmendment } from "@/lib/amendments/access";
import { AmendmentsWorkspace } from "@/lib/amendments/components/amendments-workspace";
import { getAmendmentsForUser } from "@/lib/amendments/data";
import { draftIdSchema } from "@/lib/drafts/schema";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Amendments" };

export default async function AmendmentsPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/drafts/${encodeURIComponent(id)}/amendments`);
  const draftId = draftIdSchema.safeParse(id);
  if (!draftId.success) notFound();
  const view = await getAmendmentsForUser(user.id, draftId.data);
  if (!view) notFound();
  return (
    <AmendmentsWorkspace
      draftId={view.draftId}
      document={view.document}
      amendments={view.amendments}
      userId={user.id}
      canAcceptFriendly={canOnAmendment(view.role, "accept-friendly")}
      canRecordVotes={canOnAmendment(view.role, "record-votes")}
      canRuleOrder={canOnAmendment(view.role, "rule-order")}
      isOwner={view.role === "owner"}
      votingOrder={view.votingOrder}
    />
  );
}
