/**
 * The headers of a file offered for download. RFC 6266: `attachment` with a quoted ASCII
 * `filename` for old clients, and `filename*` (RFC 5987: UTF-8, percent-encoded) that current
 * browsers prefer, so a name outside ASCII still arrives intact. Every download route uses this.
 */
export function attachmentHeaders(fileName: string, contentType: string): Record<string, string> {
  return { "Content-Type": contentType, "Content-Disposition": contentDisposition(fileName) };
}

export function contentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

export const WORD_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Printable ASCII only, without the quote and backslash a quoted-string would have to escape. */
function asciiFallback(fileName: string): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  return ascii || "download";
}

/** RFC 5987 attr-char: encodeURIComponent leaves ' ( ) * ! unencoded, which the grammar does not allow. */
function encodeRfc5987(fileName: string): string {
  return encodeURIComponent(fileName).replace(/['()*!]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
