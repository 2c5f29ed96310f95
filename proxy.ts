import { withAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { isTokenAccepted } from "@/lib/accounts/session-token";
import { getAuthSecret } from "@/lib/server/auth-secret";
import { isHttpsDeployment } from "@/lib/server/deployment";
import { isHttpsRequest, responseKind, securityHeaders } from "@/lib/security/headers";

// Sends anonymous visitors of private pages to sign-in, and back afterwards. This is a
// convenience only: every read and write checks the user again where the data is touched.
// A session from before "sign out everywhere" counts as none (lib/accounts/session-rules.ts).
const requireSignIn = withAuth({
  secret: getAuthSecret(),
  pages: { signIn: "/sign-in" },
  callbacks: { authorized: ({ token }) => isTokenAccepted(token) },
}) as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<NextResponse | undefined>;

/**
 * The private pages: `/drafts` and below, `/classes` itself only (a class's pages, /classes/[id],
 * are opened by guests too, who have no next-auth session; those pages check membership
 * themselves), `/account` and below.
 */
function isSignInRequired(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname;
  return path === "/drafts" || path.startsWith("/drafts/") || path === "/classes" || path === "/account" || path.startsWith("/account/");
}

/**
 * Runs on every request (no matcher): pages, API routes, downloads, event streams and static
 * files all get the security headers (lib/security/headers.ts); pages get a fresh CSP nonce,
 * which Next.js reads from the request's Content-Security-Policy header and puts on its scripts.
 */
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  const kind = responseKind(pathname);
  const nonce = kind === "page" ? Buffer.from(crypto.randomUUID()).toString("base64") : undefined;
  const headers = securityHeaders({
    kind,
    nonce,
    isHttps: isHttpsRequest({
      publicUrlIsHttps: isHttpsDeployment(),
      forwardedProto: request.headers.get("x-forwarded-proto"),
      protocol: request.nextUrl.protocol,
    }),
    isDevelopment: process.env.NODE_ENV === "development",
  });

  if (isSignInRequired(pathname)) {
    const redirect = await requireSignIn(request, event);
    if (redirect) return withHeaders(redirect, headers);
  }

  let response: NextResponse;
  if (nonce) {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else {
    response = NextResponse.next();
  }
  return withHeaders(response, headers);
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
