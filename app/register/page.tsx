import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RegisterForm } from "@/lib/accounts/register-form";
import { getCurrentUser } from "@/lib/accounts/session";

export const metadata: Metadata = { title: "Create an account" };

export default async function RegisterPage() {
  if (await getCurrentUser()) redirect("/drafts");
  return (
    <div className="narrow">
      <div className="card stack">
        <h1>Create an account</h1>
        <p className="muted small">Teachers can later open classes and assign countries; students draft and vote.</p>
        <RegisterForm />
        <p className="small muted">
          Already registered? <Link href="/sign-in">Sign in</Link>.
        </p>
      </div>
    </div>
  );
}
