import "server-only";
import { NextResponse } from "next/server";
import { formatDraftIssues, MAX_DRAFT_JSON_BYTES, type DraftIssue } from "@/lib/core/draft/schema";
import { isRateLimited, tooManyRequestsResponse } from "@/lib/server/rate-limit";
import { readJsonBody as readLimitedJsonBody } from "@/lib/server/request-body";
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
  if (isRateLimited(error)) return tooManyRequestsResponse(error);
  const failure = toDraftError(error, context);
  const extra = failure.code === "conflict" && failure.details && typeof failure.details === "object" ? (failure.details as Record<string, unknown>) : {};
  return jsonError(failure.code, failure.message, extra);
}

/** The largest request of the drafts API: one draft as JSON. Larger bodies are refused with 413 before they are read whole. */
const MAX_DRAFT_REQUEST_BYTES = MAX_DRAFT_JSON_BYTES;

/** The request body as JSON, or the answer that refuses it (413 past the ceiling, 400 when not JSON). */
export async function readJsonBody(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: NextResponse }> {
  const body = await readLimitedJsonBody(request, { maxBytes: MAX_DRAFT_REQUEST_BYTES });
  if (body.ok) return body;
  const message = body.code === "too-large" ? `${body.message} Drafts larger than this cannot be saved or exported.` : body.message;
  return { ok: false, response: jsonError(body.code, message) };
}
