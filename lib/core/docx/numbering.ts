import { AlignmentType, LevelFormat, LevelSuffix, type ILevelsOptions } from "docx";
import { letterLabel, romanLabel } from "../draft/layout";
import {
  UN_BODY_INDENT_LEFT,
  UN_INDENT_STEP,
  UN_OPERATIVE_TAB,
  UN_TAB_STEP,
} from "./page-geometry";

/**
 * Word numbering for operative paragraphs (level 0) and their subparagraphs (levels 1–8), so
 * that Word and LibreOffice renumber a paragraph the user inserts. One abstract list: a
 * subparagraph level restarts when a higher level advances, as the labels of layoutDraft do.
 * Word allows nine levels; the schema accepts eight subparagraph levels under a paragraph.
 */

export const OPERATIVE_NUMBERING = "operative-paragraphs";
export const WORD_LEVEL_COUNT = 9;

export type LabelFormat = "decimal" | "lowerLetter" | "lowerRoman";

/** What a level prints: its counter in a format, between a prefix and a suffix. */
export type LevelLabel = { format: LabelFormat; prefix: string; suffix: string };

/**
 * UN Editorial Manual, subparagraph levels: (a), then (i), then a., then i.; deeper levels
 * repeat the cycle, as subparagraphLabel does.
 */
export function unLevelLabel(level: number): LevelLabel {
  if (level === 0) return { format: "decimal", prefix: "", suffix: "." };
  switch ((level - 1) % 4) {
    case 0:
      return { format: "lowerLetter", prefix: "(", suffix: ")" };
    case 1:
      return { format: "lowerRoman", prefix: "(", suffix: ")" };
    case 2:
      return { format: "lowerLetter", prefix: "", suffix: "." };
    default:
      return { format: "lowerRoman", prefix: "", suffix: "." };
  }
}

/** THIMUN convention (UN_LAYOUT.md, Model UN styles): clauses 1., sub-clauses a), then i. */
export function modelUnLevelLabel(level: number): LevelLabel {
  if (level === 0) return { format: "decimal", prefix: "", suffix: "." };
  return (level - 1) % 2 === 0
    ? { format: "lowerLetter", prefix: "", suffix: ")" }
    : { format: "lowerRoman", prefix: "", suffix: "." };
}

/** The label a level prints for its zero-based counter, as Word writes it. */
export function formatLevelLabel(label: LevelLabel, index: number): string {
  return `${label.prefix}${formatCounter(label.format, index)}${label.suffix}`;
}

function formatCounter(format: LabelFormat, index: number): string {
  switch (format) {
    case "decimal":
      return String(index + 1);
    // Word's lowerLetter doubles after z (aa, bb), as letterLabel does.
    case "lowerLetter":
      return letterLabel(index);
    case "lowerRoman":
      return romanLabel(index);
    default: {
      const unreachable: never = format;
      throw new Error(`unknown label format ${String(unreachable)}`);
    }
  }
}

const LEVEL_FORMATS: Record<LabelFormat, (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  decimal: LevelFormat.DECIMAL,
  lowerLetter: LevelFormat.LOWER_LETTER,
  lowerRoman: LevelFormat.LOWER_ROMAN,
};

function levelText(label: LevelLabel, level: number): string {
  return `${label.prefix}%${level + 1}${label.suffix}`;
}

/**
 * UN layout: the label at 0.33 in for operative paragraphs, one step (0.33 in) further per
 * subparagraph level, a tab to the text one step on; later lines wrap to the body's left edge
 * (UN_LAYOUT.md, Body text).
 */
export function unNumberingLevels(): ILevelsOptions[] {
  return Array.from({ length: WORD_LEVEL_COUNT }, (_, level) => {
    const labelAt = UN_INDENT_STEP + UN_TAB_STEP * level;
    return {
      level,
      format: LEVEL_FORMATS[unLevelLabel(level).format],
      text: levelText(unLevelLabel(level), level),
      alignment: AlignmentType.LEFT,
      suffix: LevelSuffix.TAB,
      style: {
        paragraph: {
          indent: { left: UN_BODY_INDENT_LEFT, firstLine: labelAt },
          leftTabStop: UN_BODY_INDENT_LEFT + UN_OPERATIVE_TAB + UN_TAB_STEP * level,
        },
        // The number is roman, never bold or italic (UN_LAYOUT.md: "1.", roman, not bold).
        run: { italics: false, bold: false, underline: undefined },
      },
    };
  });
}

/** Model UN layout: hanging indents of 1 cm per level, so wrapped lines align with the text. */
export const MODEL_UN_HANGING = 567;

export function modelUnNumberingLevels(): ILevelsOptions[] {
  return Array.from({ length: WORD_LEVEL_COUNT }, (_, level) => ({
    level,
    format: LEVEL_FORMATS[modelUnLevelLabel(level).format],
    text: levelText(modelUnLevelLabel(level), level),
    alignment: AlignmentType.LEFT,
    suffix: LevelSuffix.TAB,
    style: {
      paragraph: {
        indent: { left: MODEL_UN_HANGING * (level + 1), hanging: MODEL_UN_HANGING },
        leftTabStop: MODEL_UN_HANGING * (level + 1),
      },
      run: { italics: false, bold: false },
    },
  }));
}
