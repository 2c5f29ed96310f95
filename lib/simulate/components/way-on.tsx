"use client";

import Link from "next/link";
import { useState } from "react";
import { formatUnDate } from "@/lib/core/un/un-date";
import { describeVetoInitiative, VETO_INITIATIVE_WORKING_DAYS } from "@/lib/core/vote/veto-initiative";

type WayOnProps = {
  /** The Uniting for Peace path, as the vote core describes it (`describeUnitingForPeacePath`). */
  description: string;
  /** The date of the vetoed vote (YYYY-MM-DD), or null when it is not set. */
  voteDate: string | null;
  /** The year of the simulated Council and the draft voted on, for the Assembly's emergency special session. */
  year: number;
  draftId: string | null;
  /** Called to hold the Council's procedural vote on the referral; no button without it. */
  onHoldReferralVote?: () => void;
};

/** What is left after a veto: the referral to the General Assembly and the veto initiative's deadline. */
export function WayOn({ description, voteDate, year, draftId, onHoldReferralVote }: WayOnProps) {
  const [isEmergencySessionMeeting, setEmergencySessionMeeting] = useState(false);
  // The Assembly simulator for the emergency special session, on the same draft and the simulator's date, else its year.
  const session = new URLSearchParams({ session: "emergency" });
  if (draftId) session.set("draft", draftId);
  if (voteDate) session.set("date", voteDate);
  else session.set("year", String(year));
  const step = voteDate ? describeVetoInitiative(voteDate, { emergencySpecialSessionOnSameSituation: isEmergencySessionMeeting }) : null;
  const date = (value: string) => formatUnDate(value) ?? value;
  let initiative: string;
  if (!step) initiative = "Set the date of the vote to see when the General Assembly must meet under the veto initiative (A/RES/76/262).";
  else {
    switch (step.kind) {
      case "not-in-force":
        initiative = `The veto initiative (A/RES/76/262) applies to vetoes cast from ${date(step.adopted)}.`;
        break;
      case "emergency-special-session-instead":
        initiative =
          "The Assembly meets in an emergency special session on the same situation, so no separate veto-initiative debate is convened (A/RES/76/262, paragraph 1).";
        break;
      case "debate":
        initiative =
          `Under the veto initiative (A/RES/76/262), the President of the General Assembly convenes a debate within ${VETO_INITIATIVE_WORKING_DAYS} working days of the veto: by ${date(step.deadline)} ` +
          `(weekends, 1 January and 25 December skipped). The Council is invited to submit a special report at least 72 hours before the debate: for a debate on the last day, by ${date(step.reportBy)} (paragraph 2).`;
        break;
      default: {
        const unreachable: never = step;
        initiative = unreachable;
      }
    }
  }
  return (
    <div className="notice notice-info stack" data-testid="way-on">
      <p>
        <strong>The way on.</strong> {description}
      </p>
      <p data-testid="veto-initiative">{initiative}</p>
      {voteDate ? (
        <label className="choice small">
          <input type="checkbox" checked={isEmergencySessionMeeting} onChange={(event) => setEmergencySessionMeeting(event.target.checked)} /> The Assembly already meets in
          an emergency special session on this situation
        </label>
      ) : null}
      <div className="row">
        {onHoldReferralVote ? (
          <button type="button" className="button button-small" onClick={onHoldReferralVote}>
            Hold the referral vote
          </button>
        ) : null}
        <Link className="button button-small" href={`/simulate/assembly?${session.toString()}`} data-testid="emergency-session-link">
          Go to the emergency special session
        </Link>
      </div>
    </div>
  );
}

/** What the referral vote is, shown while it is held: procedural, any `required` members, no veto. */
export function ReferralVoteNote({ required }: { required: number }) {
  return (
    <p className="small" data-testid="referral-heading">
      <strong>Referral vote</strong> — calling an emergency special session of the General Assembly under resolution 377 A (V), a procedural matter: any{" "}
      {required} votes, no veto (as resolution 2623 (2022), adopted 11–1–3 with the Russian Federation against). Change the votes if members vote otherwise on
      the referral.
    </p>
  );
}
