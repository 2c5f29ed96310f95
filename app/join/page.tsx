import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/accounts/session";
import { JoinForm } from "@/lib/classes/components/join-form";
import "@/lib/classes/components/classroom.css";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage() {
  const user = await getCurrentUser();
  return (
    <div className="join-page card">
      <h1>Join a class</h1>
      <JoinForm isSignedIn={user !== null} userName={user?.name} focusFirstField />
    </div>
  );
}
