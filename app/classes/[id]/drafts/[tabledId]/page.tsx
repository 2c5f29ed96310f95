import type { Metadata } from "next";
import { TabledDraftScreen } from "@/lib/classes/components/tabled-draft-view";
import "@/lib/classes/components/classroom.css";

type Props = { params: Promise<{ id: string; tabledId: string }> };

export const metadata: Metadata = { title: "Tabled draft" };

export default async function TabledDraftPage({ params }: Props) {
  const { id, tabledId } = await params;
  return <TabledDraftScreen classId={id} tabledId={tabledId} />;
}
