import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/accounts/session";
import { JoinForm } from "@/lib/classes/components/join-form";
import "@/lib/classes/components/classroom.css";

type Props = { params: Promise<{ code: string }> };

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinWithCodePage({ params }: Props) {
  const { code } = await params;
  const user = await getCurrentUser();
  return (
    <div className="join-page card">
      <h1>Join a class</h1>
      <JoinForm initialCode={decodeURIComponent(code).slice(0, 20)} isSignedIn={user !== null} userName={user?.name} />
    </div>
  );
}
