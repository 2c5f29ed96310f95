/**
 * The Charter of the United Nations as drafts cite it: 111 articles in 19 chapters. Chapter titles
 * are the Charter's own words (in title case; the signed text sets them in capitals); article
 * headings are short descriptions written for this project, not the Charter's text (its articles
 * have none). Paragraph counts are kept
 * for the articles the Council's texts cite (Chapters I, V–VIII and a few others); for the rest
 * only the article's existence is checked.
 */

export const CHARTER_ARTICLE_COUNT = 111;

export type CharterChapter = {
  /** Roman numeral, as cited: "VII". */
  chapter: string;
  number: number;
  title: string;
  firstArticle: number;
  lastArticle: number;
};

export type CharterArticle = {
  article: number;
  chapter: string;
  /** Short description; absent for articles drafts rarely cite. */
  heading?: string;
  /** Numbered paragraphs: 0 for an article of one unnumbered paragraph; absent where not recorded. */
  paragraphs?: number;
  /** Short descriptions of the numbered paragraphs, where useful (Art. 2, 27). */
  paragraphHeadings?: readonly string[];
};

export type CharterCitation =
  | {
      kind: "article";
      article: number;
      paragraph?: number;
      /** The chapter the article sits in, if it exists. */
      chapter?: string;
      raw: string;
      valid: boolean;
      start: number;
      end: number;
    }
  | { kind: "chapter"; chapter: string; raw: string; valid: boolean; start: number; end: number };

const CHAPTERS: readonly CharterChapter[] = (
  [
    ["I", "Purposes and Principles", 1, 2],
    ["II", "Membership", 3, 6],
    ["III", "Organs", 7, 8],
    ["IV", "The General Assembly", 9, 22],
    ["V", "The Security Council", 23, 32],
    ["VI", "Pacific Settlement of Disputes", 33, 38],
    ["VII", "Action with Respect to Threats to the Peace, Breaches of the Peace, and Acts of Aggression", 39, 51],
    ["VIII", "Regional Arrangements", 52, 54],
    ["IX", "International Economic and Social Co-operation", 55, 60],
    ["X", "The Economic and Social Council", 61, 72],
    ["XI", "Declaration Regarding Non-Self-Governing Territories", 73, 74],
    ["XII", "International Trusteeship System", 75, 85],
    ["XIII", "The Trusteeship Council", 86, 91],
    ["XIV", "The International Court of Justice", 92, 96],
    ["XV", "The Secretariat", 97, 101],
    ["XVI", "Miscellaneous Provisions", 102, 105],
    ["XVII", "Transitional Security Arrangements", 106, 107],
    ["XVIII", "Amendments", 108, 109],
    ["XIX", "Ratification and Signature", 110, 111],
  ] as const
).map(([chapter, title, firstArticle, lastArticle], index) => ({ chapter, number: index + 1, title, firstArticle, lastArticle }));

type ArticleNote = { heading: string; paragraphs: number; paragraphHeadings?: readonly string[] };

/** Paragraph counts checked against the Charter's text; 0 = no numbered paragraphs. */
const ARTICLES: Readonly<Record<number, ArticleNote>> = {
  1: { heading: "Purposes of the United Nations", paragraphs: 4 },
  2: {
    heading: "Principles binding the Organization and its Members",
    paragraphs: 7,
    paragraphHeadings: [
      "sovereign equality of Members",
      "obligations fulfilled in good faith",
      "disputes settled by peaceful means",
      "no threat or use of force against territorial integrity or political independence",
      "assistance to the UN's action; none to a State under preventive or enforcement action",
      "non-members to act by these principles as far as peace requires",
      "no intervention in domestic jurisdiction, without prejudice to Chapter VII enforcement",
    ],
  },
  4: { heading: "Admission of new Members", paragraphs: 2 },
  7: { heading: "The principal organs", paragraphs: 2 },
  12: { heading: "The General Assembly holds back while the Council deals with a dispute", paragraphs: 2 },
  23: { heading: "Composition of the Security Council; one representative each", paragraphs: 3 },
  24: { heading: "Primary responsibility for international peace and security", paragraphs: 3 },
  25: { heading: "Members accept and carry out the Council's decisions", paragraphs: 0 },
  26: { heading: "Plans for the regulation of armaments", paragraphs: 0 },
  27: {
    heading: "Voting in the Security Council",
    paragraphs: 3,
    paragraphHeadings: [
      "one vote per member",
      "procedural matters: nine affirmative votes (seven before 1966)",
      "other matters: nine votes including the concurring votes of the permanent members; parties to a dispute abstain under Chapter VI and Art. 52(3)",
    ],
  },
  28: { heading: "The Council functions continuously", paragraphs: 3 },
  29: { heading: "Subsidiary organs", paragraphs: 0 },
  30: { heading: "Rules of procedure", paragraphs: 0 },
  31: { heading: "Participation of affected Members without a vote", paragraphs: 0 },
  32: { heading: "Parties to a dispute invited to the discussion", paragraphs: 0 },
  33: { heading: "Parties seek a peaceful solution first", paragraphs: 2 },
  34: { heading: "The Council may investigate a dispute or situation", paragraphs: 0 },
  35: { heading: "Bringing a dispute before the Council or the General Assembly", paragraphs: 3 },
  36: { heading: "The Council may recommend procedures; legal disputes to the Court", paragraphs: 3 },
  37: { heading: "Unsettled disputes referred to the Council", paragraphs: 2 },
  38: { heading: "Recommendations at the request of all parties", paragraphs: 0 },
  39: { heading: "Determining a threat to the peace, breach of the peace or act of aggression", paragraphs: 0 },
  40: { heading: "Provisional measures", paragraphs: 0 },
  41: { heading: "Measures not involving armed force", paragraphs: 0 },
  42: { heading: "Action by air, sea or land forces", paragraphs: 0 },
  43: { heading: "Agreements making forces available", paragraphs: 3 },
  44: { heading: "Contributing Members take part in decisions on their forces", paragraphs: 0 },
  45: { heading: "National air-force contingents", paragraphs: 0 },
  46: { heading: "Plans for the use of armed force", paragraphs: 0 },
  47: { heading: "The Military Staff Committee", paragraphs: 4 },
  48: { heading: "Members carry out the Council's decisions", paragraphs: 2 },
  49: { heading: "Mutual assistance in carrying out measures", paragraphs: 0 },
  50: { heading: "States facing economic problems from measures may consult the Council", paragraphs: 0 },
  51: { heading: "Inherent right of individual or collective self-defence", paragraphs: 0 },
  52: { heading: "Regional arrangements and local disputes", paragraphs: 4 },
  53: { heading: "Enforcement through regional arrangements, with the Council's authorization", paragraphs: 2 },
  54: { heading: "The Council kept informed of regional action", paragraphs: 0 },
  99: { heading: "The Secretary-General may bring a matter to the Council", paragraphs: 0 },
  103: { heading: "Charter obligations prevail over other agreements", paragraphs: 0 },
};

const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

export function listChapters(): readonly CharterChapter[] {
  return CHAPTERS;
}

/** A chapter by Roman numeral ("VII", any case) or number (7). */
export function getChapter(chapter: string | number): CharterChapter | undefined {
  if (typeof chapter === "number") return CHAPTERS.find((entry) => entry.number === chapter);
  const key = chapter.trim().toUpperCase();
  if (/^\d+$/.test(key)) return CHAPTERS.find((entry) => entry.number === Number(key));
  return CHAPTERS.find((entry) => entry.chapter === key);
}

function chapterOf(article: number): CharterChapter | undefined {
  return CHAPTERS.find((entry) => entry.firstArticle <= article && article <= entry.lastArticle);
}

export function getArticle(article: number): CharterArticle | undefined {
  const chapter = Number.isInteger(article) ? chapterOf(article) : undefined;
  if (!chapter) return undefined;
  const note = ARTICLES[article];
  if (!note) return { article, chapter: chapter.chapter };
  return { article, chapter: chapter.chapter, ...note };
}

/**
 * Whether "Article n" (or "Article n(p)") exists: articles 1–111; a paragraph only where the
 * article has that many numbered paragraphs (Art. 2 has 7, Art. 51 none). For articles whose
 * paragraphs are not recorded here, any paragraph is accepted.
 */
export function articleExists(article: number, paragraph?: number): boolean {
  const entry = getArticle(article);
  if (!entry) return false;
  if (paragraph === undefined) return true;
  if (!Number.isInteger(paragraph) || paragraph < 1) return false;
  return entry.paragraphs === undefined || paragraph <= entry.paragraphs;
}

const FOLLOWING_INSTRUMENT = /^\s*,?\s*of\s+(?:(?:the|this|that|its)\s+)?(\S+(?:\s+\S+){0,2})/i;

/** After a reference: "of the Charter" keeps it; "of the Rome Statute", "of resolution 2231" do not. */
function citesOtherInstrument(after: string): boolean {
  const instrument = FOLLOWING_INSTRUMENT.exec(after);
  if (!instrument) return false;
  return !/^(?:(?:UN|United\s+Nations)\s+)?Charter\b|^Chapter\b/i.test(instrument[1]);
}

const ARTICLE_KEYWORD = /\b(?:Articles?|Arts?\.?)\s*(?=\d)/gi;
const ARTICLE_REFERENCE = /(\d+)(?:\s*\((\d+)\))?(?:\s*\(([a-z])\))?(?:\s*,?\s*(?:paragraph|para\.?)\s*(\d+)(?!\d|\s+of\b))?/iy;
const LIST_SEPARATOR = /\s*(?:,\s*(?:and|or)\s+|,|\s(?:and|or|to|through)\s|[-–])\s*(?=\d)/iy;
const PARAGRAPH_BEFORE = /(?:paragraph|para\.?)\s+(\d+)\s+of\s+$/i;
const CHAPTER_LIST = /\bChapters?\s+([IVX]+)\b((?:\s*(?:,\s*(?:and|or)\s+|,|\s(?:and|or|to)\s)\s*[IVX]+\b)*)/g;

/**
 * Charter references in a text, in order: "Article 2(4)", "Article 2, paragraph 4", "paragraph 4
 * of Article 2", "Art. 51", "Articles 41 and 42" (one citation per article), "Chapter VII of the
 * Charter", "Chapters VI and VII". Each says whether the article, paragraph or chapter exists.
 * References to other instruments ("article 5 of the Rome Statute") are left out.
 */
export function findCharterCitations(text: string): CharterCitation[] {
  const citations: CharterCitation[] = [];

  for (const keyword of text.matchAll(ARTICLE_KEYWORD)) {
    const found: CharterCitation[] = [];
    let position = keyword.index! + keyword[0].length;
    let start = keyword.index!;
    let paragraphBefore: number | undefined;
    const before = PARAGRAPH_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (before) {
      paragraphBefore = Number(before[1]);
      start -= before[0].length;
    }
    for (;;) {
      ARTICLE_REFERENCE.lastIndex = position;
      const reference = ARTICLE_REFERENCE.exec(text);
      if (!reference) break;
      const article = Number(reference[1]);
      const paragraph =
        reference[2] !== undefined ? Number(reference[2]) : reference[4] !== undefined ? Number(reference[4]) : found.length === 0 ? paragraphBefore : undefined;
      const end = position + reference[0].length;
      const chapter = getArticle(article)?.chapter;
      found.push({
        kind: "article",
        article,
        ...(paragraph !== undefined ? { paragraph } : {}),
        ...(chapter ? { chapter } : {}),
        raw: text.slice(start, end),
        valid: articleExists(article, paragraph),
        start,
        end,
      });
      position = end;
      LIST_SEPARATOR.lastIndex = position;
      const separator = LIST_SEPARATOR.exec(text);
      if (!separator) break;
      position += separator[0].length;
      start = position;
    }
    if (found.length > 0 && !citesOtherInstrument(text.slice(found[found.length - 1].end))) citations.push(...found);
  }

  for (const match of text.matchAll(CHAPTER_LIST)) {
    const listEnd = match.index! + match[0].length;
    if (citesOtherInstrument(text.slice(listEnd))) continue;
    for (const [order, numeral] of [...match[0].matchAll(/\b[IVX]+\b/g)].entries()) {
      // The first numeral's span includes "Chapter"; later ones are the bare numeral.
      const start = order === 0 ? match.index! : match.index! + numeral.index!;
      const end = match.index! + numeral.index! + numeral[0].length;
      const chapter = numeral[0];
      citations.push({
        kind: "chapter",
        chapter,
        raw: text.slice(start, end),
        valid: ROMAN.test(chapter) && getChapter(chapter) !== undefined,
        start,
        end,
      });
    }
  }

  return citations.sort((left, right) => left.start - right.start);
}

/** What a citation refers to, in a line a reader can check: "Article 2(4): no threat or use of force …". */
export function describeCitation(citation: CharterCitation): string {
  if (citation.kind === "chapter") {
    const chapter = getChapter(citation.chapter);
    return chapter ? `Chapter ${chapter.chapter}: ${chapter.title}` : `The Charter has no Chapter ${citation.chapter}`;
  }
  const article = getArticle(citation.article);
  const cited = citation.paragraph === undefined ? `Article ${citation.article}` : `Article ${citation.article}(${citation.paragraph})`;
  if (!article) return `The Charter has no Article ${citation.article}: it has ${CHARTER_ARTICLE_COUNT} articles`;
  if (!citation.valid) return `Article ${citation.article} has no paragraph ${citation.paragraph}`;
  const paragraphHeading = citation.paragraph === undefined ? undefined : article.paragraphHeadings?.[citation.paragraph - 1];
  const heading = paragraphHeading ?? article.heading;
  return heading ? `${cited}: ${heading} (Chapter ${article.chapter})` : `${cited} (Chapter ${article.chapter})`;
}

/** The anchor of a citation on the Charter page: #article-2, #chapter-VII. */
export function citationAnchor(citation: CharterCitation): string {
  return citation.kind === "chapter" ? `chapter-${citation.chapter.toUpperCase()}` : `article-${citation.article}`;
}
