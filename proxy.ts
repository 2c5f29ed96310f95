import { withAuth } from "next-auth/middleware";
import { getAuthSecret } from "@/lib/server/auth-secret";

// Sends anonymous visitors of private pages to sign-in, and back afterwards. This is a
// convenience only: every read and write checks the user again where the data is touched.
export const proxy = withAuth({
  secret: getAuthSecret(),
  pages: { signIn: "/sign-in" },
});

export const config = {
  // `/classes` itself only: a class's pages (/classes/[id]) are opened by guests too, who have no
  // next-auth session; those pages check membership themselves.
  matcher: ["/drafts/:path*", "/classes", "/account/:path*"],
};
