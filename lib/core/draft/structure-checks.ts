import { findCharterCitations } from "../un/charter";
import { joinPhrase } from "./layout";
import type { PortableDraft } from "./schema";
import { type Finding, finding } from "./findings";
import { ALL_NECESSARY, CHAPTER_VII_ANYWHERE, readsAsAuthorizationOfForce, EMERGENCY_SPECIAL_SESSION, type ParagraphRef, REMAIN_SEIZED, REMAIN_SEIZED_PARAGRAPH, isSubparagraph, locationOf, readsAsChapterVii, readsAsDetermination } from "./paragraph-refs";

/** Checks of the draft as a whole: parts present, the determination under Chapter VII, "remain seized". */
export function checkStructure(draft: PortableDraft, paragraphs: ParagraphRef[]): Finding[] {
  const out: Finding[] = [];
  const operative = paragraphs.filter((ref) => ref.section === "operative" && !isSubparagraph(ref));
  const preamble = paragraphs.filter((ref) => ref.section === "preamble");

  if (operative.length === 0) {
    out.push(
      finding(
        "no-operative",
        { section: "operative" },
        "The draft has no operative paragraph: a resolution acts through its numbered operative paragraphs, the preamble alone decides nothing.",
      ),
    );
  }

  // Usual practice: "Acting under Chapter VII of the Charter" is the last preambular paragraph, so
  // that it governs every operative paragraph. The Council's own texts vary (part-way through the
  // preamble; inside an operative paragraph, resolution 1769 (2007), para. 15), so this is advice.
  const chapterVii = preamble.filter(readsAsChapterVii);
  for (const ref of chapterVii) {
    if (ref.index !== preamble.length - 1) {
      out.push(
        finding(
          "chapter-vii-not-last",
          locationOf(ref),
          `"Acting under Chapter VII" usually closes the preamble, so that it governs the whole operative part; here ${ref.name} is followed by ${preamble.length - 1 - ref.index} more. Placed part-way, it leaves open which paragraphs it governs; the Council also writes it into the operative paragraphs it covers (resolution 1769 (2007), paragraph 15).`,
          { kind: "move-paragraph", to: "preamble", position: "end" },
        ),
      );
    }
  }

  if (draft.body === "general-assembly") {
    for (const ref of [...chapterVii, ...operative.filter(readsAsChapterVii)]) {
      out.push(
        finding(
          "chapter-vii-in-assembly",
          locationOf(ref),
          "The General Assembly cannot act under Chapter VII: enforcement action is the Security Council's, and a question calling for action goes to the Council (Charter Arts. 11(2), 24, 39).",
        ),
      );
    }
  } else {
    out.push(...determinationFindings(paragraphs));
    out.push(...remainSeizedFindings(operative));
  }
  return out;
}

/**
 * Charter Art. 39: measures under Arts. 41 and 42 follow a determination of a threat to the peace,
 * breach of the peace or act of aggression. Reported once, at the first measure, with a fix that
 * adds the determination for the sponsors to complete.
 */
function determinationFindings(paragraphs: ParagraphRef[]): Finding[] {
  if (paragraphs.some(readsAsDetermination)) return [];
  const measures: { ref: ParagraphRef; what: string }[] = [];
  for (const ref of paragraphs) {
    const joined = joinPhrase(ref.phrase.trim(), ref.text.trim());
    if (ref.section === "preamble") {
      if (readsAsChapterVii(ref)) measures.push({ ref, what: "\"Acting under Chapter VII\"" });
      continue;
    }
    if (CHAPTER_VII_ANYWHERE.test(joined)) {
      measures.push({ ref, what: "action under Chapter VII" });
      continue;
    }
    if (readsAsAuthorizationOfForce(joined)) {
      measures.push({ ref, what: `"${ALL_NECESSARY.exec(joined)![0]}"` });
      continue;
    }
    const articles = findCharterCitations(joined).filter(
      (citation) => citation.kind === "article" && (citation.article === 41 || citation.article === 42),
    );
    if (articles.length > 0) measures.push({ ref, what: `measures under ${articles.map((citation) => citation.raw.trim()).join(" and ")}` });
  }
  if (measures.length === 0) return [];
  const [first] = measures;
  const listed = measures.map((measure) => `${measure.what} (${measure.ref.name})`).join(", ");
  return [
    finding(
      "chapter-vii-without-determination",
      locationOf(first.ref),
      `The draft takes Chapter VII measures, ${listed}, without determining that the situation is a threat to the peace, a breach of the peace or an act of aggression. Charter Art. 39 requires that determination first: add a preambular paragraph "Determining that … constitutes a threat to international peace and security".`,
      { kind: "add-preambular", phrase: "Determining", text: "that the situation in [State] constitutes a threat to international peace and security" },
    ),
  ];
}

const RECOMMENDATION_TO_ASSEMBLY =
  /\brecommends\s+to\s+the\s+General\s+Assembly\s+that\b[\s\S]*\b(?:be\s+admitted|admission|be\s+appointed|Secretary-General)\b/i;

function remainSeizedFindings(operative: ParagraphRef[]): Finding[] {
  if (operative.length === 0) return [];
  if (operative.some((ref) => EMERGENCY_SPECIAL_SESSION.test(ref.text))) return [];
  // A recommendation on admission (Art. 4(2)) or on the appointment of the Secretary-General
  // (Art. 97) is handed to the Assembly: the Council does not remain seized of it
  // (resolutions 2616 (2021), 1690 (2006) close without it).
  if (operative.some((ref) => RECOMMENDATION_TO_ASSEMBLY.test(joinPhrase(ref.phrase, ref.text)))) return [];
  const seized = operative.filter((ref) => REMAIN_SEIZED.test(joinPhrase(ref.phrase, ref.text)));
  if (seized.length === 0) {
    return [
      finding(
        "no-remain-seized",
        { section: "operative" },
        "Council resolutions close with \"Decides to remain seized of the matter\", which keeps the question on the Council's agenda.",
        { kind: "add-operative", ...REMAIN_SEIZED_PARAGRAPH },
      ),
    ];
  }
  const last = operative[operative.length - 1];
  if (seized.includes(last)) return [];
  const ref = seized[seized.length - 1];
  return [
    finding(
      "remain-seized-not-last",
      locationOf(ref),
      `"Remain seized of the matter" closes a Council resolution; here ${ref.name} is followed by ${last.index - ref.index} more.`,
      { kind: "move-paragraph", to: "operative", position: "end" },
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// Phrase suggestions.
