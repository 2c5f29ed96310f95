import { articleExists, CHARTER_ARTICLE_COUNT, findCharterCitations, getArticle } from "../un/charter";
import { splitOpeningPhrase, type PhraseClassification } from "../un/phrases";
import { joinPhrase, stripFinalPunctuation } from "./layout";
import { MAX_SUBPARAGRAPH_LEVELS, type PortableDraft } from "./schema";
import { capitalize, finding, placeholderFindings, type Finding, type FindingLocation, type Fix } from "./findings";
import { CHAPTER_VII_OPENING, type ParagraphRef, REMAIN_SEIZED, THREAT_TO_PEACE, classifyParagraph, isBlank, isSubparagraph, locationOf, readsAsChapterVii } from "./paragraph-refs";
import { counterpartPhrase, nearestPhrase } from "./phrase-suggestions";

/** Checks of one paragraph: its opening phrase, the form of the body, citations, punctuation. */
export function checkParagraph(draft: PortableDraft, ref: ParagraphRef): Finding[] {
  const where = locationOf(ref);
  const out: Finding[] = [];
  const phraseBlank = isBlank(ref.phrase);
  const textBlank = isBlank(ref.text);

  if (phraseBlank && textBlank) {
    const fix: Fix | undefined = ref.hasChildren ? undefined : { kind: "delete-paragraph" };
    out.push(finding("empty-paragraph", where, `${capitalize(ref.name)} is empty: write its text or delete it.`, fix));
    return out;
  }

  out.push(...placeholderFindings(joinPhrase(ref.phrase, ref.text), where, capitalize(ref.name)));
  out.push(...citationFindings(ref, where));
  if (isSubparagraph(ref)) {
    out.push(...punctuationFindings(ref, where));
    if (ref.path!.length === MAX_SUBPARAGRAPH_LEVELS + 1) {
      out.push(
        finding(
          "too-deeply-nested",
          where,
          `${capitalize(ref.name)} sits at level ${ref.path!.length}: subparagraphs go at most ${MAX_SUBPARAGRAPH_LEVELS} levels deep, (a), (i), a. and i. (UN Editorial Manual). Fold it into its parent or split the paragraph.`,
        ),
      );
    }
    return out;
  }

  out.push(...phraseFindings(draft, ref, where));
  if (!phraseBlank && textBlank && !ref.hasChildren && !isCompleteOpening(ref.phrase)) {
    out.push(finding("missing-text", where, `${capitalize(ref.name)} has an opening phrase, "${ref.phrase.trim()}", but no text after it.`));
  }
  out.push(...punctuationFindings(ref, where));
  return out;
}

/** Openings that are a whole paragraph on their own: "Acting under Chapter VII of the Charter", "Decides to remain seized of the matter". */
function isCompleteOpening(phrase: string): boolean {
  return CHAPTER_VII_OPENING.test(phrase) || REMAIN_SEIZED.test(phrase);
}

function phraseFindings(draft: PortableDraft, ref: ParagraphRef, where: FindingLocation): Finding[] {
  const out: Finding[] = [];
  const expected = ref.section === "preamble" ? "preambular" : "operative";
  if (isBlank(ref.phrase)) {
    const opening = splitOpeningPhrase(ref.text);
    const kindNote =
      ref.section === "preamble"
        ? "preambular paragraphs open with a participle or adjective in italics, such as \"Recalling\" or \"Deeply concerned\""
        : "operative paragraphs open with a verb in the present tense in italics, such as \"Decides\" or \"Calls upon\"";
    if (opening && opening.start === 0 && opening.classification.kind === expected) {
      out.push(
        finding(
          "missing-phrase",
          where,
          `${capitalize(ref.name)} has its opening phrase "${opening.phrase}" typed into the text: put it in the phrase field so that it is set in italics.`,
          { kind: "split-phrase", phrase: opening.phrase },
        ),
      );
    } else {
      out.push(finding("missing-phrase", where, `${capitalize(ref.name)} has no opening phrase: ${kindNote}.`));
    }
    return out;
  }

  const classification = classifyParagraph(ref);
  const phrase = ref.phrase.trim();
  switch (classification.kind) {
    case "unknown": {
      // Every form of "Acting … under Chapter VII / Article 41" is a known opening.
      if (readsAsChapterVii(ref)) break;
      const suggestion = nearestPhrase(phrase, expected);
      const message =
        `"${phrase}" is not among the usual ${expected} openings. A phrase of your own is allowed, but check that it is ` +
        (expected === "preambular" ? "a participle or adjective (\"Recalling\", \"Concerned\")" : "a verb in the present tense (\"Decides\", \"Urges\")") +
        (suggestion ? `; did you mean "${suggestion}"?` : ".");
      out.push(finding("unknown-phrase", where, message, suggestion ? { kind: "replace-phrase", with: suggestion } : undefined));
      break;
    }
    case "preambular":
      // "Acting under Chapter VII of the Charter:" may open an operative paragraph whose
      // subparagraphs it governs (resolution 1769 (2007), paragraph 15).
      if (ref.section === "operative" && !readsAsChapterVii(ref)) {
        const counterpart = counterpartPhrase(phrase, "operative");
        const advice = counterpart ? `; as an operative paragraph write "${counterpart}"` : "";
        const fix: Fix | undefined = !ref.hasChildren
          ? { kind: "move-paragraph", to: "preamble", position: "end" }
          : counterpart
            ? { kind: "replace-phrase", with: counterpart }
            : undefined;
        out.push(
          finding(
            "preambular-phrase-in-operative",
            where,
            `"${phrase}" opens preambular paragraphs, which set out the background; it cannot open an operative paragraph. Move the paragraph to the preamble${advice}.`,
            fix,
          ),
        );
      }
      break;
    case "operative":
      if (ref.section === "preamble") {
        const counterpart = counterpartPhrase(phrase, "preambular");
        const advice = counterpart ? `, or write "${counterpart}" to keep it in the preamble` : "";
        out.push(
          finding(
            "operative-phrase-in-preamble",
            where,
            `"${phrase}" opens operative paragraphs, where the Council or the Assembly acts; a preambular paragraph cannot decide or request anything. Move it to the operative part${advice}.`,
            { kind: "move-paragraph", to: "operative", position: "start" },
          ),
        );
      } else if (draft.body === "general-assembly") {
        out.push(...assemblyFormFindings(ref, where, classification));
      }
      break;
    default: {
      const unreachable: never = classification;
      return unreachable;
    }
  }
  return out;
}

/**
 * The Assembly recommends to Members and to the Council (Charter Arts. 10–14); only the Council's
 * decisions bind Members (Art. 25). But the Assembly decides its own affairs — its organs,
 * subsidiary bodies, procedure and budget (Arts. 17, 22; "Decides that the Council shall consist
 * of …" of a body it creates) — and "Demands" is routine in its texts (resolution ES-11/1, 2022).
 * So these are advice, never more.
 */
function assemblyFormFindings(
  ref: ParagraphRef,
  where: FindingLocation,
  classification: Extract<PhraseClassification, { kind: "operative" }>,
): Finding[] {
  const phrase = ref.phrase.trim();
  const entry = classification.entry.phrase;
  if (entry === "Demands") {
    return [
      finding(
        "binding-form-in-assembly",
        where,
        `"${phrase}" is routine in the Assembly (resolution ES-11/1 "Demands that the Russian Federation immediately cease its use of force"), but addressed to Member States it remains a recommendation: only the Security Council's decisions bind them (Charter Art. 25).`,
      ),
    ];
  }
  if (entry === "Decides" && /\bshall\b/i.test(ref.text)) {
    return [
      finding(
        "binding-form-in-assembly",
        where,
        `"${phrase} … shall" is right for the Assembly's own affairs (its organs, subsidiary bodies, procedure and budget, Charter Arts. 17, 22). If it is addressed to Member States, it can only recommend (Arts. 10–14): write "Calls upon" with "should".`,
      ),
    ];
  }
  if (entry === "Determines" && THREAT_TO_PEACE.test(ref.text)) {
    return [
      finding(
        "assembly-finding",
        where,
        "A finding, not a binding decision: the Assembly has found aggression (resolution 498 (V), 1951) and may draw the Council's attention to a threat (Charter Art. 11(3)), but the determination under Art. 39 that opens Chapter VII measures is the Council's.",
      ),
    ];
  }
  return [];
}

function citationFindings(ref: ParagraphRef, where: FindingLocation): Finding[] {
  const out: Finding[] = [];
  for (const citation of findCharterCitations(joinPhrase(ref.phrase, ref.text))) {
    if (citation.valid) continue;
    let reason: string;
    if (citation.kind === "chapter") {
      reason = `the Charter has 19 chapters, I to XIX, and "${citation.chapter}" is not one of them`;
    } else if (!articleExists(citation.article)) {
      reason = `the Charter has ${CHARTER_ARTICLE_COUNT} articles`;
    } else {
      const count = getArticle(citation.article)?.paragraphs ?? 0;
      reason =
        count === 0
          ? `Article ${citation.article} has no numbered paragraphs`
          : `Article ${citation.article} has ${count} paragraphs, so there is no paragraph ${citation.paragraph}`;
    }
    out.push(
      finding("unknown-charter-article", where, `${capitalize(ref.name)} cites "${citation.raw.trim()}", which is not in the Charter: ${reason}.`),
    );
  }
  return out;
}

function punctuationFindings(ref: ParagraphRef, where: FindingLocation): Finding[] {
  const last = (isBlank(ref.text) ? ref.phrase : ref.text).trim();
  const stripped = stripFinalPunctuation(last);
  if (stripped === last) return [];
  const typed = last.slice(stripped.length).trim();
  return [
    finding(
      "final-punctuation",
      where,
      `${capitalize(ref.name)} ends with "${typed}", typed by hand. The final comma, semicolon, colon or full stop follows from the paragraph's place and is added on layout.`,
      { kind: "strip-final-punctuation" },
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// The draft as a whole: operative part, Chapter VII and the closing paragraph.
