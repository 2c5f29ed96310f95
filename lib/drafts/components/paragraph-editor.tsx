"use client";

import { useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode } from "react";
import {
  addOperative,
  addPreambular,
  addSubparagraph,
  deleteParagraph,
  indentSubparagraph,
  moveParagraph,
  outdentSubparagraph,
  reorder,
  reorderSubparagraphs,
  updateParagraph,
  type EditResult,
  type OperativeEntry,
  type PreambularEntry,
} from "@/lib/core/draft/edit";
import { subparagraphLabel } from "@/lib/core/draft/layout";
import { MAX_SUBPARAGRAPH_LEVELS, type Draft, type StoredSubparagraph } from "@/lib/core/draft/schema";
import { findPlaceholders } from "@/lib/core/draft/templates";
import { newParagraphId } from "../document";

export type EditorNotice = { message: string; undo?: Draft };

type Props = {
  draft: Draft;
  onChange: (next: Draft) => void;
  onNotice: (notice: EditorNotice) => void;
};

type DragSource = { id: string; group: string; index: number };

/**
 * The paragraph editor: opening phrase and text for each preambular and operative paragraph,
 * subparagraphs to four levels, and reordering by buttons, Alt+Arrow keys and drag and drop.
 * Every change goes through the core's pure edit operations.
 */
export function ParagraphEditor({ draft, onChange, onNotice }: Props) {
  const refocusRef = useRef<HTMLElement | null>(null);
  const [dragSource, setDragSource] = useState<DragSource | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);

  // A moved paragraph's DOM node is re-inserted, which drops focus; give it back.
  useLayoutEffect(() => {
    const element = refocusRef.current;
    refocusRef.current = null;
    if (element && element.isConnected && document.activeElement !== element) {
      element.focus();
    }
  });

  const apply = (result: EditResult, options: { refocus?: boolean; notice?: EditorNotice } = {}) => {
    if (!result.ok) {
      onNotice({ message: capitalize(result.error.message) + "." });
      return;
    }
    if (options.refocus && document.activeElement instanceof HTMLElement) refocusRef.current = document.activeElement;
    onChange(result.draft);
    if (options.notice) onNotice(options.notice);
  };

  const move = (id: string, direction: "up" | "down") => apply(moveParagraph(draft, id, direction), { refocus: true });
  const remove = (id: string, name: string) =>
    apply(deleteParagraph(draft, id), { notice: { message: `Deleted ${name}.`, undo: draft } });

  const onParagraphKeyDown = (event: KeyboardEvent<HTMLElement>, id: string) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      event.preventDefault();
      event.stopPropagation();
      move(id, event.key === "ArrowUp" ? "up" : "down");
    }
  };

  const dragProps = (group: string, id: string, index: number) => ({
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!dragSource || dragSource.group !== group) return;
      event.preventDefault();
      event.stopPropagation();
      event.dataTransfer.dropEffect = "move";
      if (dropTarget !== id) setDropTarget(id);
    },
    onDragLeave: () => {
      if (dropTarget === id) setDropTarget(null);
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      if (!dragSource || dragSource.group !== group) return;
      event.preventDefault();
      event.stopPropagation();
      setDropTarget(null);
      setDragSource(null);
      if (dragSource.index === index) return;
      if (group === "preamble" || group === "operative") apply(reorder(draft, group, dragSource.index, index));
      else apply(reorderSubparagraphs(draft, group.slice("sub:".length), dragSource.index, index));
    },
  });

  const handle = (group: string, id: string, index: number, name: string) => (
    <span
      className="drag-handle"
      draggable
      title="Drag to reorder"
      aria-hidden="true"
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", id);
        const card = (event.currentTarget as HTMLElement).closest("[data-paragraph-id]");
        if (card) event.dataTransfer.setDragImage(card, 16, 16);
        setDragSource({ id, group, index });
      }}
      onDragEnd={() => {
        setDragSource(null);
        setDropTarget(null);
      }}
      data-name={name}
    >
      ⠿
    </span>
  );

  // Draft's lists are intersections of the portable and stored shapes; read them as stored.
  const preamble: PreambularEntry[] = draft.preamble;
  const operative: OperativeEntry[] = draft.operative;

  return (
    <div className="paragraph-editor">
      <p className="hint shortcut-hint">
        Reorder with the arrow buttons, by dragging <span aria-hidden="true">⠿</span>, or with <kbd>Alt</kbd>+<kbd>↑</kbd> /{" "}
        <kbd>Alt</kbd>+<kbd>↓</kbd> in the paragraph you are typing in.
      </p>
      <section aria-labelledby="preamble-heading">
        <h2 id="preamble-heading" className="section-heading">
          Preambular paragraphs <span className="muted small">({preamble.length})</span>
        </h2>
        {preamble.length === 0 ? <p className="muted small">No preambular paragraphs yet.</p> : null}
        <ol className="paragraph-list">
          {preamble.map((paragraph, index) => {
            const name = `preambular paragraph ${index + 1}`;
            return (
              <li
                key={paragraph.id}
                className={`para-card${dropTarget === paragraph.id ? " is-drop-target" : ""}${dragSource?.id === paragraph.id ? " is-dragging" : ""}`}
                data-paragraph-id={paragraph.id}
                onKeyDown={(event) => onParagraphKeyDown(event, paragraph.id)}
                {...dragProps("preamble", paragraph.id, index)}
              >
                <div className="para-head">
                  {handle("preamble", paragraph.id, index, name)}
                  <span className="para-label">PP{index + 1}</span>
                  <PlaceholderCount texts={[paragraph.phrase, paragraph.text]} />
                  <ParagraphTools
                    name={name}
                    isFirst={index === 0}
                    isLast={index === preamble.length - 1}
                    onMove={(direction) => move(paragraph.id, direction)}
                    onDelete={() => remove(paragraph.id, name)}
                    onAddAfter={() => apply(addPreambular(draft, paragraph.id, newParagraphId()), { notice: undefined })}
                  />
                </div>
                <PhraseAndText
                  kind="preambular"
                  name={name}
                  phrase={paragraph.phrase}
                  text={paragraph.text}
                  onPhrase={(phrase) => apply(updateParagraph(draft, paragraph.id, { phrase }))}
                  onText={(text) => apply(updateParagraph(draft, paragraph.id, { text }))}
                />
              </li>
            );
          })}
        </ol>
        <button type="button" className="button button-quiet button-small" onClick={() => apply(addPreambular(draft, null, newParagraphId()))}>
          + Add preambular paragraph
        </button>
      </section>

      <section aria-labelledby="operative-heading">
        <h2 id="operative-heading" className="section-heading">
          Operative paragraphs <span className="muted small">({operative.length})</span>
        </h2>
        {operative.length === 0 ? <p className="muted small">No operative paragraphs yet: a resolution needs at least one.</p> : null}
        <ol className="paragraph-list">
          {operative.map((paragraph, index) => {
            const name = `operative paragraph ${index + 1}`;
            return (
              <li
                key={paragraph.id}
                className={`para-card para-operative${dropTarget === paragraph.id ? " is-drop-target" : ""}${dragSource?.id === paragraph.id ? " is-dragging" : ""}`}
                data-paragraph-id={paragraph.id}
                onKeyDown={(event) => onParagraphKeyDown(event, paragraph.id)}
                {...dragProps("operative", paragraph.id, index)}
              >
                <div className="para-head">
                  {handle("operative", paragraph.id, index, name)}
                  <span className="para-label">{index + 1}.</span>
                  <PlaceholderCount texts={[paragraph.phrase, paragraph.text]} />
                  <ParagraphTools
                    name={name}
                    isFirst={index === 0}
                    isLast={index === operative.length - 1}
                    onMove={(direction) => move(paragraph.id, direction)}
                    onDelete={() => remove(paragraph.id, name)}
                    onAddAfter={() => apply(addOperative(draft, paragraph.id, newParagraphId()))}
                  />
                </div>
                <PhraseAndText
                  kind="operative"
                  name={name}
                  phrase={paragraph.phrase}
                  text={paragraph.text}
                  onPhrase={(phrase) => apply(updateParagraph(draft, paragraph.id, { phrase }))}
                  onText={(text) => apply(updateParagraph(draft, paragraph.id, { text }))}
                />
                <SubparagraphList
                  list={paragraph.subparagraphs}
                  level={1}
                  parentId={paragraph.id}
                  parentName={`${index + 1}`}
                  context={{ draft, apply, move, remove, onParagraphKeyDown, dragProps, handle, dropTarget, dragSource }}
                />
                <button
                  type="button"
                  className="button-link"
                  onClick={() => apply(addSubparagraph(draft, paragraph.id, newParagraphId()))}
                  aria-label={`Add subparagraph to ${name}`}
                >
                  + Subparagraph
                </button>
              </li>
            );
          })}
        </ol>
        <button type="button" className="button button-quiet button-small" onClick={() => apply(addOperative(draft, null, newParagraphId()))}>
          + Add operative paragraph
        </button>
      </section>
    </div>
  );
}

type SubContext = {
  draft: Draft;
  apply: (result: EditResult, options?: { refocus?: boolean; notice?: EditorNotice }) => void;
  move: (id: string, direction: "up" | "down") => void;
  remove: (id: string, name: string) => void;
  onParagraphKeyDown: (event: KeyboardEvent<HTMLElement>, id: string) => void;
  dragProps: (group: string, id: string, index: number) => object;
  handle: (group: string, id: string, index: number, name: string) => ReactNode;
  dropTarget: string | null;
  dragSource: DragSource | null;
};

function SubparagraphList({
  list,
  level,
  parentId,
  parentName,
  context,
}: {
  list: StoredSubparagraph[];
  level: number;
  parentId: string;
  parentName: string;
  context: SubContext;
}) {
  if (list.length === 0) return null;
  const group = `sub:${parentId}`;
  return (
    <ol className={`sub-list sub-level-${Math.min(level, 4)}`}>
      {list.map((sub, index) => {
        const label = subparagraphLabel(level, index);
        const fullName = `${parentName} ${label}`;
        const name = `subparagraph ${fullName}`;
        return (
          <li
            key={sub.id}
            className={`sub-card${context.dropTarget === sub.id ? " is-drop-target" : ""}${context.dragSource?.id === sub.id ? " is-dragging" : ""}`}
            data-paragraph-id={sub.id}
            onKeyDown={(event) => context.onParagraphKeyDown(event, sub.id)}
            {...context.dragProps(group, sub.id, index)}
          >
            <div className="sub-row">
              {context.handle(group, sub.id, index, name)}
              <span className="para-label">{label}</span>
              <textarea
                aria-label={`Text of ${name}`}
                value={sub.text}
                rows={1}
                onChange={(event) => context.apply(updateParagraph(context.draft, sub.id, { text: event.target.value }))}
                onKeyDown={(event) => {
                  if (event.key === "Tab" && event.altKey) {
                    event.preventDefault();
                    context.apply(event.shiftKey ? outdentSubparagraph(context.draft, sub.id) : indentSubparagraph(context.draft, sub.id), { refocus: true });
                  }
                }}
              />
            </div>
            <div className="sub-tools" role="group" aria-label={`Tools for ${name}`}>
              <button type="button" className="icon-button" aria-label={`Move ${name} up`} title="Move up" disabled={index === 0} onClick={() => context.move(sub.id, "up")}>
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Move ${name} down`}
                title="Move down"
                disabled={index === list.length - 1}
                onClick={() => context.move(sub.id, "down")}
              >
                ↓
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Indent ${name}`}
                title="Indent: make it part of the one above"
                disabled={index === 0 || level >= MAX_SUBPARAGRAPH_LEVELS}
                onClick={() => context.apply(indentSubparagraph(context.draft, sub.id), { refocus: true })}
              >
                →
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Outdent ${name}`}
                title="Outdent"
                disabled={level === 1}
                onClick={() => context.apply(outdentSubparagraph(context.draft, sub.id), { refocus: true })}
              >
                ←
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Add subparagraph to ${name}`}
                title="Add a subparagraph under this one"
                disabled={level >= MAX_SUBPARAGRAPH_LEVELS}
                onClick={() => context.apply(addSubparagraph(context.draft, sub.id, newParagraphId()))}
              >
                +
              </button>
              <button type="button" className="icon-button icon-danger" aria-label={`Delete ${name}`} title="Delete" onClick={() => context.remove(sub.id, name)}>
                ×
              </button>
            </div>
            <SubparagraphList list={sub.subparagraphs} level={level + 1} parentId={sub.id} parentName={fullName} context={context} />
          </li>
        );
      })}
    </ol>
  );
}

function ParagraphTools({
  name,
  isFirst,
  isLast,
  onMove,
  onDelete,
  onAddAfter,
}: {
  name: string;
  isFirst: boolean;
  isLast: boolean;
  onMove: (direction: "up" | "down") => void;
  onDelete: () => void;
  onAddAfter: () => void;
}) {
  return (
    <div className="para-tools" role="group" aria-label={`Tools for ${name}`}>
      <button type="button" className="icon-button" aria-label={`Move ${name} up`} title="Move up (Alt+↑)" disabled={isFirst} onClick={() => onMove("up")}>
        ↑
      </button>
      <button type="button" className="icon-button" aria-label={`Move ${name} down`} title="Move down (Alt+↓)" disabled={isLast} onClick={() => onMove("down")}>
        ↓
      </button>
      <button type="button" className="icon-button" aria-label={`Insert a paragraph after ${name}`} title="Insert a paragraph after this one" onClick={onAddAfter}>
        +
      </button>
      <button type="button" className="icon-button icon-danger" aria-label={`Delete ${name}`} title="Delete" onClick={onDelete}>
        ×
      </button>
    </div>
  );
}

function PhraseAndText({
  kind,
  name,
  phrase,
  text,
  onPhrase,
  onText,
}: {
  kind: "preambular" | "operative";
  name: string;
  phrase: string;
  text: string;
  onPhrase: (value: string) => void;
  onText: (value: string) => void;
}) {
  return (
    <div className="para-fields">
      <input
        type="text"
        className="phrase-input"
        list={`${kind}-phrase-options`}
        aria-label={`Opening phrase of ${name}`}
        placeholder={kind === "preambular" ? "Recalling" : "Decides"}
        value={phrase}
        onChange={(event) => onPhrase(event.target.value)}
      />
      <textarea aria-label={`Text of ${name}`} value={text} rows={2} onChange={(event) => onText(event.target.value)} />
    </div>
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

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
