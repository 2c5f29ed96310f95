"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import type { OrderedAmendment } from "@/lib/core/amend/order";
import { setVotingOrderAction } from "../actions";

type Props = {
  draftId: string;
  /** The order in force (the rules' proposal or the chair's ruling). */
  items: readonly OrderedAmendment[];
  isRuled: boolean;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/**
 * The chair's ruling on the order of voting: each amendment moved up or down with buttons (keyboard
 * first: the focus follows the amendment moved, and the move is announced), then saved with the reason.
 * The server checks the order against the amendments pending (an amendment to an amendment first).
 */
export function VotingOrderEditor({ draftId, items, isRuled, onDone, onCancel }: Props) {
  const router = useRouter();
  const [order, setOrder] = useState(() => items.map((item) => item.id));
  const [reason, setReason] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());

  const move = (id: string, step: -1 | 1) => {
    const from = order.indexOf(id);
    const to = from + step;
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    next.splice(from, 1);
    next.splice(to, 0, id);
    setOrder(next);
    setAnnouncement(`${id} moved to position ${to + 1} of ${next.length}.`);
    // Keep the focus on the amendment moved; at either end, on the button still usable.
    const atEdge = to === 0 || to === next.length - 1;
    requestAnimationFrame(() => buttons.current.get(`${id}:${atEdge ? -step : step}`)?.focus());
  };

  const save = (ruling: { order: string[]; reason: string } | null) =>
    startTransition(async () => {
      setError(null);
      const result = await setVotingOrderAction({ draftId, ruling });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      onDone(result.isRuled ? "The order of voting was set, with its reason." : "The order of voting is again the one the rules propose.");
      router.refresh();
    });

  return (
    <div className="sub-card stack" data-testid="order-editor">
      <h3 className="small">Change the order of voting</h3>
      <ol className="stack" aria-label="Order of voting being changed">
        {order.map((id, position) => (
          <li key={id} className="row" data-testid={`order-item-${id}`}>
            <strong>{id}</strong>
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={`Move ${id} up`}
              disabled={position === 0}
              ref={(element) => {
                buttons.current.set(`${id}:-1`, element);
              }}
              onClick={() => move(id, -1)}
            >
              ↑ Up
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={`Move ${id} down`}
              disabled={position === order.length - 1}
              ref={(element) => {
                buttons.current.set(`${id}:1`, element);
              }}
              onClick={() => move(id, 1)}
            >
              ↓ Down
            </button>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <label>
        Reason for the order
        <textarea value={reason} onChange={(event) => setReason(event.target.value)} rows={2} maxLength={1_000} placeholder="The President rules that…" />
      </label>
      {error ? (
        <p className="field-error" role="alert" data-testid="order-error">
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="button" className="button button-small" disabled={pending} onClick={() => save({ order, reason })}>
          Save the order
        </button>
        {isRuled ? (
          <button type="button" className="button button-quiet button-small" disabled={pending} onClick={() => save(null)}>
            Back to the order the rules propose
          </button>
        ) : null}
        <button type="button" className="button button-quiet button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
