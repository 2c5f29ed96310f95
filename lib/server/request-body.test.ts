import { describe, expect, it } from "vitest";
import { readJsonBody, readTextBody } from "./request-body";

const url = "http://localhost/api/test";

/** A body sent in chunks without Content-Length, counting how many chunks the server pulled. */
function streamingRequest(chunks: string[]): { request: Request; pulled: () => number } {
  let index = 0;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (index >= chunks.length) controller.close();
      else controller.enqueue(encoder.encode(chunks[index++]));
    },
  });
  const request = new Request(url, { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, pulled: () => index };
}

describe("reading a request body with a limit", () => {
  it("parses JSON within the limit", async () => {
    const request = new Request(url, { method: "POST", body: JSON.stringify({ vote: "Y" }) });
    expect(await readJsonBody(request, { maxBytes: 100 })).toEqual({ ok: true, value: { vote: "Y" } });
  });

  it("refuses a declared Content-Length over the limit with 413 before reading anything", async () => {
    const { request, pulled } = streamingRequest(Array.from({ length: 1000 }, () => "x".repeat(1024)));
    const declared = new Request(request, { headers: { "content-length": "5000000" } });
    const result = await readJsonBody(declared, { maxBytes: 1024 });
    expect(result).toMatchObject({ ok: false, status: 413, code: "too-large", message: "The request body is too large: at most 1 KB is accepted." });
    // The stream's own read-ahead may pull a chunk or two; the server reads none of the 1,000.
    expect(pulled()).toBeLessThan(5);
  });

  it("stops a streamed body as soon as it passes the limit, without reading the rest", async () => {
    const chunks = Array.from({ length: 1000 }, () => "x".repeat(1024));
    const { request, pulled } = streamingRequest(chunks);
    const result = await readTextBody(request, 4 * 1024);
    expect(result).toMatchObject({ ok: false, status: 413 });
    expect(pulled()).toBeLessThan(10);
  });

  it("counts bytes, not characters", async () => {
    const request = new Request(url, { method: "POST", body: "é".repeat(60) });
    expect(await readTextBody(request, 100)).toMatchObject({ ok: false, status: 413 });
    expect(await readTextBody(new Request(url, { method: "POST", body: "é".repeat(50) }), 100)).toMatchObject({ ok: true });
  });

  it("says when the body is not JSON, and takes an empty body as {} where allowed", async () => {
    expect(await readJsonBody(new Request(url, { method: "POST", body: "{oops" }), { maxBytes: 100 })).toMatchObject({ ok: false, status: 400, message: "The request body must be JSON." });
    expect(await readJsonBody(new Request(url, { method: "POST", body: "" }), { maxBytes: 100, allowEmpty: true })).toEqual({ ok: true, value: {} });
    expect(await readJsonBody(new Request(url, { method: "POST" }), { maxBytes: 100 })).toMatchObject({ ok: false, status: 400 });
  });

  it("refuses a Content-Length that is not a number", async () => {
    const request = new Request(url, { method: "POST", body: "{}", headers: { "content-length": "lots" } });
    expect(await readJsonBody(request, { maxBytes: 100 })).toMatchObject({ ok: false, status: 400 });
  });
});
