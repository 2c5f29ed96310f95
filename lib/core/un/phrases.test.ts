import { describe, expect, it } from "vitest";
import { classifyPhrase, describeForce, listOperativePhrases, listPreambularPhrases, splitOpeningPhrase } from "./phrases";

describe("resolution opening phrases", () => {
  it("lists about fifty preambular and fifty operative openings, alphabetically", () => {
    const preambular = listPreambularPhrases().map((entry) => entry.phrase);
    const operative = listOperativePhrases().map((entry) => entry.phrase);
    expect(preambular.length).toBeGreaterThanOrEqual(50);
    expect(operative.length).toBeGreaterThanOrEqual(50);
    expect(preambular).toEqual([...preambular].sort((left, right) => left.localeCompare(right, "en")));
    expect(preambular).toEqual(expect.arrayContaining(["Recalling", "Bearing in mind", "Gravely concerned", "Determining", "Guided by"]));
    expect(operative).toEqual(expect.arrayContaining(["Decides", "Demands", "Authorizes", "Calls upon", "Decides to remain seized of the matter"]));
  });

  it("gives each operative phrase its force", () => {
    const force = (phrase: string) => {
      const result = classifyPhrase(phrase);
      return result.kind === "operative" ? result.entry.force : result.kind;
    };
    expect(["Decides", "Demands"].map(force)).toEqual(["binding", "binding"]);
    expect(force("Authorizes")).toBe("authorizing");
    expect(["Calls upon", "Urges", "Requests", "Encourages", "Recommends", "Invites"].map(force)).toEqual(Array(6).fill("hortatory"));
    expect(["Condemns", "Deplores", "Welcomes", "Expresses its grave concern"].map(force)).toEqual(Array(4).fill("expressive"));
    expect(force("Decides to remain seized of the matter")).toBe("procedural");
    expect(force("Decides to remain actively seized of the matter")).toBe("procedural");
    expect(describeForce("hortatory")).toMatch(/not binding/);
  });

  it("marks what only the Council typically says", () => {
    const councilOnly = (phrase: string) => {
      const result = classifyPhrase(phrase);
      return result.kind === "unknown" ? undefined : result.entry.councilOnly;
    };
    expect(councilOnly("Demands")).toBe(true);
    expect(councilOnly("Authorizes")).toBe(true);
    expect(councilOnly("Determining")).toBe(true);
    expect(councilOnly("Acting under Chapter VII of the Charter of the United Nations")).toBe(true);
    expect(councilOnly("Calls upon")).toBe(false);
    expect(councilOnly("Recalling")).toBe(false);
  });

  it("classifies whole phrases only, in any case", () => {
    expect(classifyPhrase("Calls upon").kind).toBe("operative");
    expect(classifyPhrase("CALLS UPON").kind).toBe("operative");
    expect(classifyPhrase("Calls").kind).toBe("unknown");
    expect(classifyPhrase("Calls upon all").kind).toBe("unknown");
    expect(classifyPhrase("Recalling").kind).toBe("preambular");
    expect(classifyPhrase("Recalls").kind).toBe("operative");
    expect(classifyPhrase("Taking note").kind).toBe("preambular");
    expect(classifyPhrase("Takes note").kind).toBe("operative");
    expect(classifyPhrase("Noting with concern,").kind).toBe("preambular");
    expect(classifyPhrase("").kind).toBe("unknown");
  });

  it("accepts chaining words without mistaking them for phrases", () => {
    expect(classifyPhrase("Further decides")).toMatchObject({ kind: "operative", entry: { phrase: "Decides" }, modifier: "further" });
    expect(classifyPhrase("Recalling also")).toMatchObject({ kind: "preambular", entry: { phrase: "Recalling" }, modifier: "also" });
    expect(classifyPhrase("Strongly condemns")).toMatchObject({ kind: "operative", entry: { phrase: "Strongly condemns" } });
    expect(classifyPhrase("Further").kind).toBe("unknown");
    expect(classifyPhrase("Further calls").kind).toBe("unknown");
  });

  it("splits the longest known opening from imported paragraphs", () => {
    expect(splitOpeningPhrase("Calls upon all parties to respect international humanitarian law;")).toMatchObject({
      phrase: "Calls upon",
      classification: { kind: "operative", entry: { force: "hortatory" } },
      rest: "all parties to respect international humanitarian law;",
      start: 0,
      end: 10,
    });
    const closing = splitOpeningPhrase("12. Decides to remain actively seized of the matter.");
    expect(closing).toMatchObject({ phrase: "Decides to remain actively seized of the matter", start: 4, rest: "" });
    expect(splitOpeningPhrase("Decides that all States shall prevent the supply")?.phrase).toBe("Decides");
    expect(splitOpeningPhrase("Acting under Chapter VII of the Charter of the United Nations,")?.classification.kind).toBe("preambular");
    expect(splitOpeningPhrase("  Expresses its grave concern at the humanitarian situation")?.phrase).toBe("Expresses its grave concern");
    expect(splitOpeningPhrase("Further requests the Secretary-General to report")).toMatchObject({
      phrase: "Further requests the Secretary-General",
      rest: "to report",
    });
    expect(splitOpeningPhrase("The Security Council,")).toBeUndefined();
    expect(splitOpeningPhrase("Callsupon all")).toBeUndefined();
  });
});
