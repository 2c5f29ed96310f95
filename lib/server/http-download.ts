/**
 * Headers of a file download. The file name is given twice, as the standards ask (RFC 6266):
 * an ASCII fallback for old clients and the exact UTF-8 name (RFC 5987) for the rest.
 */
export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

export function contentDisposition(fileName: string): string {
  const fallback = fileName.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "_").replace(/[\r\n]/g, " ") || "download";
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function downloadHeaders(fileName: string, contentType: string): Record<string, string> {
  return { "Content-Type": contentType, "Content-Disposition": contentDisposition(fileName), "Cache-Control": "no-store" };
}
