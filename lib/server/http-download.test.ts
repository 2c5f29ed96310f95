import { describe, expect, it } from "vitest";
import { attachmentHeaders, contentDisposition, WORD_CONTENT_TYPE } from "./http-download";

describe("download headers (RFC 6266, RFC 5987)", () => {
  it("offers a plain name as it is, in both parameters", () => {
    expect(attachmentHeaders("S-2022-155.docx", WORD_CONTENT_TYPE)).toEqual({
      "Content-Type": WORD_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="S-2022-155.docx"; filename*=UTF-8''S-2022-155.docx`,
    });
  });

  it("keeps a name outside ASCII in filename* and gives old clients an ASCII fallback", () => {
    expect(contentDisposition("Côte d’Ivoire.json")).toBe(`attachment; filename="Cote d_Ivoire.json"; filename*=UTF-8''C%C3%B4te%20d%E2%80%99Ivoire.json`);
  });

  it("cannot be broken out of by a quote, a backslash or a line break", () => {
    const header = contentDisposition('a"b\\c\r\nSet-Cookie: x=1(!).txt');
    expect(header).toBe(`attachment; filename="a_b_c__Set-Cookie: x=1(!).txt"; filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x%3D1%28%21%29.txt`);
    expect(header).not.toMatch(/[\r\n]/);
  });
});
