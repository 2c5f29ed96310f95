import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random";
import { botVoteDate, createClassBotVoter, habitFor, type AssemblyHabitsFile, type BotVoteContext } from "./bot-votes";
import habitsFile from "./generated/assembly-habits.json";
import { listClassSeats } from "./seats";

const habits = habitsFile as AssemblyHabitsFile;
const voter = createClassBotVoter({ habits, randomFor: seededRandom });

function context(overrides: Partial<BotVoteContext>): BotVoteContext {
  return { body: "security-council", year: 2022, date: "2022-02-25", kind: "draft", matter: "substantive", basis: null, parties: [], draft: null, sponsors: [], seed: "v1", ...overrides };
}

describe("bot votes", () => {
  it("vote the Council from the predictor: a draft condemning Russia on Ukraine draws Russia's veto", () => {
    const seats = listClassSeats("security-council", 2022).map((seat) => seat.iso3);
    const draft = {
      schemaVersion: 1 as const,
      body: "security-council" as const,
      agendaItem: "Letter dated 28 February 2014 from the Permanent Representative of Ukraine (S/2014/136)",
      sponsors: ["USA", "ALB"],
      preamble: [{ phrase: "Reaffirming", text: "its commitment to the sovereignty, independence, unity and territorial integrity of Ukraine," }],
      operative: [{ phrase: "Deplores", text: "in the strongest terms the Russian Federation's aggression against Ukraine;", subparagraphs: [] }],
    };
    const ballots = voter.voteFor(seats, context({ draft, sponsors: ["USA", "ALB"] }));
    expect(Object.keys(ballots).sort()).toEqual([...seats].sort());
    expect(ballots.RUS).toBe("N");
    expect(ballots.USA).toBe("Y");
  });

  it("vote from each state's Assembly habit where the predictor has no record (1980), the same for the same seed", () => {
    const seats = listClassSeats("security-council", 1980).map((seat) => seat.iso3);
    const first = voter.voteFor(seats, context({ year: 1980, date: "1980-03-01" }));
    expect(Object.keys(first)).toHaveLength(15);
    expect(voter.voteFor(seats, context({ year: 1980, date: "1980-03-01" }))).toEqual(first);
  });

  it("vote an Assembly class mostly yes, as the Assembly does", () => {
    const seats = listClassSeats("general-assembly", 2010).map((seat) => seat.iso3);
    const ballots = voter.voteFor(seats, context({ body: "general-assembly", year: 2010, date: "2010-10-01" }));
    const yes = Object.values(ballots).filter((vote) => vote === "Y").length;
    expect(yes).toBeGreaterThan(120);
    expect(yes).toBeLessThan(193);
  });

  it("vote an Assembly draft from the Assembly's predictor, the same for the same seed", () => {
    const seats = listClassSeats("general-assembly", 2023).map((seat) => seat.iso3);
    const draft = {
      schemaVersion: 1 as const,
      body: "general-assembly" as const,
      title: "Principles of the Charter of the United Nations underlying a comprehensive, just and lasting peace in Ukraine",
      sponsors: ["UKR", "POL"],
      preamble: [],
      operative: [{ phrase: "Demands", text: "that the Russian Federation immediately withdraw all of its military forces from the territory of Ukraine;", subparagraphs: [] }],
    };
    const ukraine = context({ body: "general-assembly", year: 2023, date: "2023-02-23", draft, sponsors: ["UKR", "POL"], seed: "ga-1" });
    const ballots = voter.voteFor(seats, ukraine);
    expect(Object.keys(ballots).sort()).toEqual([...seats].sort());
    expect(voter.voteFor(seats, ukraine)).toEqual(ballots);
    // The sponsors vote for their text; most of the Assembly follows, as on A/RES/ES-11/1, and
    // more Members vote no or abstain than on an ordinary draft.
    expect(ballots.UKR).toBe("Y");
    expect(ballots.POL).toBe("Y");
    const counts = { Y: 0, N: 0, A: 0 };
    for (const vote of Object.values(ballots)) counts[vote]++;
    expect(counts.Y).toBeGreaterThan(97);
    expect(counts.N + counts.A).toBeGreaterThan(15);
    // Across many seeds, Russia votes no far more often than yes.
    let russiaNo = 0;
    for (let run = 0; run < 40; run++) if (voter.voteFor(["RUS"], { ...ukraine, seed: `ga-${run}` }).RUS === "N") russiaNo++;
    expect(russiaNo).toBeGreaterThan(20);
  });

  it("read the habit of the nearest period with a record (South Sudan, admitted 2011)", () => {
    expect(habitFor(habits, "SSD", 1990)).not.toBeNull();
    expect(habitFor(habits, "XXX", 1990)).toBeNull();
  });

  it("date the prediction in the class's year", () => {
    expect(botVoteDate(1980, "2026-11-30T09:00:00Z")).toBe("1980-11-30");
    expect(botVoteDate(2023, "2024-02-29T09:00:00Z")).toBe("2023-02-28");
  });
});
