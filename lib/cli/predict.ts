import { PredictionInputError, predictDraft } from "../core/predict/predict-vote";
import { AssemblyPredictionError, predictAssemblyDraft } from "../core/predict/assembly/predict-assembly";
import { parseOptions, readJsonInput, UsageError, type CliCommand } from "./io";

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function roundRecord<T extends Record<string, number>>(record: T): T {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, round(value)])) as T;
}

export const predictCommand: CliCommand = {
  name: "predict",
  summary: "predict the Council's vote (1994–2023 record) or the General Assembly's (2005–2019 votes) on drafts",
  usage:
    "npm run --silent unsc -- predict [file.json]\n\nReads a JSON array of draft descriptors ({ id, date, agendaItem?, topic?, region?, category?, sponsors?, isAmendment?, procedural?, draft?, evidence? }) from the file or standard input. Each draft is predicted from the votes recorded before its date; \"evidence\": \"everything\" reads the whole record instead. A descriptor with \"body\": \"general-assembly\" ({ id, body, date, issue?, title?, sponsors?, majority?: \"simple\" | \"two-thirds\", evidence? }) is predicted for every Member of that year (ISO3 keys; Y, N, A or X absent) with the odds of adoption under that majority. It prints a JSON array of predictions: each member's Y/N/A chances, the exact outcome odds, vetoBy, the reasons and readAs (the record's agenda item and topic the text was read as).",
  async run(io) {
    const { positionals } = parseOptions(io.args, {});
    if (positionals.length > 1) throw new UsageError("give at most one input file");
    const input = await readJsonInput(io, positionals[0]);
    if (!Array.isArray(input)) throw new UsageError("input must be a JSON array of draft descriptors");
    const output = input.map((descriptor, index) => {
      try {
        if (typeof descriptor === "object" && descriptor !== null && (descriptor as { body?: unknown }).body === "general-assembly") {
          const prediction = predictAssemblyDraft(descriptor);
          return {
            id: prediction.id,
            body: "general-assembly",
            year: prediction.year,
            majority: prediction.majority,
            issues: prediction.issues,
            members: Object.fromEntries(Object.entries(prediction.members).map(([iso3, odds]) => [iso3, roundRecord(odds)])),
            outcome: roundRecord(prediction.outcome),
            expected: roundRecord(prediction.expected),
            mostLikely: prediction.mostLikely,
            reasons: prediction.reasons,
            evidenceBefore: prediction.evidenceBefore,
            lastVoteRead: prediction.lastVoteRead,
          };
        }
        const prediction = predictDraft(descriptor);
        return {
          id: prediction.id,
          year: prediction.year,
          members: Object.fromEntries(Object.entries(prediction.members).map(([iso3, odds]) => [iso3, roundRecord(odds)])),
          outcome: roundRecord(prediction.outcome),
          vetoBy: roundRecord(prediction.vetoBy),
          mostLikely: prediction.mostLikely,
          reasons: prediction.reasons,
          readAs: prediction.readAs,
          evidenceBefore: prediction.evidenceBefore,
          lastVoteRead: prediction.lastVoteRead,
        };
      } catch (error) {
        if (error instanceof PredictionInputError || error instanceof AssemblyPredictionError) throw new UsageError(`item ${index}: ${error.message}`);
        throw error;
      }
    });
    io.out(JSON.stringify(output, null, 2) + "\n");
    return 0;
  },
};
