import type { VotingBloc } from "@/lib/core/vote/assembly-board";
import type { VoteValue } from "@/lib/core/vote/vote-value";
import styles from "./assembly.module.css";
import { ASSEMBLY_VOTE_DISPLAY, BOARD_VOTES } from "./vote-words";

type Props = { blocs: readonly VotingBloc[]; onSet: (bloc: VotingBloc, vote: VoteValue) => void };

/** One click sets a whole regional group or bloc ("EU: yes"); seats are then adjusted one by one on the board. */
export function BlocButtons({ blocs, onSet }: Props) {
  return (
    <ul className={styles.blocs} aria-label="Set the votes of a group or bloc">
      {blocs.map((bloc) => (
        <li key={bloc.id} className={styles.bloc} data-testid={`bloc-${bloc.id}`}>
          <span className={styles.blocName} title={bloc.label}>
            {bloc.shortLabel}{" "}
            <span className={styles.blocCount}>
              ({bloc.members.length}
              {bloc.note ? `, ${bloc.note}` : ""})
            </span>
          </span>
          {BOARD_VOTES.map((vote) => {
            const display = ASSEMBLY_VOTE_DISPLAY[vote];
            return (
              <button
                key={vote}
                type="button"
                className={`${styles.blocButton} ${display.className}`}
                onClick={() => onSet(bloc, vote)}
                aria-label={`${bloc.shortLabel}: ${display.word.toLowerCase()}`}
                title={`${bloc.label}: all ${bloc.members.length} vote ${display.word.toLowerCase()}`}
              >
                {display.word}
              </button>
            );
          })}
        </li>
      ))}
    </ul>
  );
}
