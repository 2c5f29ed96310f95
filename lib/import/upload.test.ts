import { describe, expect, it, vi } from "vitest";
vi.mock("server-only", () => ({}));
import { buildDraftDocx } from "@/lib/core/docx/build-draft-docx";
import { getExample } from "@/lib/core/draft/examples";
import { MAX_IMPORT_BYTES } from "./errors";
import { readUpload } from "./upload";

function formRequest(fields: Record<string, string | File>): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return new Request("http://localhost/api/drafts/import", { method: "POST", body: form });
}

describe("readUpload", () => {
  it("reads an uploaded Word file into lines", async () => {
    const bytes = await buildDraftDocx(getExample("kazakhstan-2022"), { style: "un", paper: "a4" });
    const answer = await readUpload(formRequest({ file: new File([new Uint8Array(bytes)], "kazakhstan.docx") }));
    expect(answer.ok).toBe(true);
    if (answer.ok) {
      expect(answer.sourceName).toBe("kazakhstan.docx");
      expect(answer.lines.some((line) => line.text === "The Security Council,")).toBe(true);
    }
  });

  it("reads pasted text, and refuses text with no resolution in it", async () => {
    const pasted = await readUpload(formRequest({ text: "The Security Council,\nRecalling its resolutions,\n1. Decides to remain seized of the matter." }));
    expect(pasted).toMatchObject({ ok: true, sourceName: "Pasted text" });
    expect(await readUpload(formRequest({ text: "Hello" }))).toMatchObject({ ok: false, status: 422, code: "no-resolution" });
  });

  it("refuses an upload whose declared length is over the limit without reading its body", async () => {
    const body = new ReadableStream({
      pull() {
        throw new Error("the body must not be read");
      },
    });
    const request = new Request("http://localhost/api/drafts/import", {
      method: "POST",
      body,
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(MAX_IMPORT_BYTES + 1024 * 1024) },
      duplex: "half",
    } as RequestInit);
    expect(await readUpload(request)).toMatchObject({ ok: false, status: 413, code: "too-large" });
  });

  it("stops reading a body that turns out larger than the limit", async () => {
    const big = new File([new Uint8Array(MAX_IMPORT_BYTES + 200 * 1024)], "big.docx");
    expect(await readUpload(formRequest({ file: big }))).toMatchObject({ ok: false, status: 413, code: "too-large" });
  });

  it("refuses a request that is not a form, or a form with neither file nor text", async () => {
    const json = new Request("http://localhost/api/drafts/import", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(await readUpload(json)).toMatchObject({ ok: false, status: 400, code: "invalid-request" });
    expect(await readUpload(formRequest({ other: "x" }))).toMatchObject({ ok: false, status: 400, code: "invalid-request" });
  });
});
