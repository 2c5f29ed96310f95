import { VoteError } from "./vote-error";

/** A/RES/76/262 ("veto initiative") was adopted on 26 April 2022; it covers vetoes cast from that day. */
export const VETO_INITIATIVE_ADOPTED = "2022-04-26";

/** A/RES/76/262, para. 1: the President of the Assembly convenes a formal meeting "within 10 working days". */
export const VETO_INITIATIVE_WORKING_DAYS = 10;

/**
 * The last day on which the General Assembly must meet after a veto (A/RES/76/262, para. 1), or
 * null for a veto cast before the resolution was adopted.
 *
 * Convention: the day of the veto is day 0 and the deadline is the 10th working day after it, so a
 * meeting on that day is still "within 10 working days". Working days are Monday to Friday;
 * United Nations Headquarters holidays are not modelled (several, such as the Eids, move each year
 * and are set by the Secretariat annually), so near a holiday the real deadline may be a day later.
 * Check: veto of 26 May 2022 (S/2022/431) → deadline 9 June 2022; the Assembly met on 8 June.
 */
export function vetoInitiativeDeadline(vetoDate: string): string | null {
  const start = parseIsoDate(vetoDate);
  if (vetoDate < VETO_INITIATIVE_ADOPTED) return null;
  const day = new Date(start);
  let counted = 0;
  while (counted < VETO_INITIATIVE_WORKING_DAYS) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) counted++;
  }
  return day.toISOString().slice(0, 10);
}

function parseIsoDate(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  // Date.UTC rolls 2022-02-30 over into March: a round trip catches dates that do not exist.
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text) {
    throw new VoteError([{ code: "invalid-date", message: `${JSON.stringify(text)} is not a date in the form YYYY-MM-DD` }]);
  }
  return time;
}
