import type { VoteValue } from "@/lib/core/vote/vote-value";
import { VOTE_DISPLAY } from "../vote-display";

type Props = {
  /** The words, symbols and seat classes shown, in order: the Council's unless given (the Assembly says "Not voting"). */
  display?: Readonly<Record<VoteValue, { word: string; symbol: string; className: string }>>;
};

/** The key to the seats' colours and symbols. */
export function VoteLegend({ display = VOTE_DISPLAY }: Props) {
  return (
    <ul className="vote-legend" aria-label="Legend">
      {(Object.keys(display) as VoteValue[]).map((vote) => (
        <li key={vote} className={display[vote].className}>
          <span className="legend-dot" aria-hidden="true">
            {display[vote].symbol}
          </span>
          {display[vote].word}
        </li>
      ))}
    </ul>
  );
}
