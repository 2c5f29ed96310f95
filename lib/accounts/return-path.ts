/**
 * Where a visitor may be sent back to after signing in (or by next-auth's own redirects): a path
 * of this site only. The value is resolved as a browser would resolve it against this site
 * (dot segments removed, backslashes read as slashes, tabs and newlines dropped), and that
 * normalised path is what is returned, never the raw text; it is refused when it would leave the
 * site once followed:
 * - it resolves to another origin (`https://evil.example`, `//evil.example`, `/\evil.example`,
 *   `javascript:…`);
 * - its normalised path starts with `//` (`/.//evil.example`, `/x/..//evil.example`,
 *   `/%2e//evil.example`), which a browser reads as another host;
 * - it holds an encoded slash or backslash (`%2F`, `%5C`): no page of the app needs one, and a
 *   server or proxy that decodes it could turn it into `//host`.
 */
const BASE = "http://local.invalid";

/** The normalised same-site path (with query and fragment), or null when the value must not be followed. */
export function sameSitePath(value: string | null | undefined): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2_000) return null;
  // Only a path: a scheme, a host or a backslash trick is never a return address.
  if (!value.startsWith("/")) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const { pathname } = url;
  if (pathname.startsWith("//") || /%2f|%5c/i.test(pathname)) return null;
  const path = `${pathname}${url.search}${url.hash}`;
  // Followed again, the normalised path must land on the same path of this site.
  const again = new URL(path, BASE);
  return again.origin === BASE && again.pathname === pathname ? path : null;
}

/** After signing in: a same-site path other than the sign-in and registration pages, else the drafts. */
export function safeReturnPath(value: string | null | undefined): string {
  const path = sameSitePath(value);
  if (!path) return "/drafts";
  return isAccountEntryPath(path) ? "/drafts" : path;
}

function isAccountEntryPath(path: string): boolean {
  return ["/sign-in", "/register"].some((entry) => path === entry || path.startsWith(`${entry}?`) || path.startsWith(`${entry}/`) || path.startsWith(`${entry}#`));
}

/**
 * next-auth's redirect callback: a URL of this site's origin (`baseUrl`) and a safe path on it,
 * otherwise the site's home. next-auth gives either a path or an absolute URL.
 */
export function authRedirect(url: string, baseUrl: string): string {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    return "/";
  }
  let candidate: string | null;
  if (url.startsWith("/")) {
    candidate = sameSitePath(url);
  } else {
    try {
      const absolute = new URL(url);
      candidate = absolute.origin === base.origin ? sameSitePath(`${absolute.pathname}${absolute.search}${absolute.hash}`) : null;
    } catch {
      candidate = null;
    }
  }
  return `${base.origin}${candidate ?? "/"}`;
}
