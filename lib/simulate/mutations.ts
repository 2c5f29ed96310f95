import "server-only";
import { db } from "@/lib/server/db";
import type { SimulationInput, SimulationResult } from "./schema";

export async function createSimulation(userId: string, input: SimulationInput, result: SimulationResult): Promise<{ id: string }> {
  const row = await db.simulation.create({
    data: {
      ownerId: userId,
      draftId: input.draftId,
      body: "security-council",
      year: input.year,
      input: JSON.stringify(input),
      result: JSON.stringify(result),
    },
    select: { id: true },
  });
  return row;
}
