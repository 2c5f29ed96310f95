import { describe, expect, it } from "vitest";
import { vetoInitiativeDeadline } from "./veto-initiative";
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
    expect(vetoInitiativeDeadline("2023-12-22")).toBe("2024-01-05"); // holidays not modelled
  });

  it("refuses a date that is not YYYY-MM-DD or does not exist", () => {
    for (const bad of ["2022-02-30", "26/05/2022", "2022-5-26", ""]) {
      expect(() => vetoInitiativeDeadline(bad)).toThrow(VoteError);
    }
  });
});
