import "server-only";
import { NextResponse } from "next/server";
import { formatDraftIssues, type DraftIssue } from "@/lib/core/draft/schema";
import { httpStatusFor, toDraftError, type DraftErrorCode } from "./errors";

/** JSON answers of the drafts API: every failure has a code from the closed set and a message. */

const NO_STORE = { "Cache-Control": "no-store" };

export function jsonError(code: DraftErrorCode, message: string, extra: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ code, message, ...extra }, { status: httpStatusFor(code), headers: NO_STORE });
}

export function jsonOk(body: unknown, status = 200, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

export function invalidDocument(issues: DraftIssue[]): NextResponse {
  return jsonError("invalid-document", formatDraftIssues(issues), { issues });
}

/** Unexpected errors are logged once (toDraftError) and answered without a stack trace. */
export function failureResponse(error: unknown, context: string): NextResponse {
  const failure = toDraftError(error, context);
  const extra = failure.code === "conflict" && failure.details && typeof failure.details === "object" ? (failure.details as Record<string, unknown>) : {};
  return jsonError(failure.code, failure.message, extra);
}

const MAX_BODY_CHARS = 8_000_000;

/** The request body as JSON, or a reason it is not. */
export async function readJsonBody(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: NextResponse }> {
  let text: string;
  try {
    text = await request.text();
  } catch {
    return { ok: false, response: jsonError("invalid-request", "The request body could not be read.") };
  }
  if (text.length > MAX_BODY_CHARS) return { ok: false, response: jsonError("invalid-request", "The draft is too large to save.") };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: jsonError("invalid-request", "The request body must be JSON.") };
  }
}
