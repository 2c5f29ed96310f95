import { getPresidentOnDate, type President } from "../un/presidency";
import type { ClassBody } from "./seats";

export type MeetingDateCheck = { ok: true; date: string } | { ok: false; message: string };

/**
 * The date of the meeting a class plays: a day of the class's year, written YYYY-MM-DD. It sets
 * the Council's President for the meeting (provisional rule 18: the presidency rotates monthly).
 */
export function checkMeetingDate(year: number, text: string): MeetingDateCheck {
  const date = text.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return { ok: false, message: `Write the meeting date as YYYY-MM-DD, for example ${year}-02-25.` };
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) !== date) return { ok: false, message: `${date} is not a day of the calendar.` };
  if (y !== year) return { ok: false, message: `The meeting date must fall in ${year}, the class's year.` };
  if (!getPresidentOnDate(date).ok) return { ok: false, message: `There is no Council data for ${date}.` };
  return { ok: true, date };
}

/**
 * The President of the meeting: the Council's President of the meeting date's month. None for the
 * Assembly (its President is elected, not a member State in rotation) or without a valid date.
 */
export function presidentOfMeeting(body: ClassBody, year: number, meetingDate: string | null): President | null {
  if (body !== "security-council" || meetingDate === null) return null;
  const checked = checkMeetingDate(year, meetingDate);
  if (!checked.ok) return null;
  const lookup = getPresidentOnDate(checked.date);
  return lookup.ok ? lookup.president : null;
}
