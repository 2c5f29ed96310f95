import "server-only";
import { NextRequest, NextResponse } from "next/server";
import { db } from "@/lib/server/db";
import { clientAddressFrom } from "@/lib/server/client-address";
import { retryAfterSeconds } from "@/lib/server/rate-limit-policy";
import { readTextBody } from "@/lib/server/request-body";
import { emailSchema } from "./schema";
import { peekSignInRefusal } from "./throttle";

/** next-auth's forms (sign-in, sign-out, CSRF) are a few hundred bytes. */
export const MAX_AUTH_BODY_BYTES = 16 * 1024;

type Handler<Context> = (request: NextRequest, context: Context) => Promise<Response>;

/**
 * Wraps next-auth's POST handler: the body is read with a ceiling (413 past it), and a sign-in
 * that the throttle refuses anyway is answered 429 with Retry-After before next-auth runs. The
 * answer keeps next-auth's shape (`{ url }` carrying `?error=`) so that its client shows the
 * message. The attempt is counted atomically inside `authorize` (./auth-options.ts).
 */
export function withSignInLimits<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    const body = await readTextBody(request, MAX_AUTH_BODY_BYTES);
    if (!body.ok) return NextResponse.json({ code: body.code, message: body.message }, { status: body.status });
    if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
      const email = emailSchema.safeParse(new URLSearchParams(body.value).get("email") ?? "");
      if (email.success) {
        const decision = await peekSignInRefusal(db, { email: email.data, address: clientAddressFrom(request.headers) }, new Date());
        if (decision.kind === "refuse") {
          const url = new URL("/sign-in", request.nextUrl.origin);
          url.searchParams.set("error", decision.message);
          return NextResponse.json(
            { url: url.toString(), code: "too-many-requests", message: decision.message },
            { status: 429, headers: { "Retry-After": String(retryAfterSeconds(decision.retryAfterMs)), "Cache-Control": "no-store" } },
          );
        }
      }
    }
    const forwarded = new NextRequest(request.url, { method: request.method, headers: request.headers, body: body.value });
    return handler(forwarded, context);
  };
}
