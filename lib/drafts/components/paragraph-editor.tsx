"use client";

import { useLayoutEffect, useRef } from "react";
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
import { newParagraphId } from "../document";
import { ParagraphCard, type MoveDirection } from "./paragraph-card";
import { SortableParagraphs } from "./sortable-paragraphs";

export type EditorNotice = { message: string; undo?: Draft };

type Props = {
  draft: Draft;
  onChange: (next: Draft) => void;
  onNotice: (notice: EditorNotice) => void;
};

type Editing = {
  draft: Draft;
  apply: (result: EditResult, options?: { refocus?: boolean; notice?: EditorNotice }) => void;
  move: (id: string, direction: MoveDirection) => void;
  remove: (id: string, name: string) => void;
};

/**
 * The paragraph editor: opening phrase and text for each preambular and operative paragraph,
 * subparagraphs to four levels, and reordering by buttons, Alt+Arrow keys and drag and drop
 * (pointer or keyboard). Every change goes through the core's pure edit operations.
 */
export function ParagraphEditor({ draft, onChange, onNotice }: Props) {
  const refocusRef = useRef<HTMLElement | null>(null);

  // A moved paragraph's DOM node is re-inserted, which drops focus; give it back.
  useLayoutEffect(() => {
    const element = refocusRef.current;
    refocusRef.current = null;
    if (element && element.isConnected && document.activeElement !== element) {
      element.focus();
    }
  });

  const apply: Editing["apply"] = (result, options = {}) => {
    if (!result.ok) {
      onNotice({ message: capitalize(result.error.message) + "." });
      return;
    }
    if (options.refocus && document.activeElement instanceof HTMLElement) refocusRef.current = document.activeElement;
    onChange(result.draft);
    if (options.notice) onNotice(options.notice);
  };
  const editing: Editing = {
    draft,
    apply,
    move: (id, direction) => apply(moveParagraph(draft, id, direction), { refocus: true }),
    remove: (id, name) => apply(deleteParagraph(draft, id), { notice: { message: `Deleted ${name}.`, undo: draft } }),
  };

  // Draft's lists are intersections of the portable and stored shapes; read them as stored.
  const preamble: PreambularEntry[] = draft.preamble;
  const operative: OperativeEntry[] = draft.operative;
  const preambleName = (index: number) => `preambular paragraph ${index + 1}`;
  const operativeName = (index: number) => `operative paragraph ${index + 1}`;

  return (
    <div className="paragraph-editor">
      <p className="hint shortcut-hint">
        Reorder with the arrow buttons, by dragging <span aria-hidden="true">⠿</span> (or focus it, press <kbd>Space</kbd> and use the arrow keys), or with{" "}
        <kbd>Alt</kbd>+<kbd>↑</kbd> / <kbd>Alt</kbd>+<kbd>↓</kbd> in the paragraph you are typing in.
      </p>
      <section aria-labelledby="preamble-heading">
        <h2 id="preamble-heading" className="section-heading">
          Preambular paragraphs <span className="muted small">({preamble.length})</span>
        </h2>
        {preamble.length === 0 ? <p className="muted small">No preambular paragraphs yet.</p> : null}
        <SortableParagraphs
          id="preamble"
          className="paragraph-list"
          items={preamble.map((paragraph, index) => ({ id: paragraph.id, name: preambleName(index) }))}
          onReorder={(from, to) => apply(reorder(draft, "preamble", from, to))}
        >
          {preamble.map((paragraph, index) => {
            const name = preambleName(index);
            return (
              <ParagraphCard
                key={paragraph.id}
                id={paragraph.id}
                kind="preambular"
                name={name}
                label={`PP${index + 1}`}
                isFirst={index === 0}
                isLast={index === preamble.length - 1}
                phrase={{
                  value: paragraph.phrase,
                  optionsId: "preambular-phrase-options",
                  placeholder: "Recalling",
                  onChange: (phrase) => apply(updateParagraph(draft, paragraph.id, { phrase })),
                }}
                text={paragraph.text}
                onText={(text) => apply(updateParagraph(draft, paragraph.id, { text }))}
                onMove={(direction) => editing.move(paragraph.id, direction)}
                onDelete={() => editing.remove(paragraph.id, name)}
                add={{
                  label: `Insert a paragraph after ${name}`,
                  title: "Insert a paragraph after this one",
                  onAdd: () => apply(addPreambular(draft, paragraph.id, newParagraphId())),
                }}
              />
            );
          })}
        </SortableParagraphs>
        <button type="button" className="button button-quiet button-small" onClick={() => apply(addPreambular(draft, null, newParagraphId()))}>
          + Add preambular paragraph
        </button>
      </section>

      <section aria-labelledby="operative-heading">
        <h2 id="operative-heading" className="section-heading">
          Operative paragraphs <span className="muted small">({operative.length})</span>
        </h2>
        {operative.length === 0 ? <p className="muted small">No operative paragraphs yet: a resolution needs at least one.</p> : null}
        <SortableParagraphs
          id="operative"
          className="paragraph-list"
          items={operative.map((paragraph, index) => ({ id: paragraph.id, name: operativeName(index) }))}
          onReorder={(from, to) => apply(reorder(draft, "operative", from, to))}
        >
          {operative.map((paragraph, index) => {
            const name = operativeName(index);
            return (
              <ParagraphCard
                key={paragraph.id}
                id={paragraph.id}
                kind="operative"
                name={name}
                label={`${index + 1}.`}
                isFirst={index === 0}
                isLast={index === operative.length - 1}
                phrase={{
                  value: paragraph.phrase,
                  optionsId: "operative-phrase-options",
                  placeholder: "Decides",
                  onChange: (phrase) => apply(updateParagraph(draft, paragraph.id, { phrase })),
                }}
                text={paragraph.text}
                onText={(text) => apply(updateParagraph(draft, paragraph.id, { text }))}
                onMove={(direction) => editing.move(paragraph.id, direction)}
                onDelete={() => editing.remove(paragraph.id, name)}
                add={{
                  label: `Insert a paragraph after ${name}`,
                  title: "Insert a paragraph after this one",
                  onAdd: () => apply(addOperative(draft, paragraph.id, newParagraphId())),
                }}
              >
                <SubparagraphList list={paragraph.subparagraphs} level={1} parentId={paragraph.id} parentName={`${index + 1}`} editing={editing} />
                <button
                  type="button"
                  className="button-link"
                  onClick={() => apply(addSubparagraph(draft, paragraph.id, newParagraphId()))}
                  aria-label={`Add subparagraph to ${name}`}
                >
                  + Subparagraph
                </button>
              </ParagraphCard>
            );
          })}
        </SortableParagraphs>
        <button type="button" className="button button-quiet button-small" onClick={() => apply(addOperative(draft, null, newParagraphId()))}>
          + Add operative paragraph
        </button>
      </section>
    </div>
  );
}

function SubparagraphList({
  list,
  level,
  parentId,
  parentName,
  editing,
}: {
  list: StoredSubparagraph[];
  level: number;
  parentId: string;
  parentName: string;
  editing: Editing;
}) {
  if (list.length === 0) return null;
  const { draft, apply } = editing;
  const fullName = (index: number) => `${parentName} ${subparagraphLabel(level, index)}`;
  return (
    <SortableParagraphs
      id={`sub:${parentId}`}
      className={`sub-list sub-level-${Math.min(level, 4)}`}
      items={list.map((sub, index) => ({ id: sub.id, name: `subparagraph ${fullName(index)}` }))}
      onReorder={(from, to) => apply(reorderSubparagraphs(draft, parentId, from, to))}
    >
      {list.map((sub, index) => {
        const name = `subparagraph ${fullName(index)}`;
        return (
          <ParagraphCard
            key={sub.id}
            id={sub.id}
            kind="subparagraph"
            name={name}
            label={subparagraphLabel(level, index)}
            isFirst={index === 0}
            isLast={index === list.length - 1}
            text={sub.text}
            onText={(text) => apply(updateParagraph(draft, sub.id, { text }))}
            onMove={(direction) => editing.move(sub.id, direction)}
            onDelete={() => editing.remove(sub.id, name)}
            indent={{
              canIndent: index > 0 && level < MAX_SUBPARAGRAPH_LEVELS,
              canOutdent: level > 1,
              onIndent: () => apply(indentSubparagraph(draft, sub.id), { refocus: true }),
              onOutdent: () => apply(outdentSubparagraph(draft, sub.id), { refocus: true }),
            }}
            add={{
              label: `Add subparagraph to ${name}`,
              title: "Add a subparagraph under this one",
              isDisabled: level >= MAX_SUBPARAGRAPH_LEVELS,
              onAdd: () => apply(addSubparagraph(draft, sub.id, newParagraphId())),
            }}
          >
            <SubparagraphList list={sub.subparagraphs} level={level + 1} parentId={sub.id} parentName={fullName(index)} editing={editing} />
          </ParagraphCard>
        );
      })}
    </SortableParagraphs>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
