"use client";

type Props = {
  /** Whether the paragraph has an opening phrase (not a subparagraph). */
  hasPhrase: boolean;
  phrase: string;
  text: string;
  onPhrase: (value: string) => void;
  onText: (value: string) => void;
};

/** The words an amendment proposes: the opening phrase (when the paragraph has one) and the text. */
export function ParagraphTextFields({ hasPhrase, phrase, text, onPhrase, onText }: Props) {
  return (
    <>
      {hasPhrase ? (
        <label>
          Opening phrase
          <input type="text" aria-label="Opening phrase" value={phrase} onChange={(event) => onPhrase(event.target.value)} maxLength={200} />
        </label>
      ) : null}
      <label>
        Text
        <textarea aria-label="Text" value={text} onChange={(event) => onText(event.target.value)} rows={3} maxLength={20_000} />
      </label>
    </>
  );
}
