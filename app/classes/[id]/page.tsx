import type { Metadata } from "next";
import { ClassRoom } from "@/lib/classes/components/class-room";
import { loadClassMember } from "@/lib/classes/components/load-member";
import { getClassView } from "@/lib/classes/data";
import { listDraftsForUser } from "@/lib/drafts/data";
import "@/lib/classes/components/classroom.css";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: Props) {
  const { id } = await params;
  const member = await loadClassMember(id, `/classes/${encodeURIComponent(id)}`);
  const view = await getClassView(member);
  // A signed-in delegate tables one of their own drafts; a guest has none.
  const ownDrafts = member.userId
    ? (await listDraftsForUser(member.userId)).mine.slice(0, 100).map((draft) => ({ id: draft.id, title: draft.title, symbol: draft.symbol }))
    : null;
  return <ClassRoom initial={view} ownDrafts={ownDrafts} />;
}
