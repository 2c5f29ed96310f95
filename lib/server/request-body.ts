/**
 * Request bodies read with a ceiling: a declared `Content-Length` over the limit is refused before
 * anything is read, and a body sent without one (chunked) is counted as it streams in and dropped
 * as soon as it passes the limit. Nothing is ever buffered beyond `maxBytes`.
 */
export type BodyFailure = { ok: false; status: 400 | 413; code: "invalid-request" | "too-large"; message: string };
export type BodyResult<T> = { ok: true; value: T } | BodyFailure;

export type ReadBodyOptions = {
  maxBytes: number;
  /** An empty body counts as `{}` (requests whose every field is optional). */
  allowEmpty?: boolean;
};

export function tooLarge(maxBytes: number): BodyFailure {
  return { ok: false, status: 413, code: "too-large", message: `The request body is too large: at most ${describeBytes(maxBytes)} is accepted.` };
}

export function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

/** The body as text, or 413 before reading past `maxBytes`. */
export async function readTextBody(request: Request, maxBytes: number): Promise<BodyResult<string>> {
  const declared = request.headers.get("content-length");
  if (declared !== null) {
    const length = Number(declared);
    if (!Number.isFinite(length) || length < 0) return { ok: false, status: 400, code: "invalid-request", message: "The Content-Length header is not a number." };
    // Refused unread. The body is not cancelled: that would reset the connection before the 413
    // reaches the client; the server discards what arrives instead of buffering it.
    if (length > maxBytes) return tooLarge(maxBytes);
  }
  if (!request.body) return { ok: true, value: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, status: 400, code: "invalid-request", message: "The request body could not be read." };
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, value: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, status: 400, code: "invalid-request", message: "The request body is not valid UTF-8 text." };
  }
}

/** The body parsed as JSON (not yet validated: the caller's zod schema does that). */
export async function readJsonBody(request: Request, options: ReadBodyOptions): Promise<BodyResult<unknown>> {
  const text = await readTextBody(request, options.maxBytes);
  if (!text.ok) return text;
  if (text.value.trim() === "" && options.allowEmpty) return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text.value) };
  } catch {
    return { ok: false, status: 400, code: "invalid-request", message: "The request body must be JSON." };
  }
}
