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
      <JoinForm initialCode={safeDecode(code).slice(0, 20)} isSignedIn={user !== null} userName={user?.name} focusFirstField />
    </div>
  );
}

/** A link typed by hand may carry a broken escape; the form then simply starts from what is there. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
