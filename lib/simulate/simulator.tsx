"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { COUNCIL_YEARS_NEWEST_FIRST, getCouncil } from "@/lib/core/un/council";
import { getShortName } from "@/lib/core/un/states";
import { describeUnitingForPeacePath } from "@/lib/core/vote/uniting-for-peace";
import { vetoInitiativeDeadline, VETO_INITIATIVE_ADOPTED } from "@/lib/core/vote/veto-initiative";
import type { VoteValue } from "@/lib/core/vote/vote-value";
import type { DraftPrediction } from "@/lib/core/predict/predict-vote";
import { formatUnDate } from "@/lib/core/docx/un-date";
import { StateListPicker } from "@/lib/states/state-list-picker";
import { predictAction, saveSimulationAction } from "./actions";
import { decideSimulation } from "./decide";
import { Horseshoe, type HorseshoeSeat } from "./horseshoe";
import { PredictionPanel } from "./prediction-panel";
import type { SimulationInput } from "./schema";
import { nextVote, VOTE_DISPLAY } from "./vote-display";

type Props = {
  initialYear: number;
  draft: { id: string; label: string; date: string | null } | null;
  isSignedIn: boolean;
  history: { id: string; createdAt: string; input: SimulationInput; statement: string; outcome: string }[];
};


function allYes(year: number): Record<string, VoteValue> {
  return Object.fromEntries((getCouncil(year)?.members ?? []).map((member) => [member.iso3, "Y" as VoteValue]));
}

export function Simulator({ initialYear, draft, isSignedIn, history }: Props) {
  const router = useRouter();
  const [year, setYear] = useState(initialYear);
  const [matter, setMatter] = useState<"substantive" | "procedural">("substantive");
  const [pacificSettlement, setPacificSettlement] = useState<"chapter-vi" | "article-52-3" | null>(null);
  const [parties, setParties] = useState<string[]>([]);
  const [votes, setVotes] = useState<Record<string, VoteValue>>(() => allYes(initialYear));
  const [presidentIso3, setPresidentIso3] = useState<string | null>(() => getCouncil(initialYear)?.members[0]?.iso3 ?? null);
  const [voteDate, setVoteDate] = useState<string>(draft?.date?.startsWith(`${initialYear}-`) ? draft.date : "");
  const [topic, setTopic] = useState("");
  const [sponsors, setSponsors] = useState<string[]>([]);
  // Seats whose vote was set by hand (a student's): Predict can leave them as they are.
  const [setByHand, setSetByHand] = useState<string[]>([]);
  const [keepHandVotes, setKeepHandVotes] = useState(true);
  // After a veto: the same Council votes on calling an emergency special session (procedural).
  const [isReferralVote, setIsReferralVote] = useState(false);
  const [prediction, setPrediction] = useState<DraftPrediction | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [isPredicting, startPredict] = useTransition();
  const [isSaving, startSave] = useTransition();

  const council = getCouncil(year)!;
  const partiesMustAbstain = matter === "substantive" && pacificSettlement !== null;
  const seats: HorseshoeSeat[] = council.members.map((member) => ({
    iso3: member.iso3,
    name: member.name,
    shortName: member.historicalCode ? member.name : getShortName(member.iso3),
    permanent: member.permanent,
    vote: votes[member.iso3] ?? "Y",
    isParty: partiesMustAbstain && parties.includes(member.iso3),
  }));

  const decided = useMemo(
    () => decideSimulation({ year, matter, pacificSettlement, parties: partiesMustAbstain ? parties : [], votes }),
    [year, matter, pacificSettlement, parties, partiesMustAbstain, votes],
  );
  const tally = useMemo(() => {
    const counts = { Y: 0, N: 0, A: 0, NP: 0 };
    for (const member of council.members) counts[votes[member.iso3] ?? "Y"]++;
    return counts;
  }, [council, votes]);
  const handSetNames = setByHand.map((iso3) => council.members.find((member) => member.iso3 === iso3)?.name ?? iso3).join(", ");
  const permanentAgainst = council.members.filter((member) => member.permanent && votes[member.iso3] === "N");

  function changeYear(next: number) {
    setYear(next);
    setIsReferralVote(false);
    setVotes(allYes(next));
    setSetByHand([]);
    setPresidentIso3(getCouncil(next)?.members[0]?.iso3 ?? null);
    setParties((current) => current.filter((iso3) => getCouncil(next)?.members.some((member) => member.iso3 === iso3) || !getCouncil(next)));
    setPrediction(null);
    if (voteDate && !voteDate.startsWith(`${next}-`)) setVoteDate("");
  }

  function cycle(iso3: string) {
    const isParty = partiesMustAbstain && parties.includes(iso3);
    // Charter Art. 27(3): a party to the dispute abstains on Chapter VI and Art. 52(3) decisions.
    setVotes((current) => ({ ...current, [iso3]: nextVote(current[iso3] ?? "Y", isParty ? ["A", "NP"] : undefined) }));
    setSetByHand((current) => (current.includes(iso3) ? current : [...current, iso3]));
  }

  function resetToAllYes() {
    setVotes(allYes(year));
    setSetByHand([]);
  }

  function applyPrediction(result: DraftPrediction) {
    setPrediction(result);
    setVotes((current) => {
      const next = { ...current };
      for (const [iso3, vote] of Object.entries(result.mostLikely)) {
        if (keepHandVotes && setByHand.includes(iso3)) continue;
        const isParty = partiesMustAbstain && parties.includes(iso3);
        next[iso3] = isParty && (vote === "Y" || vote === "N") ? "A" : vote;
      }
      return next;
    });
  }

  function predict() {
    setMessage(null);
    startPredict(async () => {
      const result = await predictAction({ year, draftId: draft?.id ?? null, matter, topic, sponsors: draft ? [] : sponsors, voteDate: voteDate || null });
      if (result.ok) applyPrediction(result.value);
      else setMessage({ kind: "error", text: result.message });
    });
  }

  function save() {
    setMessage(null);
    startSave(async () => {
      const result = await saveSimulationAction({
        year,
        matter,
        pacificSettlement,
        parties,
        votes,
        presidentIso3,
        voteDate: voteDate || null,
        draftId: draft?.id ?? null,
        label: "",
      });
      if (result.ok) {
        setMessage({ kind: "ok", text: "Vote saved." });
        router.refresh();
      } else setMessage({ kind: "error", text: result.message });
    });
  }

  const decision = decided.ok ? decided.decision : null;
  const path = decision ? describeUnitingForPeacePath(decision, { unMemberCount: 193 }) : null;
  const deadline = decision?.outcome === "vetoed" && voteDate ? vetoInitiativeDeadline(voteDate) : null;

  return (
    <div className="simulator">
      <section className="card stack simulator-controls" aria-label="Vote settings">
        {draft ? (
          <p className="small">
            Voting on <strong>{draft.label}</strong>
          </p>
        ) : null}
        <div className="control-grid">
          <div>
            <label htmlFor="sim-year">Year</label>
            <select id="sim-year" value={year} onChange={(event) => changeYear(Number(event.target.value))}>
              {COUNCIL_YEARS_NEWEST_FIRST.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="sim-date">Date of the vote</label>
            <input
              id="sim-date"
              type="date"
              value={voteDate}
              min={`${year}-01-01`}
              max={`${year}-12-31`}
              onChange={(event) => setVoteDate(event.target.value)}
              aria-describedby="sim-date-hint"
            />
            <p id="sim-date-hint" className="hint">
              Optional; dates the veto initiative.
            </p>
          </div>
          <fieldset>
            <legend>Matter</legend>
            <label className="choice">
              <input
                type="radio"
                name="matter"
                checked={matter === "substantive"}
                onChange={() => {
                  setMatter("substantive");
                  setIsReferralVote(false);
                }}
              /> Substantive (veto applies)
            </label>
            <label className="choice">
              <input type="radio" name="matter" checked={matter === "procedural"} onChange={() => setMatter("procedural")} /> Procedural (no veto)
            </label>
          </fieldset>
          <div>
            <label htmlFor="sim-basis">Decision under</label>
            <select
              id="sim-basis"
              value={pacificSettlement ?? "none"}
              onChange={(event) => setPacificSettlement(event.target.value === "none" ? null : (event.target.value as "chapter-vi" | "article-52-3"))}
            >
              <option value="none">Any other basis (e.g. Chapter VII)</option>
              <option value="chapter-vi">Chapter VI (pacific settlement)</option>
              <option value="article-52-3">Article 52(3) (regional settlement)</option>
            </select>
            <p className="hint">Under Chapter VI and Art. 52(3), a party to the dispute abstains (Art. 27(3)).</p>
          </div>
          <div>
            <label htmlFor="sim-president">President</label>
            <select id="sim-president" value={presidentIso3 ?? ""} onChange={(event) => setPresidentIso3(event.target.value || null)}>
              {council.members.map((member) => (
                <option key={member.iso3} value={member.iso3}>
                  {member.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {pacificSettlement ? (
          <div className="stack">
            <StateListPicker
              label="Parties to the dispute"
              chipsLabel="Chosen parties to the dispute"
              value={parties}
              onChange={setParties}
              placeholder="Add a state"
              testId="parties-search"
            />
            {matter === "procedural" ? <p className="hint">The proviso does not apply to procedural decisions.</p> : null}
          </div>
        ) : null}
        {!draft ? (
          <div className="stack">
            <div>
              <label htmlFor="sim-topic">Agenda item or topic (for the prediction)</label>
              <input id="sim-topic" type="text" value={topic} onChange={(event) => setTopic(event.target.value)} placeholder="e.g. Ukraine, Syria, The situation in Haiti" />
            </div>
            <StateListPicker
              label="Sponsors (for the prediction)"
              chipsLabel="Chosen sponsors"
              value={sponsors}
              onChange={setSponsors}
              chipsTestId="sim-sponsor-chips"
              placeholder="e.g. United States, Russia, Albania"
              hint="Who tables the draft weighs heavily: members vote with or against its sponsors' camp."
            />
          </div>
        ) : null}
        {setByHand.length > 0 ? (
          <label className="choice" data-testid="keep-hand-votes">
            <input type="checkbox" checked={keepHandVotes} onChange={(event) => setKeepHandVotes(event.target.checked)} /> Predict keeps the votes set by hand (
            {handSetNames})
          </label>
        ) : null}
        <div className="row">
          <button type="button" className="button button-quiet" onClick={resetToAllYes}>
            All yes
          </button>
          <button type="button" className="button" onClick={predict} disabled={isPredicting}>
            {isPredicting ? "Predicting…" : "Predict"}
          </button>
          {isSignedIn ? (
            <button type="button" className="button button-quiet" onClick={save} disabled={isSaving || !decided.ok}>
              {isSaving ? "Saving…" : "Save this vote"}
            </button>
          ) : (
            <span className="hint">Sign in to save votes.</span>
          )}
          <a className="button button-quiet" href={voteRecordHref({ year, matter, pacificSettlement, parties, votes, voteDate, draftId: draft?.id ?? null })} data-testid="vote-record-link">
            Vote record (.docx)
          </a>
        </div>
        {message ? (
          <div className={`notice ${message.kind === "ok" ? "notice-ok" : "notice-error"}`} data-testid="simulator-message" role="status">
            {message.text}
          </div>
        ) : null}
      </section>

      <section className="card simulator-chamber" aria-label="The vote">
        <Horseshoe
          seats={seats}
          presidentIso3={presidentIso3}
          onCycle={cycle}
          confidence={prediction ? Object.fromEntries(Object.entries(prediction.members).map(([iso3, p]) => [iso3, p[votes[iso3] as "Y" | "N" | "A"] ?? 0])) : undefined}
        />
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
        <div className="tally" aria-live="polite" data-testid="tally">
          <p className="tally-line">
            <strong data-testid="yes-count">
              {tally.Y >= council.required ? `Yes ${tally.Y} — the ${council.required} needed are there` : `Yes ${tally.Y} of ${council.required} needed`}
            </strong>{" "}
            · No {tally.N} · Abstain {tally.A} · Not participating {tally.NP}
          </p>
          <div className="yes-bar" aria-hidden="true">
            <div className="yes-bar-fill" style={{ width: `${(tally.Y / council.size) * 100}%` }} />
            <div className="yes-bar-line" style={{ left: `${(council.required / council.size) * 100}%` }} />
          </div>
          <p className="veto-line" data-testid="veto-line">
            {matter === "procedural"
              ? "Procedural vote: the permanent members have no veto (Art. 27(2))."
              : permanentAgainst.length
                ? `Permanent member${permanentAgainst.length > 1 ? "s" : ""} voting no: ${permanentAgainst.map((member) => member.name).join(", ")}${tally.Y >= council.required ? " — a veto" : " (no veto: the draft lacks the votes anyway)"}.`
                : "No permanent member is voting no."}
          </p>
          {isReferralVote && matter === "procedural" ? (
            <p className="small" data-testid="referral-heading">
              <strong>Referral vote</strong> — calling an emergency special session of the General Assembly under resolution 377 A (V), a
              procedural matter: any {council.required} votes, no veto (as resolution 2623 (2022), adopted 11–1–3 with the Russian Federation
              against). Change the votes if members vote otherwise on the referral.
            </p>
          ) : null}
          {decided.ok ? (
            <p className={`statement statement-${decided.decision.outcome}`} data-testid="statement">
              {decided.decision.statement}
            </p>
          ) : (
            <div className="notice notice-warn" data-testid="vote-issues">
              <p>This vote cannot be counted yet:</p>
              <ul>
                {decided.issues.map((issue, index) => (
                  <li key={index}>{issue.message}</li>
                ))}
              </ul>
            </div>
          )}
          {decision?.outcome === "vetoed" && path?.kind === "emergency-special-session" ? (
            <div className="notice notice-info stack" data-testid="way-on">
              <p>
                <strong>The way on.</strong> {path.description}
              </p>
              <p>
                {voteDate
                  ? deadline
                    ? `Under the veto initiative (A/RES/76/262), the General Assembly must meet within 10 working days of the veto: by ${formatUnDate(deadline) ?? deadline}.`
                    : `The veto initiative (A/RES/76/262) applies to vetoes cast from ${formatUnDate(VETO_INITIATIVE_ADOPTED) ?? VETO_INITIATIVE_ADOPTED}.`
                  : "Set the date of the vote to see when the General Assembly must meet under the veto initiative (A/RES/76/262)."}
              </p>
              <div>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    setMatter("procedural");
                    setPacificSettlement(null);
                    setIsReferralVote(true);
                  }}
                >
                  Hold the referral vote
                </button>
              </div>
            </div>
          ) : null}
        </div>
      </section>

      {prediction ? <PredictionPanel prediction={prediction} names={Object.fromEntries(seats.map((seat) => [seat.iso3, seat.name]))} /> : null}

      {isSignedIn ? (
        <section className="card stack" aria-labelledby="history-heading">
          <h2 id="history-heading" style={{ marginTop: 0 }}>
            {draft ? "Past votes on this draft" : "Your past standalone votes"}
          </h2>
          {history.length === 0 ? (
            <p className="muted">No saved votes yet.</p>
          ) : (
            <ul className="history-list" data-testid="simulation-history">
              {history.map((entry) => (
                <li key={entry.id}>
                  <span className={`badge outcome-${entry.outcome}`}>{entry.outcome}</span> {entry.input.year}, {entry.input.matter}: {entry.statement}{" "}
                  <span className="muted small">saved {new Date(entry.createdAt).toLocaleString("en-GB")}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}

function voteRecordHref(input: {
  year: number;
  matter: string;
  pacificSettlement: string | null;
  parties: string[];
  votes: Record<string, VoteValue>;
  voteDate: string;
  draftId: string | null;
}): string {
  const params = new URLSearchParams({
    year: String(input.year),
    matter: input.matter,
    votes: Object.entries(input.votes)
      .map(([iso3, vote]) => `${iso3}:${vote}`)
      .join(","),
  });
  if (input.pacificSettlement) params.set("basis", input.pacificSettlement);
  if (input.parties.length) params.set("parties", input.parties.join(","));
  if (input.voteDate) params.set("date", input.voteDate);
  if (input.draftId) params.set("draft", input.draftId);
  return `/api/vote-record?${params.toString()}`;
}
