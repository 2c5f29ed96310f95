import { describe, expect, it } from "vitest";
import { draftFileName } from "./file-name";

describe("draftFileName", () => {
  it("names the file after the symbol", () => {
    expect(draftFileName({ symbol: "S/2022/155" })).toBe("S-2022-155.docx");
    expect(draftFileName({ symbol: "A/ES-11/L.1" })).toBe("A-ES-11-L.1.docx");
  });

  it("falls back to the title, with only safe characters", () => {
    expect(draftFileName({ title: "Côte d'Ivoire: renewal of sanctions / 2026" })).toBe("Cote-d-Ivoire-renewal-of-sanctions-2026.docx");
    expect(draftFileName({ symbol: "  ", title: "../../etc/passwd" })).toBe("etc-passwd.docx");
  });

  it("falls back to draft-resolution.docx when nothing usable is left", () => {
    expect(draftFileName({})).toBe("draft-resolution.docx");
    expect(draftFileName({ title: "مشروع قرار" })).toBe("draft-resolution.docx");
  });
});
