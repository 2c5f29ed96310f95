import { VoteError } from "./vote-error";

/** A/RES/76/262 ("veto initiative") was adopted on 26 April 2022; it covers vetoes cast from that day. */
export const VETO_INITIATIVE_ADOPTED = "2022-04-26";

/** A/RES/76/262, para. 1: the President of the Assembly convenes a formal meeting "within 10 working days". */
export const VETO_INITIATIVE_WORKING_DAYS = 10;

/**
 * The fixed holidays of United Nations Headquarters the count skips: New Year's Day and Christmas
 * Day every year. Others (the Eids, Diwali, Yom Kippur, Good Friday…) are set by the Secretariat
 * each year and are not modelled, so near one the real deadline may be a day later.
 */
export const FIXED_HEADQUARTERS_HOLIDAYS: readonly string[] = ["01-01", "12-25"];

export function isHeadquartersWorkingDay(isoDate: string): boolean {
  const day = new Date(parseIsoDate(isoDate));
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !FIXED_HEADQUARTERS_HOLIDAYS.includes(isoDate.slice(5));
}

/**
 * The last day on which the General Assembly must meet after a veto (A/RES/76/262, para. 1), or
 * null for a veto cast before the resolution was adopted.
 *
 * Convention: the day of the veto is day 0 and the deadline is the 10th working day after it, so a
 * meeting on that day is still "within 10 working days". Working days are Monday to Friday except
 * the fixed Headquarters holidays (1 January, 25 December).
 * Check: veto of 26 May 2022 (S/2022/431) → deadline 9 June 2022; the Assembly met on 8 June.
 */
export function vetoInitiativeDeadline(vetoDate: string): string | null {
  parseIsoDate(vetoDate);
  if (vetoDate < VETO_INITIATIVE_ADOPTED) return null;
  let day = vetoDate;
  let counted = 0;
  while (counted < VETO_INITIATIVE_WORKING_DAYS) {
    day = addDays(day, 1);
    if (isHeadquartersWorkingDay(day)) counted++;
  }
  return day;
}

/** A/RES/76/262, para. 2: the Council is invited to submit a special report at least 72 hours before the debate. */
export const SPECIAL_REPORT_HOURS_BEFORE = 72;

/** The latest day the Council's special report should be circulated for a debate on `debateDate`: three days before. */
export function specialReportDeadline(debateDate: string): string {
  parseIsoDate(debateDate);
  return addDays(debateDate, -SPECIAL_REPORT_HOURS_BEFORE / 24);
}

/**
 * What the veto initiative asks after a veto on `vetoDate`. A/RES/76/262, para. 1: the President of
 * the Assembly convenes a formal meeting within 10 working days "provided that the General Assembly
 * does not meet in an emergency special session on the same situation".
 */
export type VetoInitiativeStep =
  | { kind: "not-in-force"; adopted: string }
  | { kind: "emergency-special-session-instead" }
  | { kind: "debate"; deadline: string; reportBy: string };

export function describeVetoInitiative(vetoDate: string, options: { emergencySpecialSessionOnSameSituation?: boolean } = {}): VetoInitiativeStep {
  const deadline = vetoInitiativeDeadline(vetoDate);
  if (deadline === null) return { kind: "not-in-force", adopted: VETO_INITIATIVE_ADOPTED };
  if (options.emergencySpecialSessionOnSameSituation) return { kind: "emergency-special-session-instead" };
  return { kind: "debate", deadline, reportBy: specialReportDeadline(deadline) };
}

function addDays(isoDate: string, days: number): string {
  const day = new Date(parseIsoDate(isoDate));
  day.setUTCDate(day.getUTCDate() + days);
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
