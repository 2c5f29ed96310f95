import { describe, expect, it } from "vitest";
import { checkMeetingDate, presidentOfMeeting } from "./meeting-date";

describe("the meeting date of a class", () => {
  it("accepts a day of the class's year", () => {
    expect(checkMeetingDate(2022, " 2022-02-25 ")).toEqual({ ok: true, date: "2022-02-25" });
  });

  it("refuses another year, a day that does not exist and another form, each with its own message", () => {
    expect(checkMeetingDate(2022, "2023-02-25")).toEqual({ ok: false, message: "The meeting date must fall in 2022, the class's year." });
    expect(checkMeetingDate(2022, "2022-02-30")).toEqual({ ok: false, message: "2022-02-30 is not a day of the calendar." });
    expect(checkMeetingDate(2022, "25/02/2022")).toMatchObject({ ok: false, message: expect.stringContaining("YYYY-MM-DD") });
  });
});

describe("the President of a class's meeting (rule 18)", () => {
  it("is the Council's President of that month: the Russian Federation in February 2022, Sierra Leone in August 2024", () => {
    expect(presidentOfMeeting("security-council", 2022, "2022-02-25")).toMatchObject({ iso3: "RUS", name: "Russian Federation" });
    expect(presidentOfMeeting("security-council", 2024, "2024-08-01")).toMatchObject({ iso3: "SLE" });
  });

  it("is none without a date, for a date outside the year, and for the Assembly", () => {
    expect(presidentOfMeeting("security-council", 2022, null)).toBeNull();
    expect(presidentOfMeeting("security-council", 2022, "2023-01-10")).toBeNull();
    expect(presidentOfMeeting("general-assembly", 2022, "2022-02-25")).toBeNull();
  });
});
