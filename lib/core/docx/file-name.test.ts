import { describe, expect, it } from "vitest";
import { draftExportFileName, draftFileName, fileNameFrom, voteRecordFileName } from "./file-name";

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

describe("the other files' names", () => {
  it("names a JSON export after the symbol, title or agenda item, else draft", () => {
    expect(draftExportFileName({ symbol: "S/2022/155", title: "" }, "json")).toBe("S-2022-155.json");
    expect(draftExportFileName({ title: "", agendaItem: "The situation in Haiti" }, "json")).toBe("The-situation-in-Haiti.json");
    expect(draftExportFileName({ title: "مشروع قرار" }, "json")).toBe("draft.json");
  });

  it("names a vote record after the draft's symbol, else the year", () => {
    expect(voteRecordFileName("S/2022/155", 2022)).toBe("S-2022-155-vote-record.docx");
    expect(voteRecordFileName(null, 2016)).toBe("vote-2016-vote-record.docx");
    expect(voteRecordFileName("  ", 2016)).toBe("vote-2016-vote-record.docx");
    expect(voteRecordFileName("مشروع", 2016)).toBe("vote-2016-vote-record.docx");
  });

  it("never lets a path or a quote through", () => {
    const name = fileNameFrom(['a"b\\c/../d'], "txt", "x");
    expect(name).toBe("a-b-c-..-d.txt");
    expect(name).not.toMatch(/[/\\"]/);
  });
});
