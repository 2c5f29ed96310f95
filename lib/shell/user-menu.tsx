"use client";

import Link from "next/link";
import { useState } from "react";
import { ROLE_LABELS, type Role } from "@/lib/accounts/schema";
import { signOutOfThisBrowser } from "@/lib/accounts/sign-out";

type Props = { user: { name: string; email: string; role: Role } | null };

export function UserMenu({ user }: Props) {
  const [isSigningOut, setIsSigningOut] = useState(false);
  if (!user) {
    return (
      <div className="user-menu">
        <Link href="/sign-in" className="button button-quiet">
          Sign in
        </Link>
        <Link href="/register" className="button">
          Register
        </Link>
      </div>
    );
  }
  return (
    <div className="user-menu">
      <Link href="/account" className="user-name" data-testid="user-name" title="Your account">
        {user.name}
      </Link>
      <span className="user-role">{ROLE_LABELS[user.role]}</span>
      <button
        type="button"
        className="button button-quiet"
        disabled={isSigningOut}
        onClick={() => {
          setIsSigningOut(true);
          void signOutOfThisBrowser();
        }}
      >
        {isSigningOut ? "Signing out…" : "Sign out"}
      </button>
    </div>
  );
}
