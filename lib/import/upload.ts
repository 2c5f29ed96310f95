import "server-only";
import { hasResolutionText, recogniseResolution } from "@/lib/core/import/recognise";
import { linesFromText, type SourceLine } from "@/lib/core/import/source";
import { ImportError, isImportError, MAX_IMPORT_BYTES, type ImportErrorCode } from "./errors";
import { importFile } from "./read-file";

/**
 * The upload of the import page: a multipart form with a `file` (.docx or .txt) or a `text`
 * field (pasted). The size is checked from the request's declared length before the body is
 * read, and again while it is read, so an oversized upload is never held in memory whole.
 */

/** Room for the form's boundaries and field names around a file of the largest size. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
const MAX_REQUEST_BYTES = MAX_IMPORT_BYTES + FORM_OVERHEAD_BYTES;

export type UploadAnswer =
  | { ok: true; sourceName: string; lines: SourceLine[] }
  | { ok: false; status: number; code: ImportErrorCode | "invalid-request"; message: string };

function refused(code: ImportErrorCode): UploadAnswer {
  return { ok: false, status: code === "too-large" ? 413 : 422, code, message: new ImportError(code).message };
}

const INVALID: UploadAnswer = { ok: false, status: 400, code: "invalid-request", message: "Send a Word or text file, or paste the text." };

async function readCappedBody(request: Request): Promise<Uint8Array | "too-large" | undefined> {
  if (!request.body) return undefined;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_REQUEST_BYTES) {
      await reader.cancel();
      return "too-large";
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function readUpload(request: Request): Promise<UploadAnswer> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_REQUEST_BYTES) return refused("too-large");
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) return INVALID;
  let body: Uint8Array | "too-large" | undefined;
  try {
    body = await readCappedBody(request);
  } catch {
    return INVALID;
  }
  if (body === "too-large") return refused("too-large");
  if (!body) return INVALID;
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    return INVALID;
  }
  const file = form.get("file");
  const text = form.get("text");
  try {
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_IMPORT_BYTES) return refused("too-large");
      const name = file.name.slice(0, 200) || "document";
      const { lines } = await importFile(name, new Uint8Array(await file.arrayBuffer()));
      return { ok: true, sourceName: name, lines };
    }
    if (typeof text === "string" && text.trim()) {
      if (text.length > MAX_IMPORT_BYTES) return refused("too-large");
      const lines = linesFromText(text);
      if (!hasResolutionText(recogniseResolution(lines))) return refused("no-resolution");
      return { ok: true, sourceName: "Pasted text", lines };
    }
    return INVALID;
  } catch (error) {
    if (isImportError(error)) return refused(error.code);
    throw error;
  }
}
