import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
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

/** Runs a route's work; a ClassError becomes its answer, anything else is logged once and answered "internal". */
export async function answer(context: string, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    const failure = toClassError(error, context);
    return jsonError(failure.code, failure.message);
  }
}

/** The body parsed by the schema; an empty body counts as `{}` where `allowEmpty`. */
export async function readRequest<T>(request: Request, schema: z.ZodType<T>, options: { allowEmpty?: boolean } = {}): Promise<T> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_REQUEST_BYTES) throw new ClassError("too-large", `The request body is too large (at most ${MAX_REQUEST_BYTES} bytes).`);
  let text: string;
  try {
    text = await request.text();
  } catch {
    throw new ClassError("invalid-request", "The request body could not be read.");
  }
  if (Buffer.byteLength(text) > MAX_REQUEST_BYTES) throw new ClassError("too-large", `The request body is too large (at most ${MAX_REQUEST_BYTES} bytes).`);
  let value: unknown;
  if (text.trim() === "" && options.allowEmpty) value = {};
  else {
    try {
      value = JSON.parse(text);
    } catch {
      throw new ClassError("invalid-request", "The request body must be JSON.");
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ClassError("invalid-request", describeIssues(parsed.error));
  return parsed.data;
}
