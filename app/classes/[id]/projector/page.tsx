import type { Metadata } from "next";
import { ProjectorScreen } from "@/lib/classes/components/projector-view";
import "@/lib/classes/components/classroom.css";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Projector" };

export default async function ProjectorPage({ params }: Props) {
  const { id } = await params;
  return <ProjectorScreen classId={id} />;
}
