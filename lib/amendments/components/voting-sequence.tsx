"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { ImportantQuestionMajority } from "@/lib/assembly-simulate/components/important-question-majority";
import { decideAssemblyStep, describeAssemblySequenceMajority, type AssemblyStepVote } from "@/lib/core/amend/assembly-vote";
import { ruleOnDivision, type MotionDecision } from "@/lib/core/amend/division";
import { applyChairOrder, proposeOrderOfVoting, type ChairOrder } from "@/lib/core/amend/order";
import { DRAFT_KEY, runVotingSequence, type ItemOutcome, type SequenceStep } from "@/lib/core/amend/sequence";
import { listParagraphEntries } from "@/lib/core/amend/targets";
import { decideStepVote } from "@/lib/core/amend/vote";
import { draftToPlainText } from "@/lib/core/draft/layout";
import type { Draft } from "@/lib/core/draft/schema";
import { getShortName } from "@/lib/core/un/states";
import { suggestMajorityFor, type ImportantQuestionChoice } from "@/lib/core/vote/assembly-board";
import type { AssemblyMajority } from "@/lib/core/vote/assembly-rules";
import { getCouncilVoteSetup } from "@/lib/core/vote/council-of-year";
import type { VoteValue } from "@/lib/core/vote/vote-value";
import { recordAmendmentVotesAction } from "../actions";
import type { StoredAmendment } from "../data";
import { AssemblyStepVoteForm } from "./assembly-step-vote";
import { DivisionMotionVote } from "./division-motion";
import { VotingOrderEditor } from "./voting-order-editor";

type Props = { draftId: string; document: Draft; amendments: StoredAmendment[]; canRecordVotes: boolean; canRuleOrder: boolean; votingOrder: ChairOrder | null };

type Decided = { key: string; label: string; statement: string; outcome: string };

const VOTE_LABELS: Record<VoteValue, string> = { Y: "Yes", N: "No", A: "Abstain", NP: "Not participating" };

/**
 * The simulator of the voting sequence: each amendment in the proposed order, each part voted
 * separately, then the draft as amended — each decided by the Charter's rules (lib/core/vote): on the
 * Council of the draft's year, seat by seat (Art. 27); for an Assembly draft, by the counts of each
 * recorded vote (or without a vote) and the majority chosen for the draft (Art. 18, lib/core/amend/assembly-vote.ts).
 */
export function VotingSequence({ draftId, document, amendments, canRecordVotes, canRuleOrder, votingOrder }: Props) {
  const router = useRouter();
  const year = Math.min(2026, Math.max(1946, Number(document.date?.slice(0, 4)) || 2026));
  const setup = useMemo(() => getCouncilVoteSetup(year), [year]);
  const isAssembly = document.body === "general-assembly";
  // Charter Art. 18(2): the Assembly's majority, suggested from the draft's text and chosen by the user.
  const draftText = useMemo(() => [document.title, draftToPlainText(document)].filter(Boolean).join("\n"), [document]);
  const [question, setQuestion] = useState<ImportantQuestionChoice>("from-text");
  const suggestion = useMemo(() => suggestMajorityFor(question, draftText), [question, draftText]);
  const [majority, setMajority] = useState<AssemblyMajority>(() => suggestMajorityFor("from-text", draftText).majority);
  const rulesOrder = useMemo(() => proposeOrderOfVoting(document, amendments, document.body), [document, amendments]);
  // The chair's ruling, when there is one, sets the order (provisional rule 36, GA rule 90).
  const orderOfVoting = useMemo(() => applyChairOrder(rulesOrder, votingOrder, amendments), [rulesOrder, votingOrder, amendments]);
  const proposed = orderOfVoting.items;
  const [isEditingOrder, setIsEditingOrder] = useState(false);
  const [orderMessage, setOrderMessage] = useState<string | null>(null);
  const [motion, setMotion] = useState<MotionDecision | null>(null);
  const operative = useMemo(() => listParagraphEntries(document).filter((entry) => entry.section === "operative" && entry.level === 0), [document]);
  const [parts, setParts] = useState<string[]>([]);
  const [moverObjects, setMoverObjects] = useState(false);
  const [started, setStarted] = useState(false);
  const [outcomes, setOutcomes] = useState<Record<string, ItemOutcome>>({});
  const [decided, setDecided] = useState<Decided[]>([]);
  const [votes, setVotes] = useState<Record<string, VoteValue>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const division = ruleOnDivision({ body: document.body, parts, objection: moverObjects, ...(motion ? { motionOutcome: motion.outcome } : {}) });
  const run = useMemo(() => {
    const ruling = ruleOnDivision({ body: document.body, parts, objection: moverObjects, ...(motion ? { motionOutcome: motion.outcome } : {}) });
    // Parts are voted in the order of the text.
    const separateParts = ruling.divided ? operative.filter((entry) => parts.includes(entry.id)).map((entry) => entry.id) : [];
    return runVotingSequence({ draft: document, amendments, order: proposed.map((item) => item.id), parts: separateParts, outcomes });
  }, [document, amendments, proposed, operative, parts, moverObjects, motion, outcomes]);
  const next: SequenceStep | undefined = run.next;

  if (!setup && !isAssembly) return null;

  const voteOf = (iso3: string): VoteValue => votes[iso3] ?? "Y";
  const isAmended = run.applied.length > 0 || Object.entries(outcomes).some(([key, outcome]) => key.startsWith("part:") && outcome === "rejected");
  const decideInAssembly = (vote: AssemblyStepVote): string | null => {
    if (!next) return null;
    const result = decideAssemblyStep({ vote, majority, year, kind: next.kind, label: next.label, amended: isAmended });
    if (!result.ok) return result.message;
    const { decision } = result;
    setOutcomes((current) => ({ ...current, [next.key]: decision.itemOutcome }));
    setDecided((current) => [...current, { key: next.key, label: next.label, statement: decision.statement, outcome: decision.itemOutcome === "adopted" ? "adopted" : "failed" }]);
    return null;
  };
  const decide = () => {
    if (!next || !setup) return;
    const amended = isAmended;
    const decision = decideStepVote(
      { members: setup.members, required: setup.required, matter: "substantive", votes: setup.members.map(({ iso3 }) => ({ iso3, vote: voteOf(iso3) })), names: setup.names, year },
      next.kind,
      next.label,
      amended,
    );
    setOutcomes((current) => ({ ...current, [next.key]: decision.itemOutcome }));
    setDecided((current) => [...current, { key: next.key, label: next.label, statement: decision.statement, outcome: decision.outcome }]);
    setVotes({});
  };

  const save = () =>
    startTransition(async () => {
      const results = run.amendments
        .filter((amendment) => amendment.status === "adopted" || amendment.status === "rejected" || amendment.status === "lapsed")
        .filter((amendment) => amendments.find((item) => item.id === amendment.id)?.status === "proposed")
        .map((amendment) => ({ amendmentId: amendment.id, status: amendment.status as "adopted" | "rejected" | "lapsed", ...(amendment.reason ? { note: amendment.reason } : {}) }));
      if (results.length === 0) return;
      const result = await recordAmendmentVotesAction({ draftId, results });
      setSaved(result.ok ? `Results saved for ${result.recorded} amendment${result.recorded === 1 ? "" : "s"}.` : result.message);
      if (result.ok) router.refresh();
    });

  return (
    <section className="card stack" aria-labelledby="sequence-heading">
      <h2 id="sequence-heading">Vote the sequence</h2>
      {isAssembly ? (
        <p className="muted small">
          Amendments before the draft (rule 90: the furthest removed in substance first); the General Assembly of {year}: each vote decided by the Members in favour and against, abstentions not
          counted (Charter Art. 18, rules 83–86), or adopted without a vote.
        </p>
      ) : (
        <p className="muted small">
          Amendments before the draft ({document.body === "security-council" ? "provisional rule 36: additions and deletions first, then the furthest removed in substance" : "rule 90: the furthest removed in substance first"}); the
          Council of {year}; a permanent member&apos;s negative vote defeats an amendment to a substantive draft (Charter Art. 27(3)).
        </p>
      )}
      {orderOfVoting.isRuled && votingOrder ? (
        <p className="notice notice-info" data-testid="order-ruling">
          The order of voting was set{votingOrder.by ? ` by ${votingOrder.by}` : ""}: {votingOrder.reason}
          {orderOfVoting.sinceRuling.length > 0 ? ` (proposed since: ${orderOfVoting.sinceRuling.join(", ")}, placed after the others)` : ""}
        </p>
      ) : null}
      <ol data-testid="voting-order">
        {proposed.map((item) => (
          <li key={item.id}>
            <strong>{item.id}</strong> <span className="muted small">{item.reason}</span>
          </li>
        ))}
      </ol>
      {orderMessage ? (
        <p className="notice notice-ok" role="status" data-testid="order-message">
          {orderMessage}
        </p>
      ) : null}
      {canRuleOrder && !started && proposed.length > 0 ? (
        isEditingOrder ? (
          <VotingOrderEditor
            draftId={draftId}
            items={proposed}
            isRuled={orderOfVoting.isRuled}
            onDone={(message) => {
              setIsEditingOrder(false);
              setOrderMessage(message);
            }}
            onCancel={() => setIsEditingOrder(false)}
          />
        ) : (
          <div>
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => {
                setOrderMessage(null);
                setIsEditingOrder(true);
              }}
            >
              Change the order
            </button>
          </div>
        )
      ) : null}
      {!started ? (
        <div className="stack">
          <fieldset className="row">
            <legend className="small">Separate votes on (division of the question)</legend>
            {operative.map((entry) => (
              <label key={entry.id} className="choice">
                <input
                  type="checkbox"
                  checked={parts.includes(entry.id)}
                  onChange={(event) => {
                    setMotion(null);
                    setParts((current) => (event.target.checked ? [...current, entry.id] : current.filter((id) => id !== entry.id)));
                  }}
                />{" "}
                {entry.target.toUpperCase()}
              </label>
            ))}
          </fieldset>
          {parts.length > 0 ? (
            <label className="choice">
              <input
                type="checkbox"
                checked={moverObjects}
                onChange={(event) => {
                  setMotion(null);
                  setMoverObjects(event.target.checked);
                }}
              />{" "}
              {document.body === "security-council" ? "The original mover objects" : "A delegation objects (the motion for division is voted)"}
            </label>
          ) : null}
          {parts.length > 0 ? (
            <p className="small muted" data-testid="division-ruling">
              {division.reason}
            </p>
          ) : null}
          {parts.length > 0 && moverObjects && document.body === "general-assembly" ? <DivisionMotionVote decision={motion} onDecided={setMotion} year={year} /> : null}
          {isAssembly ? (
            <ImportantQuestionMajority
              className="sub-card stack"
              testId="assembly-majority"
              idPrefix="sequence"
              choice={question}
              onChoice={(choice) => {
                setQuestion(choice);
                setMajority(suggestMajorityFor(choice, draftText).majority);
              }}
              suggestion={suggestion}
              majority={majority}
              onMajority={setMajority}
              legend="Majority of the Members present and voting, for the draft and for its amendments"
              legendClassName="small"
            >
              <p className="hint" data-testid="majority-hint">
                {describeAssemblySequenceMajority(majority)}
              </p>
            </ImportantQuestionMajority>
          ) : null}
          <div>
            <button
              type="button"
              className="button"
              disabled={parts.length > 0 && moverObjects && document.body === "general-assembly" && motion === null}
              onClick={() => {
                setIsEditingOrder(false);
                setStarted(true);
              }}
            >
              Start voting
            </button>
          </div>
        </div>
      ) : (
        <div className="stack">
          {motion ? (
            <p className={`statement statement-${motion.outcome === "adopted" ? "adopted" : "failed"}`} data-testid="sequence-motion-statement">
              {motion.statement}
            </p>
          ) : null}
          <ol className="stack" data-testid="sequence-steps">
            {run.steps.map((step) => {
              const result = decided.find((item) => item.key === step.key);
              return (
                <li key={step.key} data-status={step.status}>
                  <strong>{step.label}</strong> — {step.status}
                  {step.reason ? <span className="muted small"> ({step.reason})</span> : null}
                  {result ? (
                    <p className={`statement statement-${result.outcome}`} data-testid="step-statement">
                      {result.statement}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {isAssembly ? (
            <p className="hint" data-testid="majority-hint">
              {describeAssemblySequenceMajority(majority)}
            </p>
          ) : null}
          {next && isAssembly ? (
            <div className="stack" data-testid="current-vote">
              <h3>Now voting: {next.label}</h3>
              <AssemblyStepVoteForm key={next.key} label={next.label} onDecide={decideInAssembly} />
            </div>
          ) : next && setup ? (
            <div className="stack" data-testid="current-vote">
              <h3>Now voting: {next.label}</h3>
              <div className="control-grid">
                {setup.members.map(({ iso3, permanent }) => (
                  <label key={iso3}>
                    {getShortName(iso3)}
                    {permanent ? " (P5)" : ""}
                    <select aria-label={`Vote of ${getShortName(iso3)}`} value={voteOf(iso3)} onChange={(event) => setVotes((current) => ({ ...current, [iso3]: event.target.value as VoteValue }))}>
                      {(Object.keys(VOTE_LABELS) as VoteValue[]).map((value) => (
                        <option key={value} value={value}>
                          {VOTE_LABELS[value]}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              </div>
              <div>
                <button type="button" className="button" onClick={decide}>
                  Record the vote
                </button>
              </div>
            </div>
          ) : (
            <p className="notice notice-info" data-testid="sequence-complete">
              The sequence is complete: {run.steps.find((step) => step.key === DRAFT_KEY)?.status === "adopted" ? "the draft resolution was adopted." : "the draft resolution was not adopted."}
            </p>
          )}
          {canRecordVotes && decided.length > 0 ? (
            <div className="row">
              <button type="button" className="button button-quiet" disabled={pending} onClick={save}>
                Save the amendments&apos; results
              </button>
              {saved ? <span role="status">{saved}</span> : null}
            </div>
          ) : null}
        </div>
      )}
    </section>
  );
}
