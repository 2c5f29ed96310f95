/**
 * The security headers of every response, the one home for them: proxy.ts sets them on pages,
 * API routes, downloads, the event streams and static files alike. Pure: the nonce and what is
 * known about the request come in as arguments.
 */
export type ResponseKind = "page" | "other";

export type SecurityHeaderInput = {
  kind: ResponseKind;
  /** A fresh random value per request; pages only. */
  nonce?: string;
  /** Served over HTTPS: the public address is https, or a proxy in front says so. */
  isHttps: boolean;
  /** `next dev` needs eval for its error overlay; never in production. */
  isDevelopment?: boolean;
};

/** A year, the common minimum for HSTS; subdomains are left alone (they may be other services). */
export const HSTS_VALUE = "max-age=31536000";

export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
  "interest-cohort=()",
].join(", ");

/**
 * Pages: scripts only from this site and with this request's nonce ('strict-dynamic' lets those
 * scripts load the app's other chunks); never 'unsafe-inline' for scripts. Styles allow inline
 * style attributes, which React components set (widths of bars, seat positions).
 * Everything else (JSON, Word files, CSV, event streams, static files) may load nothing at all.
 */
export function contentSecurityPolicy(input: SecurityHeaderInput): string {
  if (input.kind === "other") {
    return ["default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'"].join("; ");
  }
  if (!input.nonce || !/^[A-Za-z0-9+/=_-]{16,}$/.test(input.nonce)) throw new Error("A page needs a nonce of at least 16 characters.");
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${input.nonce}' 'strict-dynamic'${input.isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
  ];
  // Over plain HTTP (a local start) there is nothing to upgrade to.
  if (input.isHttps) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export function securityHeaders(input: SecurityHeaderInput): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(input),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    // For browsers that predate frame-ancestors.
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (input.isHttps) headers["Strict-Transport-Security"] = HSTS_VALUE;
  return headers;
}

/**
 * Pages are everything but the API and Next's own files (a page's CSP on a public file does no
 * harm). next-auth's few HTML pages under /api/auth (its error and sign-out pages) are pages too:
 * they need their inline styles and their form.
 */
export function responseKind(pathname: string): ResponseKind {
  if (pathname.startsWith("/api/auth/")) return "page";
  return pathname === "/api" || pathname.startsWith("/api/") || pathname.startsWith("/_next/") ? "other" : "page";
}

/**
 * Served over HTTPS: the public address is https, or the reverse proxy in front of the app says
 * the browser's request was (the first value of X-Forwarded-Proto), or the request itself was.
 */
export function isHttpsRequest(input: { publicUrlIsHttps: boolean; forwardedProto: string | null; protocol: string }): boolean {
  if (input.publicUrlIsHttps) return true;
  const forwarded = input.forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https" || input.protocol === "https:";
}
