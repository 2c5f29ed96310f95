import type { ReactNode } from "react";
import { isImportantQuestionChoice, type ImportantQuestionChoice } from "@/lib/core/vote/assembly-board";
import type { AssemblyMajority } from "@/lib/core/vote/assembly-rules";
import { IMPORTANT_QUESTIONS, type MajoritySuggestion } from "@/lib/core/vote/important-questions";

type Props = {
  /** Prefix of the ids and of the radio group's name, unique on the page ("ga", "sequence"). */
  idPrefix: string;
  choice: ImportantQuestionChoice;
  onChoice: (choice: ImportantQuestionChoice) => void;
  /** The majority the Charter suggests for the choice (`suggestMajorityFor`). */
  suggestion: MajoritySuggestion;
  majority: AssemblyMajority;
  onMajority: (majority: AssemblyMajority) => void;
  legend: ReactNode;
  legendClassName?: string;
  /** Said under the radios, inside their fieldset. */
  fieldsetHint?: ReactNode;
  /** Said after the fieldset. */
  children?: ReactNode;
  className?: string;
  testId?: string;
};

/**
 * The Assembly's majority (Charter Art. 18): which of Art. 18(2)'s important questions the draft
 * is, read from its text or chosen, the majority that suggests, and the majority used.
 */
export function ImportantQuestionMajority({ idPrefix, choice, onChoice, suggestion, majority, onMajority, legend, legendClassName, fieldsetHint, children, className, testId }: Props) {
  return (
    <div className={className} data-testid={testId}>
      <div>
        <label htmlFor={`${idPrefix}-question`}>Important question (Charter Art. 18(2))</label>
        <select
          id={`${idPrefix}-question`}
          value={choice}
          onChange={(event) => {
            if (isImportantQuestionChoice(event.target.value)) onChoice(event.target.value);
          }}
          aria-describedby={`${idPrefix}-suggestion`}
        >
          <option value="from-text">Read it from the draft</option>
          {IMPORTANT_QUESTIONS.map((question) => (
            <option key={question.id} value={question.id}>
              {question.label.charAt(0).toUpperCase() + question.label.slice(1)}
            </option>
          ))}
          <option value="none">None of these</option>
        </select>
        <p id={`${idPrefix}-suggestion`} className="hint" data-testid="majority-suggestion">
          Suggested: {suggestion.majority === "two-thirds" ? "two-thirds" : "simple majority"} — {suggestion.reason}.
        </p>
      </div>
      <fieldset>
        <legend className={legendClassName}>{legend}</legend>
        <label className="choice">
          <input type="radio" name={`${idPrefix}-majority`} checked={majority === "simple"} onChange={() => onMajority("simple")} /> Simple majority (Art. 18(3))
        </label>
        <label className="choice">
          <input type="radio" name={`${idPrefix}-majority`} checked={majority === "two-thirds"} onChange={() => onMajority("two-thirds")} /> Two-thirds (Art. 18(2))
        </label>
        {fieldsetHint}
      </fieldset>
      {children}
    </div>
  );
}
