"use client";

import Link from "next/link";
import { useState } from "react";
import { IMPORTANT_QUESTIONS, suggestAssemblyMajority } from "@/lib/core/vote/important-questions";
import { VOTE_DISPLAY } from "@/lib/simulate/vote-display";
import type { BallotValue, ClassView, VoteBasis, VoteMajority, VoteMatter, VoteView } from "../view";
import { classPath, downloadFile } from "./class-api";
import { Chamber, ChamberLegend } from "./chamber";
import { VoteProgress, VoteResult, voteKindLabel } from "./live-parts";
import { byLabel, chamberSeats, SEAT_STATE_DISPLAY } from "./seat-display";
import { ErrorNotice, useClassAction } from "./use-class-action";
import { VoteButtons } from "./vote-buttons";

type Props = { view: ClassView; onChanged: () => void; onOwnBallot: (voteId: string, vote: BallotValue) => void };

/** The chair's vote: open one, watch it live, override bots, close, and after a veto the way on. */
export function VotePanel({ view, onChanged, onOwnBallot }: Props) {
  const open = view.votes.find((vote) => vote.status === "open") ?? null;
  const lastClosed = [...view.votes].filter((vote) => vote.status === "closed").sort((left, right) => (right.closedAt ?? "").localeCompare(left.closedAt ?? ""))[0] ?? null;
  return (
    <section className="card vote-panel" aria-labelledby="vote-heading">
      <h2 id="vote-heading">{open ? "Vote in progress" : "Vote"}</h2>
      {open ? (
        <OpenVote view={view} vote={open} onChanged={onChanged} onOwnBallot={onOwnBallot} />
      ) : (
        <>
          {lastClosed ? <ClosedVote view={view} vote={lastClosed} onChanged={onChanged} /> : null}
          {view.status === "open" ? <OpenVoteForm view={view} onChanged={onChanged} /> : null}
          {view.status === "open" ? <DivisionForm view={view} onChanged={onChanged} /> : null}
        </>
      )}
    </section>
  );
}

/** "2, 4" or "2 and 4" → [2, 4]; null when something other than whole numbers was typed. */
function parseParagraphNumbers(text: string): number[] | null {
  const tokens = text.split(/[\s,;]+|\band\b/).filter((token) => token.length > 0);
  if (tokens.length === 0 || tokens.some((token) => !/^\d{1,4}$/.test(token))) return null;
  return tokens.map(Number);
}

/**
 * Division of the question: the chair asks for separate votes on operative paragraphs of a tabled
 * draft (numbered as in the text as amended so far), and records an objection — the mover's in the
 * Council (rule 32: no separate votes), a delegation's in the Assembly (rule 89: the motion is voted).
 */
function DivisionForm({ view, onChanged }: { view: ClassView; onChanged: () => void }) {
  const { busy, error, setError, run } = useClassAction(onChanged);
  const isCouncil = view.body === "security-council";
  // Drafts whose draft vote has not begun and on which no division was asked.
  const candidates = view.drafts.filter((draft) => {
    if (draft.sequence?.division) return false;
    const draftItem = draft.sequence?.items.find((item) => item.kind === "draft");
    if (draftItem && draftItem.status !== "next" && draftItem.status !== "pending") return false;
    return !view.votes.some((vote) => vote.draftId === draft.id && !vote.step);
  });
  const [draftChoice, setDraftId] = useState("");
  const draftId = candidates.some((draft) => draft.id === draftChoice) ? draftChoice : (candidates.at(-1)?.id ?? "");
  const [parts, setParts] = useState("");
  const [objection, setObjection] = useState(false);
  if (candidates.length === 0) return null;
  return (
    <details className="division-form">
      <summary>Division of the question: separate votes on parts</summary>
      <form
        className="stack"
        aria-label="Ask for division of the question"
        onSubmit={(event) => {
          event.preventDefault();
          const numbers = parseParagraphNumbers(parts);
          if (!numbers) {
            setError("Name the operative paragraphs by their numbers, e.g. “2, 4”.");
            return;
          }
          void run(`${classPath(view.id, "drafts", draftId)}/division`, "POST", { parts: numbers, objection }).then((answer) => {
            if (answer?.ok) {
              setParts("");
              setObjection(false);
            }
          });
        }}
      >
        <div>
          <label htmlFor="division-draft">Draft</label>
          <select id="division-draft" value={draftId} onChange={(event) => setDraftId(event.target.value)}>
            {candidates.map((draft) => (
              <option key={draft.id} value={draft.id}>
                {draft.title || "Untitled draft"}
                {draft.symbol ? ` (${draft.symbol})` : ""}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="division-parts">Operative paragraphs to vote on separately</label>
          <input id="division-parts" type="text" inputMode="numeric" maxLength={100} value={parts} placeholder="2, 4" onChange={(event) => setParts(event.target.value)} aria-describedby="division-parts-help" />
          <span id="division-parts-help" className="muted small">
            {" "}Numbered as in the text as amended so far.
          </span>
        </div>
        <label className="choice">
          <input type="checkbox" checked={objection} onChange={(event) => setObjection(event.target.checked)} />{" "}
          {isCouncil ? "The sponsors (the original mover) object — no separate votes (provisional rule 32)" : "A delegation objects — the motion for division is put to the vote first (rule 89)"}
        </label>
        <button type="submit" className="button button-quiet" disabled={busy || !draftId}>
          Ask for separate votes
        </button>
        <ErrorNotice error={error} />
      </form>
    </details>
  );
}

function OpenVoteForm({ view, onChanged }: { view: ClassView; onChanged: () => void }) {
  const { busy, error, setError, run } = useClassAction(onChanged);
  const isCouncil = view.body === "security-council";
  // Until the chair chooses, a tabled draft (substantive) is the default, else a procedural motion.
  const [kindChoice, setKind] = useState<"draft" | "motion" | null>(null);
  const kind = kindChoice ?? (view.drafts.length > 0 ? "draft" : "motion");
  const [draftChoice, setDraftId] = useState("");
  const draftId = view.drafts.some((draft) => draft.id === draftChoice) ? draftChoice : (view.drafts.at(-1)?.id ?? "");
  const [title, setTitle] = useState("");
  const [matterChoice, setMatter] = useState<VoteMatter | null>(null);
  const matter = matterChoice ?? (kind === "draft" ? "substantive" : "procedural");
  const [majorityChoice, setMajority] = useState<VoteMajority | null>(null);
  const [basis, setBasis] = useState<VoteBasis>("chapter-vii");
  const [parties, setParties] = useState<string[]>([]);
  const [rollCall, setRollCall] = useState(false);
  const [hideTally, setHideTally] = useState(false);
  const chosenDraft = view.drafts.find((draft) => draft.id === draftId) ?? null;
  // A draft tabled with amendments: its amendments are voted first, one vote each, then the draft as amended.
  const [inSequenceChoice, setInSequence] = useState(true);
  const sequenceNext = kind === "draft" ? (chosenDraft?.sequence?.next ?? null) : null;
  const inSequence = sequenceNext !== null && inSequenceChoice;
  // Art. 18(2): the important questions suggest two-thirds until the chair chooses.
  const suggestion = suggestAssemblyMajority(kind === "draft" ? (chosenDraft?.title ?? "") : title);
  const majority = majorityChoice ?? suggestion.majority;

  return (
    <form
      className="open-vote-form stack"
      aria-label="Open a vote"
      onSubmit={(event) => {
        event.preventDefault();
        if (kind === "draft" && !chosenDraft) {
          setError("Choose a tabled draft, or vote on a procedural motion.");
          return;
        }
        if (kind === "motion" && !title.trim()) {
          setError("Say what the motion is, e.g. “Motion to adjourn the meeting”.");
          return;
        }
        void run(classPath(view.id, "votes"), "POST", {
          kind,
          ...(kind === "draft" ? { draftId, ...(inSequence ? { sequence: true } : { title: chosenDraft?.title }) } : { title: title.trim() }),
          matter,
          ...(isCouncil && matter === "substantive" ? { basis, parties: basis === "chapter-vi" ? parties : [] } : {}),
          ...(!isCouncil ? { majority: matter === "procedural" ? "simple" : majority } : {}),
          rollCall,
          hideTally,
        });
      }}
    >
      <h3>Open a vote</h3>
      <fieldset>
        <legend>On</legend>
        <label className="choice">
          <input type="radio" name="vote-kind" checked={kind === "draft"} onChange={() => { setKind("draft"); setMatter("substantive"); }} disabled={view.drafts.length === 0} /> A tabled draft
          {view.drafts.length === 0 ? <span className="muted small"> (none tabled yet)</span> : null}
        </label>
        <label className="choice">
          <input type="radio" name="vote-kind" checked={kind === "motion"} onChange={() => { setKind("motion"); setMatter("procedural"); }} /> A procedural motion
        </label>
      </fieldset>
      {kind === "draft" ? (
        <div>
          <label htmlFor="vote-draft">Draft</label>
          <select id="vote-draft" value={draftId} onChange={(event) => setDraftId(event.target.value)}>
            {view.drafts.map((draft) => (
              <option key={draft.id} value={draft.id}>
                {draft.title || "Untitled draft"}
                {draft.symbol ? ` (${draft.symbol})` : ""}
              </option>
            ))}
          </select>
          {sequenceNext ? (
            <label className="choice" data-testid="vote-in-sequence">
              <input type="checkbox" checked={inSequenceChoice} onChange={(event) => setInSequence(event.target.checked)} />{" "}
              {chosenDraft?.sequence?.division ? "Vote in sequence: amendments and separate parts before the draft" : "Vote its amendments first, in the order of voting"}
              <span className="muted small"> (next: {sequenceNext.label})</span>
            </label>
          ) : null}
        </div>
      ) : (
        <div>
          <label htmlFor="vote-title">Motion</label>
          <input id="vote-title" type="text" maxLength={200} value={title} placeholder="Motion to adjourn the meeting" onChange={(event) => setTitle(event.target.value)} />
        </div>
      )}
      <div className="form-grid">
        <fieldset>
          <legend>Matter</legend>
          <label className="choice">
            <input type="radio" name="vote-matter" checked={matter === "substantive"} onChange={() => setMatter("substantive")} /> Substantive
            {isCouncil ? <span className="muted small"> (veto applies)</span> : null}
          </label>
          <label className="choice">
            <input type="radio" name="vote-matter" checked={matter === "procedural"} onChange={() => setMatter("procedural")} /> Procedural
          </label>
        </fieldset>
        {isCouncil && matter === "substantive" ? (
          <fieldset>
            <legend>Basis</legend>
            <label className="choice">
              <input type="radio" name="vote-basis" checked={basis === "chapter-vii"} onChange={() => setBasis("chapter-vii")} /> Chapter VII
            </label>
            <label className="choice">
              <input type="radio" name="vote-basis" checked={basis === "chapter-vi"} onChange={() => setBasis("chapter-vi")} /> Chapter VI (parties abstain)
            </label>
          </fieldset>
        ) : null}
        {!isCouncil && matter === "substantive" ? (
          <fieldset>
            <legend>Majority</legend>
            <label className="choice">
              <input type="radio" name="vote-majority" checked={majority === "simple"} onChange={() => setMajority("simple")} /> Simple majority (Art. 18(3))
            </label>
            <label className="choice">
              <input type="radio" name="vote-majority" checked={majority === "two-thirds"} onChange={() => setMajority("two-thirds")} /> Two-thirds: an important question (Art. 18(2))
            </label>
            <p className="hint" data-testid="majority-suggestion">
              Suggested: {suggestion.majority === "two-thirds" ? "two-thirds" : "simple majority"} — {suggestion.reason}. Art. 18(2) lists{" "}
              {IMPORTANT_QUESTIONS.map((question) => question.label).join("; ")}.
            </p>
          </fieldset>
        ) : null}
      </div>
      {isCouncil && matter === "substantive" && basis === "chapter-vi" ? (
        <fieldset>
          <legend>Parties to the dispute (Art. 27(3): they abstain)</legend>
          <div className="party-grid">
            {view.seatList.map((seat) => (
              <label key={seat.iso3} className="choice">
                <input
                  type="checkbox"
                  checked={parties.includes(seat.iso3)}
                  onChange={(event) => setParties((current) => (event.target.checked ? [...current, seat.iso3] : current.filter((item) => item !== seat.iso3)))}
                />{" "}
                {seat.shortName}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="row">
        <label className="choice">
          <input type="checkbox" checked={rollCall} onChange={(event) => setRollCall(event.target.checked)} /> Roll-call (seats called in English alphabetical order from one drawn by lot)
        </label>
        <label className="choice">
          <input type="checkbox" checked={hideTally} onChange={(event) => setHideTally(event.target.checked)} /> Hide the tally until closing
        </label>
      </div>
      <button type="submit" className="button" disabled={busy}>
        {inSequence && sequenceNext ? `Open the vote on ${sequenceNext.kind === "amendment" ? sequenceNext.label.replace(/ \(.*$/, "") : sequenceNext.label.toLowerCase()}` : "Open the vote"}
      </button>
      <ErrorNotice error={error} />
    </form>
  );
}

function OpenVote({ view, vote, onChanged, onOwnBallot }: { view: ClassView; vote: VoteView; onChanged: () => void; onOwnBallot: (voteId: string, vote: BallotValue) => void }) {
  const { busy, error, run } = useClassAction(onChanged);
  const [botsVoteForSilent, setBotsVoteForSilent] = useState(false);
  const seats = chamberSeats(view, vote);
  const nextToCall = vote.rollCallOrder?.find((iso3) => !vote.ballots?.[iso3]) ?? null;
  const nameOf = (iso3: string) => view.seatList.find((seat) => seat.iso3 === iso3)?.name ?? iso3;

  return (
    <div className="stack">
      <p className="vote-title">
        <span className="muted small">
          {voteKindLabel(vote)} · {vote.matter === "substantive" ? "substantive" : "procedural"}
          {vote.basis ? ` · ${vote.basis === "chapter-vi" ? "Chapter VI" : "Chapter VII"}` : ""}
          {vote.parties.length > 0 ? ` · parties: ${vote.parties.map(nameOf).join(", ")}` : ""}
        </span>
        <br />
        <strong data-testid="vote-title">{vote.title}</strong>
        {vote.draftId ? (
          <>
            {" "}
            <Link href={`/classes/${view.id}/drafts/${vote.draftId}`}>Read the draft</Link>
          </>
        ) : null}
      </p>
      <VoteProgress vote={vote} seatCount={view.seatList.length} />
      {vote.rollCall && vote.rollCallOrder ? (
        <p className="roll-call" data-testid="roll-call">
          Roll-call from <strong>{nameOf(vote.rollCallOrder[0])}</strong> (drawn by lot).{" "}
          {nextToCall ? (
            <>
              Call next: <strong>{nameOf(nextToCall)}</strong>
            </>
          ) : (
            "Every seat has voted."
          )}
        </p>
      ) : null}
      {vote.rollCall && vote.rollCallOrder && vote.ballots ? (
        <details className="roll-call-order">
          <summary>
            Order of the roll-call ({vote.rollCallOrder.filter((iso3) => vote.ballots?.[iso3]).length} of {vote.rollCallOrder.length} answered)
          </summary>
          <ol data-testid="roll-call-order">
            {vote.rollCallOrder.map((iso3) => {
              const answered = vote.ballots?.[iso3];
              return (
                <li key={iso3} aria-current={iso3 === nextToCall ? "step" : undefined}>
                  {nameOf(iso3)}: {answered ? `${answered.vote === "Y" ? "yes" : answered.vote === "N" ? "no" : "abstains"}${answered.by === "bot" ? " (bot)" : ""}` : iso3 === nextToCall ? "to be called now" : "not yet called"}
                </li>
              );
            })}
          </ol>
        </details>
      ) : null}
      {view.me.seat ? (
        <div className="own-seat-vote">
          <h3>Your delegation: {nameOf(view.me.seat)}</h3>
          <VoteButtons view={view} vote={vote} onRecorded={(value) => onOwnBallot(vote.id, value)} />
        </div>
      ) : null}
      {vote.ballots ? <Chamber seats={seats} body={view.body} /> : null}
      {vote.ballots ? <ChamberLegend /> : null}
      {vote.ballots ? <BallotTable view={view} vote={vote} onChanged={onChanged} /> : <p className="muted small">The tally is hidden until the vote closes; the screens show only how many have voted.</p>}
      <div className="close-vote">
        <label className="choice">
          <input type="checkbox" checked={botsVoteForSilent} onChange={(event) => setBotsVoteForSilent(event.target.checked)} /> Let bots vote for delegates who did not vote
        </label>
        <p className="hint">Otherwise a seat whose delegate did not vote is counted as not participating.</p>
        <button type="button" className="button" disabled={busy} onClick={() => void run(classPath(view.id, "votes", vote.id, "close"), "POST", { botsVoteForSilent })}>
          Close the vote
        </button>
      </div>
      <ErrorNotice error={error} />
    </div>
  );
}

/** Every seat's ballot; bot seats can be overridden by the chair. */
function BallotTable({ view, vote, onChanged }: { view: ClassView; vote: VoteView; onChanged: () => void }) {
  const { busy, error, run } = useClassAction(onChanged);
  const seats = chamberSeats(view, vote);
  return (
    <details className="ballot-details">
      <summary>Ballots by seat, and the bots’ votes to override ({seats.filter((seat) => seat.isBot).length} bot seats)</summary>
      <ErrorNotice error={error} />
      <div className="table-wrap">
        <table className="data ballot-table">
          <thead>
            <tr>
              <th scope="col">Seat</th>
              <th scope="col">Played by</th>
              <th scope="col">Vote</th>
            </tr>
          </thead>
          <tbody>
            {seats.map((seat) => {
              const display = SEAT_STATE_DISPLAY[seat.state];
              return (
                <tr key={seat.iso3} data-testid={`ballot-row-${seat.iso3}`}>
                  <td>
                    {seat.name}
                    {seat.permanent ? " ★" : ""}
                  </td>
                  <td>{seat.isBot ? <span className="badge badge-bot">Bot</span> : seat.delegateNames.join(", ")}</td>
                  <td>
                    {seat.isBot && vote.status === "open" ? (
                      <>
                        <label htmlFor={`override-${seat.iso3}`} className="visually-hidden">
                          Vote of {seat.name} (bot)
                        </label>
                        <select
                          id={`override-${seat.iso3}`}
                          value={seat.state === "Y" || seat.state === "N" || seat.state === "A" ? seat.state : ""}
                          disabled={busy}
                          onChange={(event) => void run(classPath(view.id, "votes", vote.id, "bots"), "POST", { iso3: seat.iso3, vote: event.target.value })}
                        >
                          {seat.state === "pending" ? <option value="">Not yet voted</option> : null}
                          {(["Y", "N", "A"] as const).map((value) => (
                            <option key={value} value={value}>
                              {VOTE_DISPLAY[value].symbol} {VOTE_DISPLAY[value].word}
                            </option>
                          ))}
                        </select>
                        {seat.by === "chair" ? <span className="small muted"> {byLabel(seat.by)}</span> : null}
                      </>
                    ) : (
                      <span className={`vote-chip ${display.className}`}>
                        <span aria-hidden="true">{display.symbol}</span> {display.word}
                        {seat.by && seat.by !== "delegate" && seat.by !== "none" ? <span className="small"> · {byLabel(seat.by)}</span> : null}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function ClosedVote({ view, vote, onChanged }: { view: ClassView; vote: VoteView; onChanged: () => void }) {
  const { busy, error, run } = useClassAction(onChanged);
  const result = vote.result;
  const wayOn = result?.wayOn ?? null;
  const referralHeld = view.votes.some((item) => item.kind === "referral" && item.openedAt > (vote.closedAt ?? ""));
  return (
    <div className="stack last-result">
      <p className="vote-title">
        <span className="muted small">Last vote · {voteKindLabel(vote)}</span>
        <br />
        <strong>{vote.title}</strong>
      </p>
      <VoteResult vote={vote} />
      {wayOn && !referralHeld && view.status === "open" ? (
        <div className="notice notice-info way-on" data-testid="way-on">
          <p>
            <strong>The way on after the veto.</strong> {wayOn.description}
          </p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run(classPath(view.id, "votes"), "POST", {
                kind: "referral",
                matter: "procedural",
                title: `Referral to an emergency special session of the General Assembly (resolution 377 A (V)): ${vote.title}`,
              })
            }
          >
            Hold the referral vote (Uniting for Peace)
          </button>
        </div>
      ) : null}
      <ErrorNotice error={error} />
    </div>
  );
}

/** Every closed vote of the class, with the record's downloads. */
export function PastVotes({ view }: { view: ClassView }) {
  const [status, setStatus] = useState<string | null>(null);
  const closed = view.votes.filter((vote) => vote.status === "closed");
  async function download(kind: "docx" | "csv") {
    setStatus(`Preparing the ${kind === "docx" ? "Word" : "CSV"} record…`);
    const answer = await downloadFile(`${classPath(view.id)}/record.${kind}`, `class-record.${kind}`);
    setStatus(answer.ok ? `Downloaded ${answer.name}.` : answer.message);
  }
  return (
    <section className="card" aria-labelledby="past-heading">
      <div className="panel-head">
        <h2 id="past-heading">Record of votes</h2>
        <div className="row">
          <button type="button" className="button button-quiet" onClick={() => void download("docx")}>
            Record (.docx)
          </button>
          <button type="button" className="button button-quiet" onClick={() => void download("csv")}>
            Record (.csv)
          </button>
        </div>
      </div>
      <p className="small" role="status" data-testid="record-status">
        {status}
      </p>
      {closed.length === 0 ? (
        <p className="muted">No vote has been held yet.</p>
      ) : (
        <ol className="past-votes">
          {closed.map((vote) => (
            <li key={vote.id}>
              <p>
                <strong>{vote.title}</strong> <span className="muted small">· {voteKindLabel(vote)}</span>
              </p>
              {vote.result ? (
                <p className="small">
                  <span className={`badge outcome-${vote.result.outcome}`}>{vote.result.outcome}</span> {vote.result.statement}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
