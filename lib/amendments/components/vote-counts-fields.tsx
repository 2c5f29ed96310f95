"use client";

import type { AssemblyCounts } from "@/lib/core/amend/assembly-vote";

/** The counts of a recorded vote as typed: checked by the Assembly's rules, with their own message, rather than by the browser. */
export type VoteCountsText = Record<keyof AssemblyCounts, string>;

export const NO_COUNTS: VoteCountsText = { yes: "", no: "", abstain: "" };

/** An empty field counts 0; anything else is left to the rules to refuse. */
export function readVoteCounts(counts: VoteCountsText): AssemblyCounts {
  const read = (value: string) => (value.trim() === "" ? 0 : Number(value));
  return { yes: read(counts.yes), no: read(counts.no), abstain: read(counts.abstain) };
}

const FIELDS = [
  ["yes", "In favour"],
  ["no", "Against"],
  ["abstain", "Abstentions"],
] as const;

/** A recorded vote of the Assembly as the records give it: in favour, against, abstaining. */
export function VoteCountsFields({ counts, onChange, describedBy }: { counts: VoteCountsText; onChange: (counts: VoteCountsText) => void; describedBy?: string }) {
  return (
    <div className="control-grid">
      {FIELDS.map(([key, text]) => (
        <label key={key}>
          {text}
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={200}
            step={1}
            style={{ maxWidth: "10rem" }}
            value={counts[key]}
            aria-describedby={describedBy}
            onChange={(event) => onChange({ ...counts, [key]: event.target.value })}
          />
        </label>
      ))}
    </div>
  );
}
