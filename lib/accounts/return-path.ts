/** Only same-site paths may be returned to after signing in; anything else goes to the drafts. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value) return "/drafts";
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/drafts";
  try {
    const url = new URL(value, "http://local.invalid");
    if (url.origin !== "http://local.invalid") return "/drafts";
    const path = `${url.pathname}${url.search}${url.hash}`;
    return path.startsWith("/sign-in") || path.startsWith("/register") ? "/drafts" : path;
  } catch {
    return "/drafts";
  }
}
