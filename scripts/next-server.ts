/**
 * How every script serves the built app (`npm start`, the browser tests' server, the server
 * benchmark): `next start` on a port, with idle kept-alive connections held for 65 s.
 *
 * Node closes an idle kept-alive connection after 5 s by default. A client that sends its next
 * request on that connection just as the server closes it gets a reset (ECONNRESET) for a
 * request the app never saw: proxies in front of the app, and test clients that keep
 * connections without a timeout of their own, meet it. Holding idle connections longer than the
 * clients and proxies do (nginx 60 s, most load balancers 60 s) makes them the side that closes.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** The `next` command line serving the built app on that port (and that host, when given). */
export function nextStartArgs(port: string | number, host?: string): string[] {
  return [require.resolve("next/dist/bin/next"), "start", "-p", String(port), ...(host ? ["-H", host] : []), "--keepAliveTimeout", String(KEEP_ALIVE_TIMEOUT_MS)];
}
