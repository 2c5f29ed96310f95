"use client";

import { signOut } from "next-auth/react";
import Link from "next/link";
import { useState } from "react";
import { ROLE_LABELS, type Role } from "@/lib/accounts/schema";

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
      <span className="user-name" data-testid="user-name">
        {user.name}
      </span>
      <span className="user-role">{ROLE_LABELS[user.role]}</span>
      <button
        type="button"
        className="button button-quiet"
        disabled={isSigningOut}
        onClick={() => {
          setIsSigningOut(true);
          void signOut({ callbackUrl: "/sign-in" });
        }}
      >
        {isSigningOut ? "Signing out…" : "Sign out"}
      </button>
    </div>
  );
}
