import { getRegionalGroupLabel, getRegionalGroupShortLabel } from "@/lib/core/un/states";
import type { HemicycleLayout } from "@/lib/core/vote/assembly-board";
import type { VoteValue } from "@/lib/core/vote/vote-value";
import styles from "./assembly.module.css";
import { ASSEMBLY_VOTE_DISPLAY, BOARD_VOTES } from "./vote-words";

type Props = {
  layout: HemicycleLayout;
  votes: Readonly<Record<string, VoteValue>>;
  names: Readonly<Record<string, string>>;
  caption: string;
};

/** Room round the half circle for the groups' names. */
const MARGIN = { x: 190, top: 60 };

/**
 * The Assembly hall as a picture: the Members of the year in wedges by regional group, each seat
 * coloured with its vote (symbol too). Each group is one image with a spoken summary of its votes;
 * each seat has its name and vote as a tooltip. The voting board below is where votes are changed.
 */
export function Hemicycle({ layout, votes, names, caption }: Props) {
  const { center } = layout;
  const outer = Math.max(...layout.seats.map((seat) => Math.hypot(seat.x - center.x, seat.y - center.y))) + (layout.seats[0]?.r ?? 0) + 8;
  return (
    <svg
      viewBox={`${-MARGIN.x} ${-MARGIN.top} ${layout.width + 2 * MARGIN.x} ${layout.height + MARGIN.top}`}
      className={styles.hemicycle}
      role="group"
      aria-label={`The General Assembly hall: ${layout.seats.length} Members by regional group`}
      data-testid="hemicycle"
    >
      {layout.groups.map((group) => {
        const members = layout.seats.filter((seat) => seat.group === group.group);
        const counts = BOARD_VOTES.map((vote) => ({ vote, count: members.filter((seat) => (votes[seat.iso3] ?? "NP") === vote).length })).filter((entry) => entry.count > 0);
        const summary = counts.map((entry) => `${entry.count} ${ASSEMBLY_VOTE_DISPLAY[entry.vote].word.toLowerCase()}`).join(", ");
        const label = group.group ? getRegionalGroupLabel(group.group) : "Members in no regional group";
        const arcPoint = (angle: number) => `${(center.x + outer * Math.cos(angle)).toFixed(1)} ${(center.y - outer * Math.sin(angle)).toFixed(1)}`;
        return (
          <g key={group.group ?? "none"} role="img" aria-label={`${label}: ${group.count} Members — ${summary}`} data-testid={`hemicycle-group-${group.group ?? "none"}`}>
            <path d={`M ${arcPoint(group.arc.from)} A ${outer} ${outer} 0 0 1 ${arcPoint(group.arc.to)}`} className={styles.groupArc} />
            {members.map((seat) => {
              const vote = votes[seat.iso3] ?? "NP";
              const display = ASSEMBLY_VOTE_DISPLAY[vote];
              return (
                <g key={seat.iso3} transform={`translate(${seat.x} ${seat.y})`} className={`seat seat-static ${display.className}`} data-testid={`hemicycle-seat-${seat.iso3}`} data-vote={vote}>
                  <title>{`${names[seat.iso3] ?? seat.iso3}: ${display.word}`}</title>
                  <circle r={seat.r} className="seat-disc" />
                  <text className="seat-symbol" y={seat.r * 0.42} textAnchor="middle" style={{ fontSize: `${(seat.r * 1.25).toFixed(1)}px` }}>
                    {display.symbol}
                  </text>
                </g>
              );
            })}
            <text x={group.label.x} y={group.label.y} textAnchor={group.label.anchor} className={styles.groupLabel}>
              {group.group ? getRegionalGroupShortLabel(group.group) : "No group"} <tspan className={styles.groupCount}>({group.count})</tspan>
            </text>
          </g>
        );
      })}
      <text x={center.x} y={center.y - 50} textAnchor="middle" className={styles.centreCaption}>
        {caption}
      </text>
      <text x={center.x} y={center.y - 22} textAnchor="middle" className={styles.centreSmall}>
        {layout.seats.length} Members
      </text>
    </svg>
  );
}
