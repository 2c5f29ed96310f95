"use client";

import { useMemo, useReducer, useState, useTransition } from "react";
import { withAdoptionAnnouncement, type Adoption } from "@/lib/core/draft/adoption";
import {
  ADOPTED_WITHOUT_A_VOTE,
  assemblyBoardOrder,
  layoutHemicycle,
  listAssemblySeats,
  listVotingBlocs,
  suggestMajorityFor,
  type ImportantQuestionChoice,
} from "@/lib/core/vote/assembly-board";
import { decideAssemblyVote } from "@/lib/core/vote/assembly-rules";
import { countVotes } from "@/lib/core/vote/vote-value";
import { VoteLegend } from "@/lib/simulate/components/vote-legend";
import { predictAssemblyAction } from "../actions";
import { assemblyReducer, initialAssemblyState } from "../assembly-state";
import type { AssemblyBoardPrediction } from "../predict";
import styles from "./assembly.module.css";
import { BlocButtons } from "./bloc-buttons";
import { Hemicycle } from "./hemicycle";
import { ImportantQuestionMajority } from "./important-question-majority";
import { VotingBoard } from "./voting-board";
import { ASSEMBLY_VOTE_DISPLAY, BOARD_VOTES } from "./vote-words";

type Props = {
  initialYear: number;
  firstYear: number;
  lastYear: number;
  initialDate: string | null;
  /** The draft voted on: its label, its text for the Art. 18(2) suggestion and its adoption, if marked adopted. */
  draft: { id: string; label: string; text: string; adoption: Adoption | null; isAssemblyDraft: boolean } | null;
  session: "regular" | "emergency";
  initialChoice: ImportantQuestionChoice;
  initialPrediction: AssemblyBoardPrediction | null;
};

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** The General Assembly's vote: hemicycle, voting board, groups and blocs in one click, prediction, majority and result. */
export function AssemblySimulator({ initialYear, firstYear, lastYear, initialDate, draft, session, initialChoice, initialPrediction }: Props) {
  const [title, setTitle] = useState("");
  const text = draft ? draft.text : title;
  const [state, dispatch] = useReducer(assemblyReducer, undefined, () =>
    initialAssemblyState({ year: initialYear, members: listAssemblySeats(initialYear).map((seat) => seat.iso3), text, choice: initialChoice, prediction: initialPrediction }),
  );
  const [date, setDate] = useState(initialDate ?? "");
  const [keepHandSet, setKeepHandSet] = useState(true);
  const [message, setMessage] = useState<string | null>(null);
  const [isPredicting, startPredict] = useTransition();
  const { year, votes, majority, choice, prediction } = state;

  const seats = useMemo(() => assemblyBoardOrder(listAssemblySeats(year)), [year]);
  const blocs = useMemo(() => listVotingBlocs(seats, year), [seats, year]);
  const layout = useMemo(() => layoutHemicycle(seats), [seats]);
  const names = useMemo(() => Object.fromEntries(seats.map((seat) => [seat.iso3, seat.name])), [seats]);
  const members = seats.map((seat) => seat.iso3);
  const suggestion = useMemo(() => suggestMajorityFor(choice, text), [choice, text]);

  const cast = members.map((iso3) => ({ iso3, vote: votes[iso3] ?? "NP" }));
  const tally = countVotes(cast.map((entry) => entry.vote));
  const decision = decideAssemblyVote({ majority, votes: cast, members, names });
  const hasVotes = tally.yes + tally.no + tally.abstain > 0;
  const adoption = draft?.isAssemblyDraft ? draft.adoption : null;
  const announce = (statement: string, outcome: string) => (adoption ? withAdoptionAnnouncement(statement, outcome, { body: "general-assembly", adoption }) : statement);
  const statement = state.isAdoptedWithoutVote ? announce(ADOPTED_WITHOUT_A_VOTE, "adopted") : hasVotes ? announce(decision.statement, decision.outcome) : null;
  const outcomeClass = state.isAdoptedWithoutVote || decision.outcome === "adopted" ? "statement-adopted" : "statement-failed";

  function predict() {
    setMessage(null);
    startPredict(async () => {
      const result = await predictAssemblyAction({ year, date: date || null, draftId: draft?.id ?? null, title: draft ? "" : title, sponsors: [], majority });
      if (result.ok) dispatch({ type: "apply-prediction", prediction: result.value, keepHandSet });
      else setMessage(result.message);
    });
  }

  function changeYear(value: number) {
    setMessage(null);
    if (date && Number(date.slice(0, 4)) !== value) setDate("");
    dispatch({ type: "set-year", year: value, members: listAssemblySeats(value).map((seat) => seat.iso3) });
  }

  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => lastYear - index);
  const handSetCount = state.handSet.length;

  return (
    <div className={styles.layout}>
      <section className="card stack" aria-labelledby="assembly-settings">
        <h2 id="assembly-settings">The vote</h2>
        {draft ? (
          <p className="small" data-testid="assembly-draft">
            Voting on <strong>{draft.label}</strong>
          </p>
        ) : null}
        <div className={styles.controls}>
          <div>
            <label htmlFor="ga-year">Members of the year</label>
            <select id="ga-year" value={year} onChange={(event) => changeYear(Number(event.target.value))}>
              {years.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
            <p className="hint">{seats.length} Members of the United Nations that year.</p>
          </div>
          <div>
            <label htmlFor="ga-date">Date of the vote</label>
            <input id="ga-date" type="date" value={date} min={`${year}-01-01`} max={`${year}-12-31`} onChange={(event) => setDate(event.target.value)} aria-describedby="ga-date-hint" />
            <p id="ga-date-hint" className="hint">
              Optional; the prediction reads only the votes recorded before it.
            </p>
          </div>
          {!draft ? (
            <div>
              <label htmlFor="ga-title">What the draft is about</label>
              <input id="ga-title" type="text" value={title} maxLength={300} onChange={(event) => {
                  setTitle(event.target.value);
                  dispatch({ type: "set-text", text: event.target.value });
                }} placeholder="e.g. Aggression against Ukraine" aria-describedby="ga-title-hint" />
              <p id="ga-title-hint" className="hint">
                Its title or issue: read by the prediction and by the Art. 18(2) list.
              </p>
            </div>
          ) : null}
        </div>
        <div className={styles.actions}>
          <button type="button" className="button" onClick={predict} disabled={isPredicting} data-testid="assembly-predict">
            {isPredicting ? "Predicting…" : "Predict"}
          </button>
          <label className="choice small">
            <input type="checkbox" checked={keepHandSet} onChange={(event) => setKeepHandSet(event.target.checked)} /> Keep the votes I set by hand
            {handSetCount > 0 ? ` (${handSetCount})` : ""}
          </label>
          <button type="button" className="button button-quiet" onClick={() => dispatch({ type: "clear", members })}>
            Clear the board
          </button>
        </div>
        {message ? (
          <p className="notice notice-error" role="alert" data-testid="assembly-message">
            {message}
          </p>
        ) : null}
      </section>

      <section className="card stack" aria-labelledby="assembly-blocs">
        <h2 id="assembly-blocs">Set votes by group or bloc</h2>
        <p className="hint">One click sets every Member of the group; then change any seat on the voting board. Regional groups as they are today. The EU, NATO, the G7, ASEAN and BRICS as they stood that year; the blocs marked “today&apos;s members” count today&apos;s members.</p>
        <BlocButtons blocs={blocs} onSet={(bloc, vote) => dispatch({ type: "set-votes", iso3s: bloc.members, vote })} />
      </section>

      <section className="card stack" aria-labelledby="assembly-majority">
        <h2 id="assembly-majority">Majority</h2>
        <ImportantQuestionMajority
          className={styles.controls}
          idPrefix="ga"
          choice={choice}
          onChoice={(value) => dispatch({ type: "set-choice", choice: value, text })}
          suggestion={suggestion}
          majority={majority}
          onMajority={(value) => dispatch({ type: "set-majority", majority: value })}
          legend="Majority of the members present and voting"
          fieldsetHint={<p className="hint">Abstaining and absent Members are not counted as voting (rule 86).</p>}
        />
      </section>

      <section className="card stack" aria-labelledby="assembly-result">
        <h2 id="assembly-result">Result</h2>
        <div aria-live="polite" className="stack">
          <p className={styles.resultLine} data-testid="assembly-tally">
            {BOARD_VOTES.map((vote, index) => (
              <span key={vote}>
                {index > 0 ? " · " : ""}
                {ASSEMBLY_VOTE_DISPLAY[vote].word} <strong>{vote === "Y" ? tally.yes : vote === "N" ? tally.no : vote === "A" ? tally.abstain : tally.notVoting}</strong>
              </span>
            ))}
          </p>
          {!state.isAdoptedWithoutVote && hasVotes ? (
            <p className="small" data-testid="assembly-required">
              {majority === "two-thirds" ? "Two-thirds of the members present and voting" : "A simple majority of the members present and voting"}: {decision.required} in favour
              needed{decision.missingYes > 0 ? `, ${decision.missingYes} more` : ""}.
            </p>
          ) : null}
          {statement ? (
            <p className={`statement ${outcomeClass}`} data-testid="assembly-statement">
              {statement}
            </p>
          ) : (
            <p className="muted" data-testid="assembly-statement-empty">
              No votes on the board yet: set votes by group, on the board, or press Predict — or adopt the draft without a vote.
            </p>
          )}
        </div>
        <div className={styles.actions}>
          {state.isAdoptedWithoutVote ? (
            <button type="button" className="button button-quiet" onClick={() => dispatch({ type: "adopt-without-vote", value: false })}>
              Take a recorded vote instead
            </button>
          ) : (
            <button type="button" className="button button-quiet" onClick={() => dispatch({ type: "adopt-without-vote", value: true })} data-testid="adopt-without-vote">
              Adopt without a vote
            </button>
          )}
        </div>
        {prediction ? (
          <p className="small" data-testid="assembly-prediction-summary">
            Predicted from the Assembly&apos;s recorded votes{prediction.lastVoteRead ? ` up to ${prediction.lastVoteRead}` : ""}: about {Math.round(prediction.expected.yes)} yes,{" "}
            {Math.round(prediction.expected.no)} no, {Math.round(prediction.expected.abstain)} abstaining, {Math.round(prediction.expected.absent)} absent; chance of adoption by the
            majority asked for then: {percent(prediction.adoptedProbability)}.
          </p>
        ) : null}
      </section>

      <section className="card stack" aria-labelledby="assembly-hall">
        <h2 id="assembly-hall">The hall and the voting board</h2>
        <Hemicycle layout={layout} votes={votes} names={names} caption={session === "emergency" ? "Emergency special session" : "General Assembly"} />
        <div className={styles.groupWrap}>
          <table className={styles.groupTable} data-testid="assembly-groups">
            <caption className="visually-hidden">Votes by regional group</caption>
            <thead>
              <tr>
                <th scope="col">Regional group</th>
                {BOARD_VOTES.map((vote) => (
                  <th key={vote} scope="col">
                    {ASSEMBLY_VOTE_DISPLAY[vote].word}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {blocs
                .filter((bloc) => bloc.kind === "regional-group")
                .map((group) => (
                  <tr key={group.id}>
                    <th scope="row">{group.shortLabel}</th>
                    {BOARD_VOTES.map((vote) => (
                      <td key={vote}>{group.members.filter((iso3) => (votes[iso3] ?? "NP") === vote).length}</td>
                    ))}
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
        <VoteLegend display={ASSEMBLY_VOTE_DISPLAY} />
        <p className="hint">Press a name to change its vote: yes, no, abstain, not voting (absent, or present and not voting).</p>
        <VotingBoard
          seats={seats}
          votes={votes}
          confidence={prediction ? Object.fromEntries(members.map((iso3) => [iso3, votes[iso3] === prediction.board[iso3] ? prediction.confidence[iso3] : undefined]).filter((entry) => entry[1] !== undefined)) : undefined}
          reasons={prediction?.reasons}
          onCycle={(iso3) => dispatch({ type: "cycle-vote", iso3 })}
        />
        {prediction ? (
          <p className="hint" data-testid="assembly-board-note">
            Each Member&apos;s vote is chosen so that the board matches the expected counts: the fewest Members leave their likeliest vote, so one 55% likely to vote yes may show
            as abstaining. Each percentage is the chance of the vote shown.
          </p>
        ) : null}
      </section>

      {prediction ? (
        <section className="card stack" aria-labelledby="assembly-reasons">
          <h2 id="assembly-reasons">Why each Member is predicted so</h2>
          <details>
            <summary>The {seats.length} predictions, with a reason each</summary>
            <div className="table-wrap">
              <table className={styles.reasonTable} data-testid="assembly-reasons-table">
                <thead>
                  <tr>
                    <th scope="col">Member</th>
                    <th scope="col">Predicted</th>
                    <th scope="col">Reason</th>
                  </tr>
                </thead>
                <tbody>
                  {seats.map((seat) => {
                    const vote = prediction.board[seat.iso3];
                    const likeliest = prediction.mostLikely[seat.iso3];
                    return (
                      <tr key={seat.iso3}>
                        <th scope="row">{seat.name}</th>
                        <td>
                          {vote ? `${ASSEMBLY_VOTE_DISPLAY[vote].word} (${percent(prediction.confidence[seat.iso3] ?? 0)})` : "—"}
                          {vote && likeliest && likeliest !== vote ? `; likeliest ${ASSEMBLY_VOTE_DISPLAY[likeliest].word.toLowerCase()}` : ""}
                        </td>
                        <td>{prediction.reasons[seat.iso3] || "—"}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </details>
        </section>
      ) : null}
    </div>
  );
}
