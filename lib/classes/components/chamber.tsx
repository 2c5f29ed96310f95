import { horseshoeOrder, seatPositions } from "@/lib/simulate/seat-order";
import { byLabel, SEAT_STATE_DISPLAY, type ChamberSeat } from "./seat-display";

type Props = {
  seats: readonly ChamberSeat[];
  body: "security-council" | "general-assembly";
  size?: "normal" | "large";
  caption?: string;
  /** The Council's President, seated at the head of the horseshoe. */
  presidentIso3?: string | null;
};

/** The chamber as a picture: the Council's horseshoe, or the Assembly's hemicycle. Colour, symbol and word together. */
export function Chamber({ seats, body, size = "normal", caption, presidentIso3 = null }: Props) {
  return body === "security-council" ? (
    <CouncilHorseshoe seats={seats} size={size} caption={caption} presidentIso3={presidentIso3} />
  ) : (
    <AssemblyHemicycle seats={seats} size={size} caption={caption} />
  );
}

function seatLabel(seat: ChamberSeat, presidentIso3: string | null = null): string {
  const display = SEAT_STATE_DISPLAY[seat.state];
  const who = seat.isBot ? "bot seat" : seat.delegateNames.join(" and ");
  const by = byLabel(seat.by);
  return `${seat.name}${seat.iso3 === presidentIso3 ? ", President" : ""}${seat.permanent ? ", permanent member" : ""}${seat.isParty ? ", party to the dispute" : ""} (${who}): ${display.word}${by && by !== "delegate" ? `, ${by}` : ""}`;
}

const WIDTH = 1000;
const HEIGHT = 500;
const CENTER = { x: WIDTH / 2, y: 275 };
const RADIUS = { x: 290, y: 175 };
/** Room either side for the longest names ("United Arab Emirates") pointing outwards. */
const MARGIN = { normal: 60, large: 130 } as const;

function CouncilHorseshoe({ seats, size, caption, presidentIso3 }: { seats: readonly ChamberSeat[]; size: "normal" | "large"; caption?: string; presidentIso3: string | null }) {
  const ordered = horseshoeOrder(seats, presidentIso3);
  const president = seats.find((seat) => seat.iso3 === presidentIso3);
  const label = (seat: ChamberSeat) => seatLabel(seat, presidentIso3);
  const positions = seatPositions(ordered.length, CENTER, RADIUS);
  const arc = (35 * Math.PI) / 180;
  // Seats at the top of the U sit close together: going left to right, every other label goes one line higher.
  const isTopSeat = (index: number) => (positions[index].y - CENTER.y) / RADIUS.y / (Math.hypot((positions[index].x - CENTER.x) / RADIUS.x, (positions[index].y - CENTER.y) / RADIUS.y) || 1) < -0.6;
  const raised = new Set(
    ordered
      .map((_, index) => index)
      .filter(isTopSeat)
      .sort((left, right) => positions[left].x - positions[right].x)
      .filter((_, rank) => rank % 2 === 1),
  );
  return (
    <svg viewBox={`${-MARGIN[size]} 0 ${WIDTH + 2 * MARGIN[size]} ${HEIGHT}`} className={`horseshoe chamber chamber-${size}`} role="img" aria-label={`The Council's horseshoe table: ${ordered.map(label).join("; ")}`}>
      <path
        d={`M ${CENTER.x - RADIUS.x * Math.cos(arc)} ${CENTER.y + RADIUS.y * Math.sin(arc)} A ${RADIUS.x} ${RADIUS.y} 0 1 1 ${CENTER.x + RADIUS.x * Math.cos(arc)} ${CENTER.y + RADIUS.y * Math.sin(arc)}`}
        className="horseshoe-table"
      />
      {ordered.map((seat, index) => {
        const { x, y } = positions[index];
        const dx = (x - CENTER.x) / RADIUS.x;
        const dy = (y - CENTER.y) / RADIUS.y;
        const length = Math.hypot(dx, dy) || 1;
        const labelX = (dx / length) * 34;
        const labelY = (dy / length) * 34;
        const anchor = Math.abs(dx / length) < 0.35 ? "middle" : dx > 0 ? "start" : "end";
        const isTop = dy / length < -0.6;
        const stagger = raised.has(index) ? (size === "large" ? -44 : -30) : 0;
        const nameY = (isTop ? labelY - 12 : labelY + 2) + stagger;
        const display = SEAT_STATE_DISPLAY[seat.state];
        return (
          <g key={seat.iso3} transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`} className={`seat seat-static ${display.className}${seat.permanent ? " seat-permanent" : ""}`} data-testid={`chamber-seat-${seat.iso3}`} data-state={seat.state}>
            <title>{label(seat)}</title>
            {seat.isBot ? <circle r={29} className="seat-bot-ring" /> : null}
            <circle r={23} className="seat-disc" />
            <text className="seat-symbol" y={7} textAnchor="middle">
              {display.symbol}
            </text>
            <text className="seat-name" x={labelX} y={nameY} textAnchor={anchor}>
              {seat.shortName}
              {seat.permanent ? " ★" : ""}
            </text>
            <text className="seat-vote" x={labelX} y={nameY + (size === "large" ? 21 : 15)} textAnchor={anchor}>
              {display.word}
              {size === "large" ? "" : seat.isBot ? " · bot" : seat.by === "chair" ? " · chair" : ""}
              {seat.isParty ? " · party" : ""}
            </text>
          </g>
        );
      })}
      <text x={CENTER.x} y={CENTER.y - 6} textAnchor="middle" className="horseshoe-caption">
        {caption ?? "Security Council"}
      </text>
      <text x={CENTER.x} y={CENTER.y + 16} textAnchor="middle" className="horseshoe-caption-small">
        ★ permanent member · dotted ring: bot seat
      </text>
      {president ? (
        <text x={CENTER.x} y={CENTER.y + 38} textAnchor="middle" className="horseshoe-caption-small" data-testid="chamber-president">
          President: {president.shortName} (at the head of the table)
        </text>
      ) : null}
    </svg>
  );
}

const HEMI_WIDTH = 1000;
const HEMI_HEIGHT = 530;
const HEMI_CENTER = { x: HEMI_WIDTH / 2, y: 505 };

/** Concentric rows, seats per row in proportion to its length; seats then fill by angle, left to right. */
export function hemicyclePositions(count: number, rows = count > 120 ? 8 : count > 60 ? 6 : 4): { x: number; y: number; r: number }[] {
  const inner = 190;
  const outer = 480;
  const radii = Array.from({ length: rows }, (_, row) => inner + ((outer - inner) * row) / Math.max(1, rows - 1));
  const total = radii.reduce((sum, radius) => sum + radius, 0);
  const perRow = radii.map((radius) => Math.floor((count * radius) / total));
  let missing = count - perRow.reduce((sum, value) => sum + value, 0);
  for (let row = rows - 1; missing > 0; row = (row - 1 + rows) % rows, missing--) perRow[row]++;
  const seats: { x: number; y: number; r: number; angle: number }[] = [];
  const seatRadius = Math.min(((outer - inner) / Math.max(1, rows - 1)) * 0.42, 20);
  radii.forEach((radius, row) => {
    const n = perRow[row];
    for (let index = 0; index < n; index++) {
      const angle = Math.PI - (n === 1 ? Math.PI / 2 : (index / (n - 1)) * Math.PI);
      seats.push({ x: HEMI_CENTER.x + radius * Math.cos(angle), y: HEMI_CENTER.y - radius * Math.sin(angle), r: seatRadius, angle });
    }
  });
  seats.sort((left, right) => right.angle - left.angle || Math.hypot(left.x - HEMI_CENTER.x, left.y - HEMI_CENTER.y) - Math.hypot(right.x - HEMI_CENTER.x, right.y - HEMI_CENTER.y));
  return seats.map(({ x, y, r }) => ({ x, y, r }));
}

function AssemblyHemicycle({ seats, size, caption }: { seats: readonly ChamberSeat[]; size: "normal" | "large"; caption?: string }) {
  const positions = hemicyclePositions(seats.length);
  return (
    <svg viewBox={`0 0 ${HEMI_WIDTH} ${HEMI_HEIGHT}`} className={`hemicycle chamber chamber-${size}`} role="img" aria-label={`The General Assembly hall, ${seats.length} seats in English alphabetical order`}>
      {seats.map((seat, index) => {
        const position = positions[index];
        const display = SEAT_STATE_DISPLAY[seat.state];
        return (
          <g key={seat.iso3} transform={`translate(${position.x.toFixed(1)} ${position.y.toFixed(1)})`} className={`seat seat-static ${display.className}`} data-testid={`chamber-seat-${seat.iso3}`} data-state={seat.state}>
            <title>{seatLabel(seat)}</title>
            <circle r={position.r} className="seat-disc" strokeDasharray={seat.isBot ? "3 2" : undefined} />
            <text className="seat-symbol hemicycle-symbol" y={position.r * 0.42} textAnchor="middle" style={{ fontSize: `${(position.r * 1.25).toFixed(1)}px` }}>
              {display.symbol}
            </text>
          </g>
        );
      })}
      <text x={HEMI_CENTER.x} y={HEMI_CENTER.y - 60} textAnchor="middle" className="hemicycle-caption">
        {caption ?? "General Assembly"}
      </text>
      <text x={HEMI_CENTER.x} y={HEMI_CENTER.y - 30} textAnchor="middle" className="horseshoe-caption-small">
        {seats.length} Members · dashed seat: bot
      </text>
    </svg>
  );
}

/** The legend under a chamber: the symbol and word of each state shown. */
export function ChamberLegend({ withPending = true }: { withPending?: boolean }) {
  const states = (["Y", "N", "A", "NP", ...(withPending ? (["pending"] as const) : [])] as const);
  return (
    <ul className="vote-legend" aria-label="Legend">
      {states.map((state) => {
        const display = SEAT_STATE_DISPLAY[state];
        return (
          <li key={state} className={display.className}>
            <span className="legend-dot" aria-hidden="true">
              {display.symbol}
            </span>
            {display.word}
          </li>
        );
      })}
    </ul>
  );
}
