import type { Metadata } from "next";
import { ChangePasswordForm } from "@/lib/accounts/components/change-password-form";
import { SignOutEverywhere } from "@/lib/accounts/components/sign-out-everywhere";
import { ROLE_LABELS } from "@/lib/accounts/schema";
import { requireUser } from "@/lib/accounts/session";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <div className="narrow stack">
      <h1>Your account</h1>
      <p className="muted">
        {user.name} · <span data-testid="account-email">{user.email}</span> · {ROLE_LABELS[user.role]}
      </p>
      <section className="card stack" aria-labelledby="change-password-heading">
        <h2 id="change-password-heading">Change password</h2>
        <ChangePasswordForm email={user.email} />
      </section>
      <section className="card stack" aria-labelledby="devices-heading">
        <h2 id="devices-heading">Devices</h2>
        <p className="muted small">
          Signs you out on every computer and phone where you are signed in, this one included. Drafts kept in this
          browser for offline recovery are removed from it; what has reached the server stays.
        </p>
        <SignOutEverywhere />
      </section>
    </div>
  );
}
