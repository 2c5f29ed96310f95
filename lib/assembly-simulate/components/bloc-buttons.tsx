import type { VotingBloc } from "@/lib/core/vote/assembly-board";
import type { VoteValue } from "@/lib/core/vote/vote-value";
import styles from "./assembly.module.css";
import { ASSEMBLY_VOTE_DISPLAY, BOARD_VOTES } from "./vote-words";

type Props = { blocs: readonly VotingBloc[]; onSet: (bloc: VotingBloc, vote: VoteValue) => void };

/** Shown at once: the regional groups, the EU and NATO; the other blocs one tap further, to keep a phone's page short. */
const FIRST_BLOCS = new Set(["bloc:EU", "bloc:NATO"]);

/** One click sets a whole regional group or bloc ("EU: yes"); seats are then adjusted one by one on the board. */
export function BlocButtons({ blocs, onSet }: Props) {
  const first = blocs.filter((bloc) => bloc.kind === "regional-group" || FIRST_BLOCS.has(bloc.id));
  const more = blocs.filter((bloc) => !first.includes(bloc));
  return (
    <>
      <BlocList blocs={first} onSet={onSet} label="Set the votes of a regional group, the EU or NATO" />
      {more.length > 0 ? (
        <details className={styles.moreBlocs}>
          <summary>More blocs ({more.length})</summary>
          <BlocList blocs={more} onSet={onSet} label="Set the votes of another bloc" />
        </details>
      ) : null}
    </>
  );
}

function BlocList({ blocs, onSet, label }: Props & { label: string }) {
  return (
    <ul className={styles.blocs} aria-label={label}>
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
                className={`${styles.blocButton} ${display.buttonClassName}`}
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
