import "server-only";
import { readAmendments } from "@/lib/amendments/data";
import type { Amendment } from "@/lib/core/amend/schema";
import { db } from "@/lib/server/db";
import { simulationInputSchema, simulationResultSchema, type SimulationInput, type SimulationResult } from "./schema";

export type SimulationSummary = { id: string; createdAt: Date; input: SimulationInput; result: SimulationResult };

/** The user's own simulations, of one draft or standalone (draftId null), newest first. */
export async function listSimulations(userId: string, draftId: string | null, limit = 20): Promise<SimulationSummary[]> {
  const rows = await db.simulation.findMany({
    where: { ownerId: userId, draftId },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  const out: SimulationSummary[] = [];
  for (const row of rows) {
    const input = simulationInputSchema.safeParse(JSON.parse(row.input));
    const result = simulationResultSchema.safeParse(JSON.parse(row.result));
    // A row that no longer parses is skipped rather than breaking the page.
    if (input.success && result.success) out.push({ id: row.id, createdAt: row.createdAt, input: input.data, result: result.data });
  }
  return out;
}

/** A draft's amendments for the simulator's voting sequence; the caller has checked the user may read the draft. */
export async function listAmendmentsForSimulation(draftId: string): Promise<Amendment[]> {
  const stored = await readAmendments(db, draftId);
  return stored.map(({ number: _number, authorId: _authorId, authorName: _authorName, ...amendment }) => {
    void _number;
    void _authorId;
    void _authorName;
    return amendment;
  });
}
