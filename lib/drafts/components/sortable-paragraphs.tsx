"use client";

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type Modifier,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useRef, type ReactNode } from "react";

type Props = {
  /** Stable for the list (the group it sorts), so that the server and the browser render the same ids. */
  id: string;
  className: string;
  items: { id: string; name: string }[];
  onReorder: (from: number, to: number) => void;
  children: ReactNode;
};

// Paragraphs only ever move up or down.
const alongTheList: Modifier = ({ transform }) => ({ ...transform, x: 0 });

const screenReaderInstructions = {
  draggable: "To move this paragraph, press Space, then the up and down arrow keys, then Space again to drop it, or Escape to cancel.",
};

/**
 * One list of paragraphs that can be sorted by dragging its cards' handles with a pointer or,
 * from a focused handle, with Space and the arrow keys. Each list sorts on its own: a paragraph
 * never leaves its list by dragging (indenting and outdenting do that).
 */
export function SortableParagraphs({ id, className, items, onReorder, children }: Props) {
  const sensors = useSensors(
    // A few pixels of movement before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const nameOf = (itemId: UniqueIdentifier) => items.find((item) => item.id === itemId)?.name ?? "the paragraph";
  const positionOf = (itemId: UniqueIdentifier) => items.findIndex((item) => item.id === itemId) + 1;
  // Speak a position only when it changes: the first "over" is the paragraph's own place, and
  // saying it would talk over "Picked up".
  const lastOverRef = useRef<UniqueIdentifier | null>(null);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      lastOverRef.current = active.id;
      return `Picked up ${nameOf(active.id)}, at position ${positionOf(active.id)} of ${items.length}.`;
    },
    onDragOver: ({ active, over }) => {
      const overId = over?.id ?? null;
      if (overId === lastOverRef.current) return undefined;
      lastOverRef.current = overId;
      return overId === null
        ? `${capitalize(nameOf(active.id))} is not over a place in the list.`
        : `${capitalize(nameOf(active.id))} is over position ${positionOf(overId)} of ${items.length}.`;
    },
    onDragEnd: ({ active, over }) =>
      over && over.id !== active.id
        ? `${capitalize(nameOf(active.id))} moved to position ${positionOf(over.id)}.`
        : `${capitalize(nameOf(active.id))} dropped where it was, at position ${positionOf(active.id)}.`,
    onDragCancel: ({ active }) => `Move cancelled. ${capitalize(nameOf(active.id))} stays at position ${positionOf(active.id)}.`,
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || over.id === active.id) return;
    const from = items.findIndex((item) => item.id === active.id);
    const to = items.findIndex((item) => item.id === over.id);
    if (from >= 0 && to >= 0) onReorder(from, to);
  };

  return (
    <DndContext
      id={id}
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[alongTheList]}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions }}
    >
      <SortableContext id={id} items={items} strategy={verticalListSortingStrategy}>
        <ol className={className}>{children}</ol>
      </SortableContext>
    </DndContext>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
