"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { KeyboardEvent, ReactNode } from "react";
import { findPlaceholders } from "@/lib/core/draft/templates";

export type MoveDirection = "up" | "down";

type Props = {
  id: string;
  /** How the paragraph is spoken of in labels and messages: "operative paragraph 2", "subparagraph 1 (a)". */
  name: string;
  /** What the card shows as its number: "PP1", "2.", "(a)". */
  label: string;
  kind: "preambular" | "operative" | "subparagraph";
  isFirst: boolean;
  isLast: boolean;
  text: string;
  onText: (text: string) => void;
  onMove: (direction: MoveDirection) => void;
  onDelete: () => void;
  add: { label: string; title: string; isDisabled?: boolean; onAdd: () => void };
  /** The opening phrase, with the id of its datalist of suggested phrases; subparagraphs have none. */
  phrase?: { value: string; optionsId: string; placeholder: string; onChange: (phrase: string) => void };
  /** Indenting and outdenting, offered only where the level can change (subparagraphs). */
  indent?: { canIndent: boolean; canOutdent: boolean; onIndent: () => void; onOutdent: () => void };
  /** What sits under the card's own fields: subparagraphs and the button to add one. */
  children?: ReactNode;
};

/**
 * One paragraph of the draft, preambular, operative or subparagraph: a drag handle, its number,
 * its fields and its tools. Alt+↑ / Alt+↓ anywhere in the card move it, as the buttons do.
 */
export function ParagraphCard(props: Props) {
  const { id, name, label, kind, isFirst, isLast, onMove, indent, children } = props;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  const isCompact = props.phrase === undefined;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      event.preventDefault();
      // A subparagraph's card sits inside its parent's: only the innermost one moves.
      event.stopPropagation();
      onMove(event.key === "ArrowUp" ? "up" : "down");
    }
  };

  const handle = (
    <button
      type="button"
      ref={setActivatorNodeRef}
      className="drag-handle"
      {...attributes}
      {...listeners}
      aria-label={`Drag ${name}`}
      title="Drag to reorder, or press Space and then the arrow keys"
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
  const tools = (
    <div className={isCompact ? "sub-tools" : "para-tools"} role="group" aria-label={`Tools for ${name}`}>
      <button type="button" className="icon-button" aria-label={`Move ${name} up`} title="Move up (Alt+↑)" disabled={isFirst} onClick={() => onMove("up")}>
        ↑
      </button>
      <button type="button" className="icon-button" aria-label={`Move ${name} down`} title="Move down (Alt+↓)" disabled={isLast} onClick={() => onMove("down")}>
        ↓
      </button>
      {indent ? (
        <>
          <button type="button" className="icon-button" aria-label={`Indent ${name}`} title="Indent: make it part of the one above" disabled={!indent.canIndent} onClick={indent.onIndent}>
            →
          </button>
          <button type="button" className="icon-button" aria-label={`Outdent ${name}`} title="Outdent" disabled={!indent.canOutdent} onClick={indent.onOutdent}>
            ←
          </button>
        </>
      ) : null}
      <button type="button" className="icon-button" aria-label={props.add.label} title={props.add.title} disabled={props.add.isDisabled} onClick={props.add.onAdd}>
        +
      </button>
      <button type="button" className="icon-button icon-danger" aria-label={`Delete ${name}`} title="Delete" onClick={props.onDelete}>
        ×
      </button>
    </div>
  );
  const textArea = (
    <textarea
      aria-label={`Text of ${name}`}
      value={props.text}
      rows={isCompact ? 1 : 2}
      onChange={(event) => props.onText(event.target.value)}
      onKeyDown={(event) => {
        if (indent && event.key === "Tab" && event.altKey) {
          event.preventDefault();
          if (event.shiftKey) indent.onOutdent();
          else indent.onIndent();
        }
      }}
    />
  );

  const className = [isCompact ? "sub-card" : "para-card", kind === "operative" ? "para-operative" : "", isDragging ? "is-dragging" : ""].filter(Boolean).join(" ");
  return (
    <li
      ref={setNodeRef}
      className={className}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-paragraph-id={id}
      onKeyDown={onKeyDown}
    >
      {props.phrase ? (
        <>
          <div className="para-head">
            {handle}
            <span className="para-label">{label}</span>
            <PlaceholderCount texts={[props.phrase.value, props.text]} />
            {tools}
          </div>
          <div className="para-fields">
            <input
              type="text"
              className="phrase-input"
              list={props.phrase.optionsId}
              aria-label={`Opening phrase of ${name}`}
              placeholder={props.phrase.placeholder}
              value={props.phrase.value}
              onChange={(event) => props.phrase?.onChange(event.target.value)}
            />
            {textArea}
          </div>
        </>
      ) : (
        <>
          <div className="sub-row">
            {handle}
            <span className="para-label">{label}</span>
            {textArea}
          </div>
          {tools}
        </>
      )}
      {children}
    </li>
  );
}

function PlaceholderCount({ texts }: { texts: string[] }) {
  const count = texts.reduce((total, text) => total + findPlaceholders(text).length, 0);
  if (count === 0) return null;
  return (
    <span className="badge badge-placeholder" title="Square-bracketed placeholders left to fill">
      {count} to fill
    </span>
  );
}
