import { describe, expect, it } from "vitest";
import { describeVetoInitiative, isHeadquartersWorkingDay, specialReportDeadline, vetoInitiativeDeadline } from "./veto-initiative";
import { VoteError } from "./vote-error";

describe("veto initiative, A/RES/76/262: the Assembly meets within 10 working days of a veto", () => {
  it("S/2022/431 vetoed on Thursday 26 May 2022: deadline Thursday 9 June; the Assembly met on 8 June, within it", () => {
    const deadline = vetoInitiativeDeadline("2022-05-26");
    expect(deadline).toBe("2022-06-09");
    expect("2022-06-08" <= deadline!).toBe(true);
  });

  it("S/2022/155 vetoed on Friday 25 February 2022, before the resolution was adopted: no deadline", () => {
    expect(vetoInitiativeDeadline("2022-02-25")).toBeNull();
    expect(vetoInitiativeDeadline("2022-04-25")).toBeNull();
  });

  it("covers a veto cast on 26 April 2022, the day of adoption", () => {
    // Tuesday 26 April 2022 → ten weekdays later is Tuesday 10 May.
    expect(vetoInitiativeDeadline("2022-04-26")).toBe("2022-05-10");
  });

  it("a Friday veto (8 July 2022, S/2022/538) counts from the next Monday: deadline Friday 22 July", () => {
    expect(vetoInitiativeDeadline("2022-07-08")).toBe("2022-07-22");
  });

  it("a weekend veto counts its first working day on Monday, and counts across a year end", () => {
    expect(vetoInitiativeDeadline("2022-10-01")).toBe("2022-10-14"); // Saturday → Mon 3 Oct is day 1
  });

  it("skips Headquarters' fixed holidays, 25 December and 1 January, in the ten working days", () => {
    // Friday 22 December 2023: Mon 25 Dec and Mon 1 Jan are holidays → 26, 27, 28, 29 Dec, 2, 3, 4, 5, 8, 9 Jan.
    expect(vetoInitiativeDeadline("2023-12-22")).toBe("2024-01-09");
    expect(isHeadquartersWorkingDay("2024-12-25")).toBe(false);
    expect(isHeadquartersWorkingDay("2025-01-01")).toBe(false);
    expect(isHeadquartersWorkingDay("2024-12-24")).toBe(true);
  });

  it("asks the Council's special report at least 72 hours before the debate (para. 2)", () => {
    expect(specialReportDeadline("2022-06-08")).toBe("2022-06-05");
    expect(describeVetoInitiative("2022-05-26")).toEqual({ kind: "debate", deadline: "2022-06-09", reportBy: "2022-06-06" });
  });

  it("needs no meeting when the Assembly meets in an emergency special session on the same situation (para. 1)", () => {
    // S/2022/720 (30 September 2022, annexations in Ukraine): the eleventh emergency special session resumed instead.
    expect(describeVetoInitiative("2022-09-30", { emergencySpecialSessionOnSameSituation: true })).toEqual({ kind: "emergency-special-session-instead" });
    expect(describeVetoInitiative("2022-02-25")).toEqual({ kind: "not-in-force", adopted: "2022-04-26" });
  });

  it("refuses a date that is not YYYY-MM-DD or does not exist", () => {
    for (const bad of ["2022-02-30", "26/05/2022", "2022-5-26", ""]) {
      expect(() => vetoInitiativeDeadline(bad)).toThrow(VoteError);
    }
  });
});
