import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/accounts/session";
import { ClassRoomScreen } from "@/lib/classes/components/class-room";
import { listDraftsForUser } from "@/lib/drafts/data";
import "@/lib/classes/components/classroom.css";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  // A signed-in delegate tables one of their own drafts; a guest has none.
  const ownDrafts = user ? (await listDraftsForUser(user.id)).mine.slice(0, 100).map((draft) => ({ id: draft.id, title: draft.title, symbol: draft.symbol })) : null;
  return <ClassRoomScreen classId={id} ownDrafts={ownDrafts} />;
}
