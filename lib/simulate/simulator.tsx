"use client";

import { useRouter } from "next/navigation";
import { useMemo, useReducer, useState, useTransition } from "react";
import type { Amendment } from "@/lib/core/amend/schema";
import type { Draft } from "@/lib/core/draft/schema";
import { withAdoptionAnnouncement, type Adoption } from "@/lib/core/draft/adoption";
import { getCouncil } from "@/lib/core/un/council";
import { getShortName } from "@/lib/core/un/states";
import { countUnMembers } from "@/lib/core/vote/assembly-rules";
import { describeVetoLine } from "@/lib/core/vote/council-rules";
import { describeUnitingForPeacePath, type CouncilSubject } from "@/lib/core/vote/uniting-for-peace";
import { countVotes } from "@/lib/core/vote/vote-value";
import { predictAction, saveSimulationAction } from "./actions";
import { SimulationHistory, type SimulationHistoryEntry } from "./components/simulation-history";
import { ExplanationsPanel } from "./components/explanations-panel";
import { SimulatorControls } from "./components/simulator-controls";
import { VoteLegend } from "./components/vote-legend";
import { VoteTally } from "./components/vote-tally";
import { ReferralVoteNote, WayOn } from "./components/way-on";
import { decideSimulation, decideSimulationStep } from "./decide";
import { amendmentSequenceReducer, initialAmendmentSequence, listAmendmentsToVote, recordNextVote, viewSequence, type AmendmentSequenceAction, type AmendmentSequenceState } from "./amendment-sequence";
import { AmendmentSequencePanel } from "./components/amendment-sequence-panel";
import { Horseshoe, type HorseshoeSeat } from "./horseshoe";
import { PredictionPanel } from "./prediction-panel";
import { effectiveMatter, initialSimulatorState, partiesMustAbstain, preliminaryQuestionOf, seatVotes, simulatorReducer, voteQueryOf } from "./simulator-state";
import { encodeVoteQuery } from "./vote-query";

type Props = {
  initialYear: number;
  /** The draft voted on; `adoption` when it was marked adopted (Council drafts only here). */
  draft: { id: string; label: string; date: string | null; subject?: CouncilSubject; adoption?: Adoption | null } | null;
  isSignedIn: boolean;
  history: SimulationHistoryEntry[];
  /** A Council draft's text and its amendments as stored: with amendments to vote, the simulator offers the sequence. */
  amendable?: { document: Draft; amendments: Amendment[] } | null;
};

/** The Members of the United Nations whose majority can also convene an emergency special session. */
const UN_MEMBER_COUNT = countUnMembers();

export function Simulator({ initialYear, draft, isSignedIn, history, amendable = null }: Props) {
  const router = useRouter();
  const [state, dispatch] = useReducer(simulatorReducer, undefined, () => initialSimulatorState(initialYear, draft?.date ?? null));
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [isPredicting, startPredict] = useTransition();
  const [isSaving, startSave] = useTransition();
  const { year, matter, votes, prediction } = state;
  const draftId = draft?.id ?? null;
  const [sequence, setSequence] = useState<AmendmentSequenceState>(initialAmendmentSequence);
  const pendingAmendments = useMemo(() => (amendable ? listAmendmentsToVote(amendable.amendments).length : 0), [amendable]);
  const sequenceContext = useMemo(() => (amendable ? { draft: amendable.document, amendments: amendable.amendments } : null), [amendable]);
  const sequenceView = useMemo(() => (sequenceContext && sequence.phase !== "off" ? viewSequence(sequenceContext, sequence) : null), [sequenceContext, sequence]);
  const nextStep = sequence.phase === "voting" ? sequenceView?.run.next : undefined;

  const council = getCouncil(year)!;
  const mustAbstain = partiesMustAbstain(state);
  const seats: HorseshoeSeat[] = council.members.map((member) => ({
    iso3: member.iso3,
    name: member.name,
    shortName: member.historicalCode ? member.name : getShortName(member.iso3),
    permanent: member.permanent,
    vote: votes[member.iso3] ?? "Y",
    isParty: mustAbstain.includes(member.iso3),
  }));
  const names = Object.fromEntries(seats.map((seat) => [seat.iso3, seat.name]));

  const query = voteQueryOf(state, draftId);
  // In a sequence, the vote on the horseshoe is the vote on its next item, worded for what is voted.
  const stepDecided = nextStep && sequenceView ? decideSimulationStep(query, nextStep, sequenceView.run.amended) : null;
  const counted = stepDecided ?? decideSimulation(query);
  // An adopted draft marked with its resolution: the President announces the number after the count.
  const decided =
    counted.ok && draft?.adoption && (!nextStep || nextStep.kind === "draft")
      ? { ...counted, decision: { ...counted.decision, statement: withAdoptionAnnouncement(counted.decision.statement, counted.decision.outcome, { body: "security-council", adoption: draft.adoption }) } }
      : counted;
  const cast = seatVotes(state);
  const tally = countVotes(cast.map((seat) => seat.vote));
  const preliminary = preliminaryQuestionOf(state);
  const vetoLine = describeVetoLine({ members: council.members, required: council.required, matter: effectiveMatter(state), votes: cast, names });

  function onSequenceAction(action: AmendmentSequenceAction) {
    setSequence((current) => amendmentSequenceReducer(current, action));
    // Each sequence starts from the preset votes, as each of its votes does.
    if (action.type === "start" || action.type === "restart") dispatch({ type: "next-vote" });
  }

  function recordStep() {
    if (!nextStep || !sequenceContext || !stepDecided?.ok) return;
    const decision = stepDecided.decision;
    setSequence((current) => recordNextVote(sequenceContext, current, nextStep.key, decision));
    dispatch({ type: "next-vote" });
  }

  function predict() {
    setMessage(null);
    startPredict(async () => {
      const result = await predictAction({ year, draftId, matter, topic: state.topic, sponsors: draft ? [] : state.sponsors, voteDate: state.voteDate || null });
      if (result.ok) dispatch({ type: "apply-prediction", prediction: result.value });
      else setMessage({ kind: "error", text: result.message });
    });
  }

  function save() {
    setMessage(null);
    startSave(async () => {
      const result = await saveSimulationAction({ ...query, presidentIso3: state.presidentIso3, label: "" });
      if (result.ok) {
        setMessage({ kind: "ok", text: "Vote saved." });
        router.refresh();
      } else setMessage({ kind: "error", text: result.message });
    });
  }

  const decision = decided.ok ? decided.decision : null;
  const path = decision ? describeUnitingForPeacePath(decision, { unMemberCount: UN_MEMBER_COUNT, subject: draft?.subject }) : null;

  return (
    <div className="simulator">
      <SimulatorControls
        state={state}
        dispatch={dispatch}
        council={council}
        draft={draft}
        isSignedIn={isSignedIn}
        canSave={decided.ok}
        isPredicting={isPredicting}
        isSaving={isSaving}
        onPredict={predict}
        onSave={save}
        voteRecordHref={`/api/vote-record?${encodeVoteQuery(query).toString()}`}
        message={message}
      />

      {amendable && (sequence.phase !== "off" || pendingAmendments > 0) ? (
        <AmendmentSequencePanel
          draft={amendable.document}
          pendingCount={pendingAmendments}
          state={sequence}
          view={sequenceView}
          onAction={onSequenceAction}
          onRecord={recordStep}
          canRecord={Boolean(stepDecided?.ok)}
        />
      ) : null}

      <section className="card simulator-chamber" aria-label={nextStep ? `The vote on ${nextStep.label}` : "The vote"}>
        <Horseshoe
          seats={seats}
          presidentIso3={state.presidentIso3}
          onCycle={(iso3) => dispatch({ type: "cycle-vote", iso3 })}
          confidence={prediction ? Object.fromEntries(Object.entries(prediction.members).map(([iso3, p]) => [iso3, p[votes[iso3] as "Y" | "N" | "A"] ?? 0])) : undefined}
        />
        <VoteLegend />
        <VoteTally
          tally={tally}
          required={council.required}
          size={council.size}
          vetoLine={vetoLine}
          decided={decided}
          note={
            <>
              {state.isReferralVote && matter === "procedural" ? <ReferralVoteNote required={council.required} /> : null}
              {preliminary ? (
                <div className="notice notice-info" data-testid="preliminary-question">
                  <p>
                    <strong>Preliminary question.</strong> {preliminary.preliminary.statement}
                  </p>
                  <p className="small">{preliminary.explanation}</p>
                </div>
              ) : null}
            </>
          }
        >
          {decision?.outcome === "vetoed" && path?.kind === "emergency-special-session" ? (
            <WayOn
              description={path.description}
              voteDate={state.voteDate || null}
              year={year}
              draftId={draftId}
              onHoldReferralVote={() => dispatch({ type: "hold-referral-vote" })} />
          ) : null}
          {decision?.outcome === "vetoed" && path?.kind === "not-applicable" ? (
            <p className="notice notice-info small" data-testid="no-way-on">
              {path.reason}
            </p>
          ) : null}
        </VoteTally>
      </section>

      <ExplanationsPanel state={state} dispatch={dispatch} members={council.members} />

      {prediction ? <PredictionPanel prediction={prediction} names={names} /> : null}

      {isSignedIn ? <SimulationHistory heading={draft ? "Past votes on this draft" : "Your past standalone votes"} entries={history} /> : null}
    </div>
  );
}
