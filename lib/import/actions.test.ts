import { beforeEach, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ user: { id: "u1", name: "Ada", email: "ada@example.org", role: "student" } as object | null }));
const created = vi.hoisted(() => ({ documents: [] as unknown[] }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/accounts/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/drafts/mutations", () => ({
  importDraft: async (_userId: string, document: unknown) => {
    created.documents.push(document);
    return { id: "d1", revision: 1 };
  },
}));

import { createImportedDraftAction } from "./actions";

const LINES = [
  { line: 1, text: "The Security Council," },
  { line: 2, text: "Recalling its resolutions," },
  { line: 3, text: "Circulated by the delegation" },
  { line: 4, text: "1. Decides to remain seized of the matter." },
];

describe("createImportedDraftAction", () => {
  beforeEach(() => {
    session.user = { id: "u1", name: "Ada", email: "ada@example.org", role: "student" };
    created.documents = [];
  });

  it("refuses while a line not recognised is undecided, naming it", async () => {
    expect(await createImportedDraftAction({ lines: LINES, assignments: [] })).toEqual({
      ok: false,
      code: "invalid-request",
      message: "Decide what line 3 is: preambular, operative, subparagraph or drop.",
    });
    expect(created.documents).toEqual([]);
  });

  it("recognises again on the server and creates the draft with the user's decision", async () => {
    expect(await createImportedDraftAction({ lines: LINES, assignments: [{ line: 3, choice: "preambular" }] })).toEqual({ ok: true, id: "d1" });
    expect(created.documents).toEqual([
      {
        schemaVersion: 1,
        body: "security-council",
        sponsors: [],
        preamble: [
          { phrase: "Recalling", text: "its resolutions" },
          { phrase: "", text: "Circulated by the delegation" },
        ],
        operative: [{ phrase: "Decides", text: "to remain seized of the matter", subparagraphs: [] }],
      },
    ]);
  });

  it("refuses malformed input, a document without a resolution, and a signed-out caller", async () => {
    expect(await createImportedDraftAction({ lines: "x", assignments: [] })).toMatchObject({ ok: false, code: "invalid-request" });
    expect(await createImportedDraftAction({ lines: [{ line: 1, text: "x", script: "alert(1)" }], assignments: [] })).toMatchObject({ ok: false, code: "invalid-request" });
    expect(await createImportedDraftAction({ lines: [{ line: 1, text: "Hello" }], assignments: [{ line: 1, choice: "drop" }] })).toMatchObject({
      ok: false,
      message: "No resolution was found in this document: no preambular or operative paragraph was recognised.",
    });
    session.user = null;
    expect(await createImportedDraftAction({ lines: LINES, assignments: [] })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(created.documents).toEqual([]);
  });
});
