import { decideCouncilVote, type CouncilDecision, type CouncilVoteInput } from "../vote/council-rules";
import type { StepKind } from "./sequence";

/**
 * An amendment, a part voted separately, or the draft as amended is decided by the same rules as a
 * draft (Charter Art. 27): on a substantive draft, an amendment is itself a matter of substance, so a
 * permanent member's negative vote defeats it as it defeats the draft. Only the words change.
 */

export type StepDecision = CouncilDecision & { itemOutcome: "adopted" | "rejected" };

/**
 * The result in the words of the Council's records: "The amendment was not adopted, owing to the
 * negative vote of a permanent member of the Council (Russian Federation).", "Operative paragraph 3
 * was retained by 12 votes to 1, with 2 abstentions.", "The draft resolution, as amended, was
 * adopted unanimously."
 */
export function restateForStep(statement: string, kind: StepKind, label: string, amended: boolean): string {
  const subject = (() => {
    switch (kind) {
      case "amendment":
        return { name: "The amendment", adopted: "adopted" };
      case "part":
        return { name: label, adopted: "retained" };
      case "draft":
        return { name: amended ? "The draft resolution, as amended," : "The draft resolution", adopted: "adopted" };
      default: {
        const unreachable: never = kind;
        return unreachable;
      }
    }
  })();
  // The Assembly's records also say "was rejected" (GA rules of procedure, rule 85): "The amendment was rejected by …".
  return statement.replace(/^The draft resolution was (not adopted|adopted|rejected)/, (_match, verb: string) => {
    if (verb === "adopted") return `${subject.name} was ${subject.adopted}`;
    if (verb === "rejected" && kind !== "part") return `${subject.name} was rejected`;
    return `${subject.name} was not ${kind === "part" ? "retained" : "adopted"}`;
  });
}

export function decideStepVote(input: CouncilVoteInput, kind: StepKind, label: string, amended = false): StepDecision {
  const decision = decideCouncilVote(input);
  return {
    ...decision,
    statement: restateForStep(decision.statement, kind, label, amended),
    itemOutcome: decision.outcome === "adopted" ? "adopted" : "rejected",
  };
}
