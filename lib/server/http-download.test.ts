import { describe, expect, it } from "vitest";
import { contentDisposition } from "./http-download";

describe("download headers", () => {
  it("give an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("Côte d'Ivoire.docx")).toBe(`attachment; filename="Cote d'Ivoire.docx"; filename*=UTF-8''C%C3%B4te%20d'Ivoire.docx`);
    expect(contentDisposition('a"b.csv')).toContain('filename="a_b.csv"');
  });
});
