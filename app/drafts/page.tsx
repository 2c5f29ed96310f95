import type { Metadata } from "next";
import { requireUser } from "@/lib/accounts/session";

export const metadata: Metadata = { title: "Drafts" };

export default async function DraftsPage() {
  const user = await requireUser("/drafts");
  return (
    <div className="stack">
      <h1>Drafts</h1>
      <p className="muted">Signed in as {user.name}.</p>
    </div>
  );
}
