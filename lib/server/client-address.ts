/**
 * The client's address, for the limits counted per address. Behind a reverse proxy the nearest
 * proxy appends the address it saw to X-Forwarded-For, so the last entry is the one a client
 * cannot forge; served directly, Next.js sets the header from the socket. A deployment reached
 * without a proxy that rewrites the header lets a client pick its own address: SECURITY.md says so.
 */
export function clientAddressFrom(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .pop();
  const address = last || headers.get("x-real-ip")?.trim() || "";
  return normalizeAddress(address) || "unknown";
}

/** IPv4 seen through an IPv6 socket is the same client; lengths are bounded for the counter key. */
export function normalizeAddress(address: string): string {
  const plain = address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1").toLowerCase();
  return /^[0-9a-f.:]{1,64}$/.test(plain) ? plain : "";
}
