import { formatUnDate } from "@/lib/core/docx/un-date";
import { vetoInitiativeDeadline, VETO_INITIATIVE_ADOPTED } from "@/lib/core/vote/veto-initiative";

type WayOnProps = {
  /** The Uniting for Peace path, as the vote core describes it (`describeUnitingForPeacePath`). */
  description: string;
  /** The date of the vetoed vote (YYYY-MM-DD), or null when it is not set. */
  voteDate: string | null;
  /** Called to hold the Council's procedural vote on the referral; no button without it. */
  onHoldReferralVote?: () => void;
};

/** What is left after a veto: the referral to the General Assembly and the veto initiative's deadline. */
export function WayOn({ description, voteDate, onHoldReferralVote }: WayOnProps) {
  const deadline = voteDate ? vetoInitiativeDeadline(voteDate) : null;
  return (
    <div className="notice notice-info stack" data-testid="way-on">
      <p>
        <strong>The way on.</strong> {description}
      </p>
      <p>
        {voteDate
          ? deadline
            ? `Under the veto initiative (A/RES/76/262), the General Assembly must meet within 10 working days of the veto: by ${formatUnDate(deadline) ?? deadline}.`
            : `The veto initiative (A/RES/76/262) applies to vetoes cast from ${formatUnDate(VETO_INITIATIVE_ADOPTED) ?? VETO_INITIATIVE_ADOPTED}.`
          : "Set the date of the vote to see when the General Assembly must meet under the veto initiative (A/RES/76/262)."}
      </p>
      {onHoldReferralVote ? (
        <div>
          <button type="button" className="button button-small" onClick={onHoldReferralVote}>
            Hold the referral vote
          </button>
        </div>
      ) : null}
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
