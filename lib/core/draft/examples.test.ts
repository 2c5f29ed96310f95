import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDraft } from "./checks";
import { draftToPlainText } from "./layout";
import { EXAMPLE_IDS, getExample, listExamples } from "./examples";
import { parsePortableDraft } from "./schema";

const DOCS = path.resolve(__dirname, "../../../docs/examples");

describe.each(EXAMPLE_IDS)("example %s", (id) => {
  it("is what docs/examples holds", () => {
    const file = JSON.parse(readFileSync(path.join(DOCS, `${id}.json`), "utf8"));
    expect(file).toEqual(getExample(id));
  });

  it("parses as a portable draft without change", () => {
    const parsed = parsePortableDraft(JSON.parse(JSON.stringify(getExample(id))));
    expect(parsed).toEqual({ ok: true, draft: getExample(id) });
  });

  it("passes the checks without errors or warnings", () => {
    const findings = checkDraft(getExample(id));
    expect(findings.filter((item) => item.severity !== "advice")).toEqual([]);
  });
});

describe("examples", () => {
  it("lists both with a name and a description", () => {
    expect(listExamples().map((example) => example.id)).toEqual(["kazakhstan-2022", "ukraine-2022"]);
  });

  it("gives a copy that callers may change", () => {
    const copy = getExample("ukraine-2022");
    copy.operative.pop();
    expect(getExample("ukraine-2022").operative).toHaveLength(10);
  });

  it("follows S/2022/155: symbol, sponsors, agenda and the closing paragraph", () => {
    const draft = getExample("ukraine-2022");
    expect(draft).toMatchObject({ symbol: "S/2022/155", date: "2022-02-25" });
    expect(draft.sponsors.slice(0, 2)).toEqual(["ALB", "USA"]);
    expect(draft.agendaItem).toContain("(S/2014/136)");
    const text = draftToPlainText(draft);
    expect(text).toContain("2. Deplores in the strongest terms the aggression of the Russian Federation against Ukraine");
    expect(text).toContain("Donetsk and Luhansk");
    expect(text.split("\n").at(-1)).toBe("10. Decides to remain actively seized of the matter.");
  });

  it("cites Articles 2(4), 2(7), 51 and 53 in the Kazakhstan draft, dated 10 January 2022 with no symbol", () => {
    const draft = getExample("kazakhstan-2022");
    expect(draft.symbol).toBeUndefined();
    expect(draft.date).toBe("2022-01-10");
    const text = draftToPlainText(draft);
    for (const citation of ["Article 2, paragraph 4", "Article 2, paragraph 7", "Article 51", "Article 53, paragraph 1"]) expect(text).toContain(citation);
    expect(text).toContain("Collective Security Treaty Organization of 6 January 2022");
  });
});

describe("the Kazakhstan example keeps contested law out of the Council's mouth", () => {
  const text = draftToPlainText(getExample("kazakhstan-2022"));
  it("quotes Article 51 with 'until the Security Council has taken measures'", () => {
    expect(text).toContain("until the Security Council has taken measures necessary to maintain international peace and security");
  });
  it("does not call a deployment requested by the host Government unauthorized enforcement action", () => {
    expect(text).not.toMatch(/Council did not authorize|enforcement action under them requires/);
  });
});
