"use client";

import { signOut } from "next-auth/react";
import { clearAllLocalEdits } from "@/lib/drafts/local-edits";

/**
 * Signs this browser out: the drafts kept in it for offline recovery are removed first, then the
 * session cookie, and the browser goes to the sign-in page.
 */
export async function signOutOfThisBrowser(): Promise<void> {
  clearAllLocalEdits();
  await signOut({ callbackUrl: "/sign-in" });
}
