import { performance } from "node:perf_hooks";

/** A class event as a script receives it from the event stream. */
export type ReceivedEvent = { id: number; type: string; data: unknown; at: number };

/**
 * Reads a class's event stream (GET /api/classes/{id}/events) as a browser's EventSource would,
 * keeping every event with the time it arrived. `close()` ends the connection.
 */
export async function openEventStream(baseUrl: string, classId: string, cookie: string, lastEventId?: number): Promise<{ events: ReceivedEvent[]; close: () => void }> {
  const controller = new AbortController();
  const headers: Record<string, string> = { Cookie: cookie, Accept: "text/event-stream" };
  if (lastEventId !== undefined) headers["Last-Event-ID"] = String(lastEventId);
  const response = await fetch(`${baseUrl}/api/classes/${classId}/events`, { headers, signal: controller.signal });
  if (response.status !== 200 || !response.body) throw new Error(`the event stream answered ${response.status}`);
  const events: ReceivedEvent[] = [];
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const at = performance.now();
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) => block.split("\n").find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2);
          const id = field("id");
          const type = field("event");
          if (id === undefined || type === undefined) continue;
          events.push({ id: Number(id), type, data: JSON.parse(field("data") ?? "null"), at });
        }
      }
    } catch {
      // closed
    }
  })();
  return { events, close: () => controller.abort() };
}

export async function waitUntil(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A JSON request with a cookie; the answer's status and parsed body. */
export async function requestJson(baseUrl: string, method: string, url: string, cookie: string, body?: unknown): Promise<{ status: number; data: unknown }> {
  const response = await fetch(`${baseUrl}${url}`, {
    method,
    headers: { "Content-Type": "application/json", Cookie: cookie },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = text;
  }
  return { status: response.status, data };
}
