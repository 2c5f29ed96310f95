import type { VoteValue } from "@/lib/core/vote/vote-value";
import { VOTE_DISPLAY } from "../vote-display";

/** The key to the seats' colours and symbols. */
export function VoteLegend() {
  return (
    <ul className="vote-legend" aria-label="Legend">
      {(Object.keys(VOTE_DISPLAY) as VoteValue[]).map((vote) => (
        <li key={vote} className={VOTE_DISPLAY[vote].className}>
          <span className="legend-dot" aria-hidden="true">
            {VOTE_DISPLAY[vote].symbol}
          </span>
          {VOTE_DISPLAY[vote].word}
        </li>
      ))}
    </ul>
  );
}
