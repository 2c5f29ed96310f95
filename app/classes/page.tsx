import type { Metadata } from "next";
import { can } from "@/lib/accounts/access";
import { requireUser } from "@/lib/accounts/session";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const user = await requireUser("/classes");
  return (
    <div className="stack">
      <h1>Classes</h1>
      <div className="notice notice-info">
        {can(user.role, "create-class")
          ? "Live classes are on their way: you will open a class with a join code, assign countries and run roll-call votes that delegates cast from their phones."
          : "Live classes are on their way: you will join your teacher's class with a code and cast your country's vote from your phone."}
      </div>
    </div>
  );
}
