import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { buildDraftDocx } from "@/lib/core/docx/build-draft-docx";
import { getExample } from "@/lib/core/draft/examples";
import { MAX_IMPORT_BYTES, MAX_UNPACKED_BYTES, type ImportErrorCode } from "./errors";
import { importFile } from "./read-file";

const WORD_CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

async function expectRefused(name: string, bytes: Uint8Array, code: ImportErrorCode) {
  await expect(importFile(name, bytes)).rejects.toMatchObject({ name: "ImportError", code });
}

async function wordFile(paragraphs: string[]): Promise<Uint8Array> {
  const document = new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] })) }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe("importFile: files it refuses, each with its own message and no draft", () => {
  it("a PDF or any other file that is not a Word document", async () => {
    await expectRefused("draft.docx", new TextEncoder().encode("%PDF-1.7\n1 0 obj\n"), "not-word");
    await expectRefused("picture.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "not-word");
  });

  it("a zip that is not a Word document (a spreadsheet)", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", WORD_CONTENT_TYPES.replace("wordprocessingml.document.main", "spreadsheetml.sheet.main"));
    zip.file("xl/workbook.xml", "<workbook/>");
    await expectRefused("book.docx", await zip.generateAsync({ type: "uint8array" }), "not-word");
  });

  it("a password-protected document, and an old 97–2003 .doc", async () => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const encrypted = new Uint8Array([...header, ...new Uint8Array(512), ...Buffer.from("EncryptionInfo", "utf16le"), ...new Uint8Array(64)]);
    await expectRefused("secret.docx", encrypted, "encrypted");
    await expectRefused("old.doc", new Uint8Array([...header, ...new Uint8Array(1024)]), "old-word-format");
  });

  it("a damaged file: a truncated Word document, or a zip header and noise", async () => {
    const whole = await buildDraftDocx(getExample("kazakhstan-2022"), { style: "un", paper: "a4" });
    await expectRefused("cut.docx", whole.slice(0, Math.floor(whole.length / 2)), "corrupted");
    await expectRefused("noise.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), "corrupted");
  });

  it("a file over 10 MB, before anything is unpacked", async () => {
    await expectRefused("big.docx", new Uint8Array(MAX_IMPORT_BYTES + 1), "too-large");
    await expectRefused("big.txt", new Uint8Array(MAX_IMPORT_BYTES + 1), "too-large");
  });

  it("a zip bomb: a small file that declares more unpacked bytes than the cap", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", WORD_CONTENT_TYPES);
    zip.file("word/document.xml", new Uint8Array(MAX_UNPACKED_BYTES + 1024));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
    expect(bytes.length).toBeLessThan(MAX_IMPORT_BYTES);
    await expectRefused("bomb.docx", bytes, "zip-bomb");
  });

  it("a Word document or a text with no resolution in it", async () => {
    await expectRefused("letter.docx", await wordFile(["Dear colleagues,", "Please find the agenda attached.", "Best regards"]), "no-resolution");
    await expectRefused("notes.txt", new TextEncoder().encode("Shopping list\nbread\nmilk\n"), "no-resolution");
  });

  it("a text file that is not UTF-8 text, and an empty one", async () => {
    await expectRefused("latin1.txt", new Uint8Array([0x52, 0xe9, 0x73, 0x6f, 0x6c, 0x75, 0x74, 0x69, 0x6f, 0x6e, 0xff]), "not-text");
    await expectRefused("empty.txt", new Uint8Array(), "empty");
    await expectRefused("empty.docx", new Uint8Array(), "empty");
  });
});

describe("importFile: documents people write", () => {
  it("reads a hand-typed Word document: typed numbers and labels, no list numbering, no italics", async () => {
    const bytes = await wordFile([
      "S/2022/155",
      "Albania and United States of America: draft resolution",
      "The Security Council,",
      "Recalling its resolution 2202 (2015),",
      "1. Calls upon all parties:",
      "(a) to cease fire;",
      "(b) to allow humanitarian access;",
      "2. Decides to remain seized of the matter.",
    ]);
    const { result } = await importFile("typed.docx", bytes);
    expect(result.draft).toMatchObject({ symbol: "S/2022/155", sponsors: ["ALB", "USA"], preamble: [{ phrase: "Recalling", text: "its resolution 2202 (2015)" }] });
    expect(result.draft.operative).toEqual([
      {
        phrase: "Calls upon",
        text: "all parties",
        subparagraphs: [
          { text: "to cease fire", subparagraphs: [] },
          { text: "to allow humanitarian access", subparagraphs: [] },
        ],
      },
      { phrase: "Decides", text: "to remain seized of the matter", subparagraphs: [] },
    ]);
  });

  it("reads a UTF-8 text file with Windows line ends and a byte order mark", async () => {
    const text = "\uFEFFThe Security Council,\r\nRecalling its resolutions,\r\n1. Decides to remain seized of the matter.\r\n";
    const { result, lines } = await importFile("draft.txt", new TextEncoder().encode(text));
    expect(lines.map((line) => line.text)).toEqual(["The Security Council,", "Recalling its resolutions,", "1. Decides to remain seized of the matter.", ""]);
    expect(result.draft.operative).toHaveLength(1);
  });
});

describe("importFile: nothing in a file is fetched", () => {
  it("an image linked to an outside address and a hyperlink are not followed; the text is still read", async () => {
    const { createServer } = await import("node:http");
    let requests = 0;
    const server = createServer((_request, response) => {
      requests++;
      response.end("");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    try {
      const zip = await JSZip.loadAsync(await buildDraftDocx(getExample("kazakhstan-2022"), { style: "un", paper: "a4" }));
      const relsPath = "word/_rels/document.xml.rels";
      const rels = await zip.file(relsPath)!.async("string");
      zip.file(
        relsPath,
        rels.replace(
          "</Relationships>",
          `<Relationship Id="rIdOutside1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${origin}/tracker.png" TargetMode="External"/>` +
            `<Relationship Id="rIdOutside2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${origin}/page" TargetMode="External"/></Relationships>`,
        ),
      );
      const xml = await zip.file("word/document.xml")!.async("string");
      const linked =
        '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="100" cy="100"/><wp:docPr id="99" name="tracker"/>' +
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
        '<pic:nvPicPr><pic:cNvPr id="99" name="tracker"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:link="rIdOutside1"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>' +
        '<w:p><w:hyperlink xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdOutside2"><w:r><w:t>A linked note</w:t></w:r></w:hyperlink></w:p>';
      zip.file("word/document.xml", xml.replace("<w:sectPr", `${linked}<w:sectPr`));
      const { result } = await importFile("linked.docx", await zip.generateAsync({ type: "uint8array" }));
      expect(result.draft.operative.length).toBe(getExample("kazakhstan-2022").operative.length);
      expect(result.lines.some((line) => line.text.includes("A linked note"))).toBe(true);
      // Give any stray request time to arrive before counting.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });
});
