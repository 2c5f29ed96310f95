"use client";

import type { KeyboardEvent } from "react";
import type { VoteValue } from "@/lib/core/vote/vote-value";
import { horseshoeOrder, seatPositions } from "./seat-order";
import { VOTE_DISPLAY } from "./vote-display";

export type HorseshoeSeat = { iso3: string; name: string; shortName: string; permanent: boolean; vote: VoteValue; isParty: boolean };

type Props = {
  seats: readonly HorseshoeSeat[];
  presidentIso3: string | null;
  onCycle: (iso3: string) => void;
  /** Shown under a seat after a prediction: the probability of the vote shown. */
  confidence?: Readonly<Record<string, number>>;
};

const WIDTH = 880;
const HEIGHT = 460;
const CENTER = { x: WIDTH / 2, y: 240 };
const RADIUS = { x: 230, y: 170 };

export function Horseshoe({ seats, presidentIso3, onCycle, confidence }: Props) {
  const ordered = horseshoeOrder(seats, presidentIso3);
  const positions = seatPositions(ordered.length, CENTER, RADIUS);

  function onKeyDown(event: KeyboardEvent<SVGGElement>, iso3: string) {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onCycle(iso3);
    }
  }

  return (
    <>
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="horseshoe" role="group" aria-label="The Council's horseshoe table. Select a seat to change its vote.">
      <path
        d={`M ${CENTER.x - RADIUS.x * Math.cos((35 * Math.PI) / 180)} ${CENTER.y + RADIUS.y * Math.sin((35 * Math.PI) / 180)} A ${RADIUS.x} ${RADIUS.y} 0 1 1 ${CENTER.x + RADIUS.x * Math.cos((35 * Math.PI) / 180)} ${CENTER.y + RADIUS.y * Math.sin((35 * Math.PI) / 180)}`}
        className="horseshoe-table"
        aria-hidden="true"
      />
      {ordered.map((seat, index) => {
        const { x, y } = positions[index];
        // Labels sit outside the table, pointing away from its centre, so neighbours never overlap.
        const dx = (x - CENTER.x) / RADIUS.x;
        const dy = (y - CENTER.y) / RADIUS.y;
        const length = Math.hypot(dx, dy) || 1;
        const labelX = (dx / length) * 34;
        const labelY = (dy / length) * 34;
        const anchor = Math.abs(dx / length) < 0.35 ? "middle" : dx > 0 ? "start" : "end";
        const nameY = dy / length < -0.6 ? labelY - 10 : labelY + 2;
        const display = VOTE_DISPLAY[seat.vote];
        const isPresident = seat.iso3 === presidentIso3;
        const probability = confidence?.[seat.iso3];
        // The name starts with the words shown at the seat, in their order, so that a voice-control
        // user can say what they see (WCAG 2.5.3, label in name); the details follow.
        const percent = probability !== undefined ? Math.round(probability * 100) : null;
        const shown = `${seat.shortName}: ${display.word}${percent !== null ? ` · ${percent}%` : ""}${seat.isParty ? " · party to the dispute" : ""}`;
        const details = [seat.shortName !== seat.name ? seat.name : null, seat.permanent ? "permanent member" : null, isPresident ? "President" : null, percent !== null ? `${percent}% likely` : null].filter(Boolean);
        const label = `${shown}${details.length > 0 ? ` — ${details.join(", ")}` : ""}. Press to change.`;
        return (
          <g
            key={seat.iso3}
            transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}
            className={`seat ${display.className}${seat.permanent ? " seat-permanent" : ""}`}
            role="button"
            tabIndex={0}
            aria-label={label}
            data-testid={`seat-${seat.iso3}`}
            data-vote={seat.vote}
            onClick={() => onCycle(seat.iso3)}
            onKeyDown={(event) => onKeyDown(event, seat.iso3)}
          >
            <title>{label}</title>
            {isPresident ? <circle r={29} className="seat-president-ring" /> : null}
            <circle r={23} className="seat-disc" />
            <text className="seat-symbol" y={7} textAnchor="middle">
              {display.symbol}
            </text>
            <text className="seat-name" x={labelX} y={nameY} textAnchor={anchor}>
              {seat.shortName}
              {seat.permanent ? " ★" : ""}
            </text>
            <text className="seat-vote" x={labelX} y={nameY + 14} textAnchor={anchor}>
              {/* A space the drawing collapses, so that the seat's text reads "Albania Yes", not "AlbaniaYes". */}
              {" "}
              {display.word}
              {probability !== undefined ? ` · ${Math.round(probability * 100)}%` : ""}
              {seat.isParty ? " · party" : ""}
            </text>
          </g>
        );
      })}
      <text x={CENTER.x} y={CENTER.y - 10} textAnchor="middle" className="horseshoe-caption">
        Security Council
      </text>
      {presidentIso3 ? (
        <text x={CENTER.x} y={CENTER.y + 10} textAnchor="middle" className="horseshoe-caption-small">
          {"President (dashed ring) at the top · ★ permanent member"}
        </text>
      ) : null}
    </svg>
    <ul className="seat-list" aria-label="Members and their votes">
      {ordered.map((seat) => {
        const display = VOTE_DISPLAY[seat.vote];
        return (
          <li key={seat.iso3}>
            <button type="button" className={`seat-list-button ${display.className}`} onClick={() => onCycle(seat.iso3)} aria-label={`${seat.shortName}${seat.iso3 === presidentIso3 ? " (President)" : ""}: ${display.word}${seat.shortName !== seat.name ? ` — ${seat.name}` : ""}. Press to change.`}>
              <span className="legend-dot" aria-hidden="true">{display.symbol}</span>
              <span className="seat-list-name">
                {seat.shortName}
                {seat.permanent ? " ★" : ""}
                {seat.iso3 === presidentIso3 ? " (President)" : ""}
              </span>
              <span className="seat-list-vote">{display.word}</span>
            </button>
          </li>
        );
      })}
    </ul>
    </>
  );
}
