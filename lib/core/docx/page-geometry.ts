/**
 * Page geometry in twips (1 pt = 20 twips), from the measurements in UN_LAYOUT.md of documents
 * made with the UN's Word template (A/INF/76/1, A/RES/73/3, S/2017/593).
 */

export type Paper = "a4" | "letter";

export const PAPERS: readonly Paper[] = ["a4", "letter"];

/** New York documents are US Letter (612 × 792 pt), Geneva documents A4 (595.3 × 841.9 pt). */
export function pageSize(paper: Paper): { width: number; height: number } {
  switch (paper) {
    case "a4":
      return { width: 11906, height: 16838 };
    case "letter":
      return { width: 12240, height: 15840 };
    default: {
      const unreachable: never = paper;
      throw new Error(`unknown paper ${String(unreachable)}`);
    }
  }
}

/** Masthead, running heads and footers span x = 60 → 552.6 pt on Letter. */
export const UN_MARGIN_LEFT = 1200;
export const UN_MARGIN_RIGHT = 1188;
/** Top ≈ 1 in on later pages; bottom 0.75–0.8 in (unverified, UN_LAYOUT.md "Page"). */
export const UN_MARGIN_TOP = 1440;
export const UN_MARGIN_BOTTOM = 1152;
export const UN_HEADER_DISTANCE = 720;
export const UN_FOOTER_DISTANCE = 720;

/** The body column runs x = 123.4 → 490.6 pt: indented ≈63 pt left and ≈62 pt right of the margins. */
export const UN_BODY_INDENT_LEFT = 1267;
export const UN_BODY_INDENT_RIGHT = 1240;

/** One indentation step, 0.33 in (475 twips); the operative number's tab sits at 0.66 in (955). */
export const UN_INDENT_STEP = 475;
export const UN_OPERATIVE_TAB = 955;
/** Each subparagraph level sits one step further in; 955 − 475 = 480 twips per step after the first. */
export const UN_TAB_STEP = UN_OPERATIVE_TAB - UN_INDENT_STEP;

/** Masthead columns: the emblem cell is 63 pt wide; the distribution block starts at x ≈ 397 pt. */
export const MASTHEAD_EMBLEM_WIDTH = 1260;
export const MASTHEAD_RIGHT_WIDTH = 3112;
export const MASTHEAD_ROW1_HEIGHT = 860;
export const MASTHEAD_ROW2_HEIGHT = 2860;

/** Width between the page margins of a UN-style page. */
export function unTextWidth(paper: Paper): number {
  return pageSize(paper).width - UN_MARGIN_LEFT - UN_MARGIN_RIGHT;
}

/** Model UN conferences ask for 1 in margins on every side (UN_LAYOUT.md, Model UN styles). */
export const MODEL_UN_MARGIN = 1440;
