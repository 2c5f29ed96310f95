/**
 * What the app's public address (NEXTAUTH_URL) says about where it runs: on this machine only
 * (a loopback address, the default of `npm start`) or deployed; over HTTPS or not.
 * Pure: the environment comes in as an argument.
 */
type Env = Record<string, string | undefined>;

/** The configured public address, or null when it is unset or not a URL. */
export function publicUrl(env: Env = process.env): URL | null {
  const value = env.NEXTAUTH_URL?.trim();
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** localhost, *.localhost, 127.0.0.0/8 and ::1 reach this machine only. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (host === "::1" || host === "0:0:0:0:0:0:0:1") return true;
  return /^127(\.\d{1,3}){3}$/.test(host) && host.split(".").every((part) => Number(part) <= 255);
}

/** The app is served to this machine only: NEXTAUTH_URL unset (a local start) or a loopback address. */
export function isLocalOnly(env: Env = process.env): boolean {
  if (!env.NEXTAUTH_URL?.trim()) return true;
  const url = publicUrl(env);
  // An address that cannot be read is taken as a deployment: the safe side.
  return url !== null && isLoopbackHost(url.hostname);
}

/** The public address is HTTPS: cookies are Secure, browsers are told to keep to HTTPS. */
export function isHttpsDeployment(env: Env = process.env): boolean {
  return publicUrl(env)?.protocol === "https:";
}
