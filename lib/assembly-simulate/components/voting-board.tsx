import type { AssemblySeat } from "@/lib/core/vote/assembly-board";
import type { VoteValue } from "@/lib/core/vote/vote-value";
import styles from "./assembly.module.css";
import { ASSEMBLY_VOTE_DISPLAY } from "./vote-words";

type Props = {
  /** In board order (`assemblyBoardOrder`). */
  seats: readonly AssemblySeat[];
  votes: Readonly<Record<string, VoteValue>>;
  /** After a prediction: the probability of the vote shown, and why. */
  confidence?: Readonly<Record<string, number>>;
  reasons?: Readonly<Record<string, string>>;
  onCycle: (iso3: string) => void;
};

/**
 * The Assembly's voting board: every Member in English alphabetical order, lit green (yes), red
 * (no) or yellow (abstain), unlit when not voting. Each name is a button that steps its vote
 * through yes, no, abstain, not voting.
 */
export function VotingBoard({ seats, votes, confidence, reasons, onCycle }: Props) {
  return (
    <div className={styles.boardScroll}>
      <ol className={styles.board} aria-label="Voting board, in alphabetical order">
        {seats.map((seat) => {
          const vote = votes[seat.iso3] ?? "NP";
          const display = ASSEMBLY_VOTE_DISPLAY[vote];
          const probability = confidence?.[seat.iso3];
          const percent = probability === undefined ? null : Math.round(probability * 100);
          const reason = reasons?.[seat.iso3];
          return (
            <li key={seat.iso3}>
              <button
                type="button"
                className={`${styles.seatButton} ${display.buttonClassName}`}
                onClick={() => onCycle(seat.iso3)}
                aria-label={`${seat.name}: ${display.word}${percent !== null ? ` · ${percent}%` : ""}. Press to change.`}
                title={reason ? `${seat.name}: ${reason}` : undefined}
                data-testid={`board-${seat.iso3}`}
                data-vote={vote}
              >
                <span className={styles.seatSymbol} aria-hidden="true">
                  {display.symbol}
                </span>
                <span className={styles.seatName}>{seat.name}</span>{" "}
                <span className={styles.seatVote}>
                  {display.word}
                  {percent !== null ? ` · ${percent}%` : ""}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
