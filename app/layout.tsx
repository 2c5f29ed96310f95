import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/accounts/session";
import { HydrationMarker } from "@/lib/shell/hydration-marker";
import { MainNav } from "@/lib/shell/main-nav";
import { UserMenu } from "@/lib/shell/user-menu";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Council Workbench", template: "%s · Council Workbench" },
  description: "Draft Security Council resolutions in UN form, simulate the vote by the Charter's rules, and export to Word.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body>
        <HydrationMarker />
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              ◐
            </span>
            Council Workbench
          </Link>
          <MainNav />
          <UserMenu user={user ? { name: user.name, email: user.email, role: user.role } : null} />
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Reference data: United Nations records (UN Digital Library, Dag Hammarskjöld Library) and the
            Bailey–Strezhnev–Voeten ideal points. A teaching and drafting tool, not an official UN product.
          </p>
        </footer>
      </body>
    </html>
  );
}
