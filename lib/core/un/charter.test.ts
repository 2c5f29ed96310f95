import { describe, expect, it } from "vitest";
import { CHARTER_ARTICLE_COUNT, articleExists, citationAnchor, describeCitation, findCharterCitations, getArticle, getChapter, listChapters } from "./charter";

describe("Charter articles and chapters", () => {
  it("knows the Charter has 111 articles in 19 chapters", () => {
    expect(CHARTER_ARTICLE_COUNT).toBe(111);
    expect(listChapters()).toHaveLength(19);
    expect(articleExists(111)).toBe(true);
    expect(articleExists(112)).toBe(false);
    expect(articleExists(0)).toBe(false);
    expect(articleExists(2.5)).toBe(false);
    const chapters = listChapters();
    for (let index = 1; index < chapters.length; index++) {
      expect(chapters[index].firstArticle).toBe(chapters[index - 1].lastArticle + 1);
    }
  });

  it("knows the paragraphs of the articles drafts cite", () => {
    expect(articleExists(2, 4)).toBe(true);
    expect(articleExists(2, 7)).toBe(true);
    expect(articleExists(2, 8)).toBe(false);
    expect(articleExists(27, 3)).toBe(true);
    expect(articleExists(27, 4)).toBe(false);
    expect(articleExists(53, 1)).toBe(true);
    expect(articleExists(52, 4)).toBe(true);
    expect(articleExists(51, 1)).toBe(false); // Art. 51 is one unnumbered paragraph
    expect(articleExists(25, 1)).toBe(false);
    expect(articleExists(2, 0)).toBe(false);
  });

  it("gives an article's chapter and heading", () => {
    expect(getArticle(51)).toMatchObject({ article: 51, chapter: "VII", paragraphs: 0 });
    expect(getArticle(51)!.heading).toMatch(/self-defence/);
    expect(getArticle(2)!.paragraphHeadings).toHaveLength(7);
    expect(getArticle(41)!.chapter).toBe("VII");
    expect(getArticle(36)!.chapter).toBe("VI");
    expect(getArticle(80)).toEqual({ article: 80, chapter: "XII" });
    expect(getArticle(112)).toBeUndefined();
  });

  it("counts the three paragraphs of Article 23: 23(3), one representative each, exists", () => {
    // Charter Art. 23(3): "Each member of the Security Council shall have one representative."
    expect(articleExists(23, 3)).toBe(true);
    expect(articleExists(23, 4)).toBe(false);
    expect(describeCitation(findCharterCitations("Article 23(3)")[0])).toMatch(/^Article 23\(3\)/);
  });

  it("checks every recorded paragraph count against the Charter's text", () => {
    // Numbered paragraphs as the Charter sets them out; 0 = one unnumbered paragraph.
    const charter: Record<number, number> = {
      1: 4, 2: 7, 4: 2, 7: 2, 12: 2, 23: 3, 24: 3, 25: 0, 26: 0, 27: 3, 28: 3, 29: 0, 30: 0, 31: 0, 32: 0,
      33: 2, 34: 0, 35: 3, 36: 3, 37: 2, 38: 0, 39: 0, 40: 0, 41: 0, 42: 0, 43: 3, 44: 0, 45: 0, 46: 0,
      47: 4, 48: 2, 49: 0, 50: 0, 51: 0, 52: 4, 53: 2, 54: 0, 99: 0, 103: 0,
    };
    for (const [article, paragraphs] of Object.entries(charter)) {
      expect({ article: Number(article), paragraphs: getArticle(Number(article))?.paragraphs }).toEqual({ article: Number(article), paragraphs });
    }
  });

  it("gives the chapters their titles in the Charter's own words", () => {
    expect(getChapter("VI")?.title).toBe("Pacific Settlement of Disputes");
    expect(getChapter("VII")?.title).toBe("Action with Respect to Threats to the Peace, Breaches of the Peace, and Acts of Aggression");
    expect(getChapter("VIII")?.title).toBe("Regional Arrangements");
    expect(getChapter("XI")?.title).toBe("Declaration Regarding Non-Self-Governing Territories");
  });

  it("finds chapters by numeral or number", () => {
    expect(getChapter("VII")).toMatchObject({ number: 7, firstArticle: 39, lastArticle: 51 });
    expect(getChapter("vi")?.title).toMatch(/settlement of disputes/i);
    expect(getChapter(8)?.chapter).toBe("VIII");
    expect(getChapter("XX")).toBeUndefined();
  });
});

describe("finding Charter citations in a draft", () => {
  const cite = (text: string) =>
    findCharterCitations(text).map((citation) =>
      citation.kind === "article"
        ? { article: citation.article, paragraph: citation.paragraph, raw: citation.raw, valid: citation.valid }
        : { chapter: citation.chapter, raw: citation.raw, valid: citation.valid },
    );

  it("reads the usual forms of an article reference", () => {
    expect(cite("Recalling the obligation under Article 2(4) of the Charter")).toEqual([
      { article: 2, paragraph: 4, raw: "Article 2(4)", valid: true },
    ]);
    expect(cite("in accordance with Article 2, paragraph 4, of the Charter")).toEqual([
      { article: 2, paragraph: 4, raw: "Article 2, paragraph 4", valid: true },
    ]);
    expect(cite("Reaffirming paragraph 7 of Article 2 of the Charter")).toEqual([
      { article: 2, paragraph: 7, raw: "paragraph 7 of Article 2", valid: true },
    ]);
    expect(cite("the inherent right recognized in Art. 51")).toEqual([{ article: 51, paragraph: undefined, raw: "Art. 51", valid: true }]);
    expect(cite("authorization under Article 53(1)")).toEqual([{ article: 53, paragraph: 1, raw: "Article 53(1)", valid: true }]);
  });

  it("splits a list of articles into one citation each, with exact spans", () => {
    const text = "measures under Articles 41 and 42 of the Charter";
    const citations = findCharterCitations(text);
    expect(citations.map((citation) => (citation.kind === "article" ? citation.article : citation.chapter))).toEqual([41, 42]);
    expect(citations.map((citation) => text.slice(citation.start, citation.end))).toEqual(["Articles 41", "42"]);
    expect(cite("Articles 39, 40 and 41")).toHaveLength(3);
  });

  it("marks references to articles and paragraphs that do not exist", () => {
    expect(cite("Acting under Article 112 of the Charter")).toEqual([{ article: 112, paragraph: undefined, raw: "Article 112", valid: false }]);
    expect(cite("contrary to Article 2(8)")).toEqual([{ article: 2, paragraph: 8, raw: "Article 2(8)", valid: false }]);
    expect(cite("Articles 41 and 142")).toEqual([
      { article: 41, paragraph: undefined, raw: "Articles 41", valid: true },
      { article: 142, paragraph: undefined, raw: "142", valid: false },
    ]);
  });

  it("reads chapter references", () => {
    expect(cite("Acting under Chapter VII of the Charter of the United Nations,")).toEqual([
      { chapter: "VII", raw: "Chapter VII", valid: true },
    ]);
    expect(cite("under Chapters VI and VIII")).toEqual([
      { chapter: "VI", raw: "Chapters VI", valid: true },
      { chapter: "VIII", raw: "VIII", valid: true },
    ]);
    expect(cite("Acting under Chapter XX")).toEqual([{ chapter: "XX", raw: "Chapter XX", valid: false }]);
  });

  it("leaves out other instruments' articles and finds citations in text order", () => {
    expect(cite("article 5 of the Rome Statute and article 2 of resolution 2231")).toEqual([]);
    const text = "Acting under Chapter VII of the Charter, and recalling Article 25 and Article 103 of the Charter,";
    expect(findCharterCitations(text).map((citation) => citation.raw)).toEqual(["Chapter VII", "Article 25", "Article 103"]);
    expect(cite("Paragraph 4 of resolution 2334 (2016)")).toEqual([]);
  });
});

describe("describing a citation", () => {
  it("gives the heading of a cited paragraph, or of the article", () => {
    const [twoFour, fiftyOne, chapterSeven] = findCharterCitations("Article 2(4) and Article 51 of the Charter, under Chapter VII");
    expect(describeCitation(twoFour)).toBe("Article 2(4): no threat or use of force against territorial integrity or political independence (Chapter I)");
    expect(describeCitation(fiftyOne)).toBe("Article 51: Inherent right of individual or collective self-defence (Chapter VII)");
    expect(describeCitation(chapterSeven)).toBe(
      "Chapter VII: Action with Respect to Threats to the Peace, Breaches of the Peace, and Acts of Aggression",
    );
    expect(citationAnchor(twoFour)).toBe("article-2");
    expect(citationAnchor(chapterSeven)).toBe("chapter-VII");
  });

  it("says what is wrong with a citation that does not exist", () => {
    const [missing, badParagraph] = findCharterCitations("Article 112 and Article 2(8) of the Charter");
    expect(describeCitation(missing)).toBe("The Charter has no Article 112: it has 111 articles");
    expect(describeCitation(badParagraph)).toBe("Article 2 has no paragraph 8");
  });
});
