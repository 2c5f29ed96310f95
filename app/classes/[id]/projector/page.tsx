import type { Metadata } from "next";
import { loadClassMember } from "@/lib/classes/components/load-member";
import { ProjectorView } from "@/lib/classes/components/projector-view";
import { getClassView } from "@/lib/classes/data";
import "@/lib/classes/components/classroom.css";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Projector" };

export default async function ProjectorPage({ params }: Props) {
  const { id } = await params;
  const member = await loadClassMember(id, `/classes/${encodeURIComponent(id)}/projector`);
  return <ProjectorView initial={await getClassView(member)} />;
}
