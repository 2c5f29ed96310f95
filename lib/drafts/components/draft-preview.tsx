import { asAdoptedDocument, resolutionHeading } from "@/lib/core/draft/adoption";
import { layoutDraft, type LaidOutParagraph } from "@/lib/core/draft/layout";
import type { PortableDraft } from "@/lib/core/draft/schema";
import { formatSponsorNames, formatUnDate } from "@/lib/core/draft/diff";
import { PlaceholderText } from "./placeholder-text";

type Props = {
  draft: PortableDraft;
  /** Clicking a paragraph in the preview can take the editor to it. */
  onSelectParagraph?: (id: string) => void;
};

/**
 * The draft as it reads in UN form. Numbers, labels and final punctuation all come from
 * layoutDraft, the same source as the Word export and the checks.
 */
export function DraftPreview({ draft: asTabled, onSelectParagraph }: Props) {
  // An adopted draft reads as the resolution: its symbol and heading, no sponsor line.
  const draft = asAdoptedDocument(asTabled);
  const adopted = draft.adoption ? resolutionHeading(draft, draft.adoption) : null;
  const paragraphs = layoutDraft(draft);
  const sponsors = draft.sponsors ?? [];
  const isAssembly = draft.body === "general-assembly";
  return (
    <article className="un-doc" id="draft-preview" aria-label="Preview in UN form" data-testid="draft-preview">
      <header className="un-doc-head">
        <div className="un-doc-masthead">
          <span>United Nations</span>
          <span className="un-doc-symbol" data-testid="preview-symbol">{draft.symbol || (isAssembly ? "A/…" : "S/…")}</span>
        </div>
        <div className="un-doc-organ">{isAssembly ? "General Assembly" : "Security Council"}</div>
        <div className="un-doc-meta">
          {draft.date ? <span>{formatUnDate(draft.date)}</span> : <span className="muted">Date not set</span>}
        </div>
        {isAssembly && (draft.session || draft.agendaItemNumber) ? (
          <p className="un-doc-agenda">
            {draft.session}
            {draft.session && draft.agendaItemNumber ? <br /> : null}
            {draft.agendaItemNumber ? `Agenda item ${draft.agendaItemNumber}` : null}
          </p>
        ) : null}
        {draft.agendaItem ? (
          <p className="un-doc-agenda">
            <PlaceholderText text={draft.agendaItem} />
          </p>
        ) : null}
        {adopted ? (
          <>
            <p className="un-doc-sponsors" data-testid="preview-resolution-heading">
              {adopted.heading}
            </p>
            <p className={isAssembly ? "un-doc-title" : "un-doc-agenda"}>{adopted.adoptedLine}</p>
          </>
        ) : null}
        {sponsors.length > 0 ? (
          <p className="un-doc-sponsors">
            {formatSponsorNames(sponsors)}: draft resolution
          </p>
        ) : null}
        {isAssembly && draft.title && !adopted ? (
          <p className="un-doc-title">
            <PlaceholderText text={draft.title} />
          </p>
        ) : null}
      </header>
      {paragraphs.map((paragraph, index) => (
        <PreviewParagraph key={paragraphKey(paragraph, index)} paragraph={paragraph} onSelect={onSelectParagraph} />
      ))}
    </article>
  );
}

function paragraphKey(paragraph: LaidOutParagraph, index: number): string {
  return paragraph.kind === "opening" ? "opening" : (paragraph.id ?? `${paragraph.kind}-${index}`);
}

function PreviewParagraph({ paragraph, onSelect }: { paragraph: LaidOutParagraph; onSelect?: (id: string) => void }) {
  const select = paragraph.kind !== "opening" && paragraph.id && onSelect ? () => onSelect(paragraph.id!) : undefined;
  switch (paragraph.kind) {
    case "opening":
      return (
        <p className="un-opening">
          <em>{paragraph.text}</em>
        </p>
      );
    case "preambular":
      return (
        <p className="un-preambular" data-preview-id={paragraph.id} onClick={select}>
          {paragraph.phrase ? <em>{paragraph.phrase}</em> : null}
          {paragraph.phrase && paragraph.text ? " " : null}
          <PlaceholderText text={paragraph.text} />
          {paragraph.punctuation}
        </p>
      );
    case "operative":
      return (
        <p className="un-operative" data-preview-id={paragraph.id} onClick={select}>
          <span className="un-number">{paragraph.label}</span>
          <span className="un-body">
            {paragraph.phrase ? <em>{paragraph.phrase}</em> : null}
            {paragraph.phrase && paragraph.text ? " " : null}
            <PlaceholderText text={paragraph.text} />
            {paragraph.punctuation}
          </span>
        </p>
      );
    case "subparagraph":
      return (
        <p className={`un-sub un-sub-${Math.min(paragraph.level, 4)}`} data-preview-id={paragraph.id} onClick={select}>
          <span className="un-number">{paragraph.label}</span>
          <span className="un-body">
            <PlaceholderText text={paragraph.text} />
            {paragraph.punctuation}
          </span>
        </p>
      );
    default: {
      const unreachable: never = paragraph;
      return unreachable;
    }
  }
}
