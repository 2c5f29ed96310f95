import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { isRateLimited, tooManyRequestsResponse } from "@/lib/server/rate-limit";
import { readJsonBody } from "@/lib/server/request-body";
import { ClassError, httpStatusFor, toClassError, type ClassErrorCode } from "./errors";
import { describeIssues } from "./schema";

/** JSON answers of the classroom API: every failure is `{ code, message }` from the closed set. */

const NO_STORE = { "Cache-Control": "no-store" };

/** Requests of this API are small (ids, votes, names); anything larger is refused unread. */
export const MAX_REQUEST_BYTES = 16_384;

export function jsonOk(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: NO_STORE });
}

export function jsonError(code: ClassErrorCode, message: string): NextResponse {
  return NextResponse.json({ code, message }, { status: httpStatusFor(code), headers: NO_STORE });
}

/** Runs a route's work; a ClassError or a rate limit becomes its answer, anything else is logged once and answered "internal". */
export async function answer(context: string, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (isRateLimited(error)) return tooManyRequestsResponse(error);
    const failure = toClassError(error, context);
    return jsonError(failure.code, failure.message);
  }
}

/** The body parsed by the schema; an empty body counts as `{}` where `allowEmpty`. */
export async function readRequest<T>(request: Request, schema: z.ZodType<T>, options: { allowEmpty?: boolean } = {}): Promise<T> {
  const body = await readJsonBody(request, { maxBytes: MAX_REQUEST_BYTES, allowEmpty: options.allowEmpty });
  if (!body.ok) throw new ClassError(body.code, body.message);
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) throw new ClassError("invalid-request", describeIssues(parsed.error));
  return parsed.data;
}
