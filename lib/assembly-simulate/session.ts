import "server-only";
import { CLASS_FIRST_YEAR, CLASS_LAST_YEAR } from "@/lib/core/classroom/seats";
import { isoDateSchema } from "@/lib/core/draft/schema";
import { listAssemblySeats, type ImportantQuestionChoice } from "@/lib/core/vote/assembly-board";
import { countUnMembers } from "@/lib/core/vote/assembly-rules";
import { classifyCouncilSubject, describeUnitingForPeacePath } from "@/lib/core/vote/uniting-for-peace";
import type { AssemblyDraft } from "./data";
import { AssemblyPredictionError, predictForBoard, type AssemblyBoardPrediction } from "./predict";

type Param = string | string[] | undefined;

export type AssemblySessionPlan = {
  year: number;
  date: string | null;
  session: "regular" | "emergency";
  choice: ImportantQuestionChoice;
  memberCount: number;
  /** In an emergency special session: what the session is, under Uniting for Peace. */
  emergencyNote: string;
  prediction: AssemblyBoardPrediction | null;
  predictionError: string | null;
  /** What was asked that cannot be honoured, said plainly (a bad date, Uniting for Peace not applying). */
  notices: string[];
};

const EMERGENCY_NOTE =
  "A veto kept the Security Council from acting on a threat to the peace, breach of the peace or act of aggression. Under resolution 377 A (V) the General Assembly meets " +
  "in emergency special session, within 24 hours of the request (GA rules of procedure, rule 8(b)), and may recommend collective measures to its Members. " +
  "A recommendation on the maintenance of international peace and security is an important question: two-thirds of the members present and voting (Charter Art. 18(2)), " +
  "as for resolution ES-11/1 (2 March 2022, adopted by 141 votes to 5, with 35 abstentions).";

/**
 * What the Assembly simulator opens on, from the address: the year (asked, or the date's, or the
 * draft's, else the latest), the date, and the session. An emergency special session after a
 * Council veto opens with every Member's vote predicted and two-thirds suggested; it is refused,
 * with the reason, where Uniting for Peace does not apply (a veto on an admission or on the
 * appointment of the Secretary-General). Past the prediction rate limit it opens with the refusal
 * instead of the votes.
 */
export function planAssemblySession(input: {
  draft: AssemblyDraft | null;
  year: Param;
  date: Param;
  session: Param;
  /** The prediction rate limit's refusal, when it refused (`RATE_LIMITS.prediction`): the session opens without predicting. */
  predictionRefusal?: string | null;
}): AssemblySessionPlan {
  const notices: string[] = [];
  let date: string | null = null;
  if (typeof input.date === "string" && input.date) {
    const parsed = isoDateSchema.safeParse(input.date);
    const year = parsed.success ? Number(parsed.data.slice(0, 4)) : NaN;
    if (!parsed.success) notices.push(`The date "${input.date.slice(0, 40)}" ${parsed.error.issues[0].message}; the vote is left undated.`);
    else if (year < CLASS_FIRST_YEAR || year > CLASS_LAST_YEAR) notices.push(`The date ${parsed.data} is outside ${CLASS_FIRST_YEAR}–${CLASS_LAST_YEAR}; the vote is left undated.`);
    else date = parsed.data;
  }
  let year: number | null = null;
  if (typeof input.year === "string" && input.year) {
    const asked = /^\d{4}$/.test(input.year) ? Number(input.year) : NaN;
    if (asked >= CLASS_FIRST_YEAR && asked <= CLASS_LAST_YEAR) year = asked;
    else notices.push(`The year "${input.year.slice(0, 20)}" is not a year from ${CLASS_FIRST_YEAR} to ${CLASS_LAST_YEAR}.`);
  }
  const draftYear = input.draft?.date ? Number(input.draft.date.slice(0, 4)) : null;
  year ??= date ? Number(date.slice(0, 4)) : draftYear !== null && draftYear >= CLASS_FIRST_YEAR && draftYear <= CLASS_LAST_YEAR ? draftYear : CLASS_LAST_YEAR;
  if (date && Number(date.slice(0, 4)) !== year) {
    notices.push(`The date ${date} is not in ${year}; the vote is left undated.`);
    date = null;
  }

  let session: "regular" | "emergency" = input.session === "emergency" ? "emergency" : "regular";
  if (session === "emergency" && input.draft?.body === "security-council") {
    const path = describeUnitingForPeacePath({ outcome: "vetoed", required: 9 }, { subject: classifyCouncilSubject(input.draft.text), unMemberCount: countUnMembers() });
    if (path.kind === "not-applicable") {
      notices.push(`No emergency special session: ${path.reason}`);
      session = "regular";
    }
  }

  let prediction: AssemblyBoardPrediction | null = null;
  let predictionError: string | null = null;
  if (session === "emergency" && input.predictionRefusal) {
    predictionError = `The votes could not be predicted: ${input.predictionRefusal}`;
  } else if (session === "emergency") {
    try {
      prediction = predictForBoard({ year, date, draftId: input.draft?.id ?? null, title: "", sponsors: [], majority: "two-thirds" }, input.draft);
    } catch (error) {
      if (!(error instanceof AssemblyPredictionError)) throw error;
      predictionError = `The votes could not be predicted: ${error.message}`;
    }
  }
  return {
    year,
    date,
    session,
    choice: session === "emergency" ? "peace-and-security" : "from-text",
    memberCount: listAssemblySeats(year).length,
    emergencyNote: EMERGENCY_NOTE,
    prediction,
    predictionError,
    notices,
  };
}
