import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadClassMember } from "@/lib/classes/components/load-member";
import { TabledDraftScreen } from "@/lib/classes/components/tabled-draft-view";
import { getClassView, getTabledDraft } from "@/lib/classes/data";
import { isClassError } from "@/lib/classes/errors";
import "@/lib/classes/components/classroom.css";

type Props = { params: Promise<{ id: string; tabledId: string }> };

export const metadata: Metadata = { title: "Tabled draft" };

export default async function TabledDraftPage({ params }: Props) {
  const { id, tabledId } = await params;
  const member = await loadClassMember(id, `/classes/${encodeURIComponent(id)}/drafts/${encodeURIComponent(tabledId)}`);
  const draft = await getTabledDraft(member, tabledId).catch((error: unknown) => {
    if (isClassError(error) && error.code === "not-found") notFound();
    throw error;
  });
  const { seatList } = await getClassView(member);
  const sponsorNames = draft.sponsors.map((iso3) => seatList.find((seat) => seat.iso3 === iso3)?.name ?? iso3);
  return <TabledDraftScreen classId={member.classId} draft={draft} sponsorNames={sponsorNames} />;
}
