import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeTransaction } from "@/lib/server/write-transaction";
import { hasRoomFor, quotaMessage } from "@/lib/server/storage-quotas";
import type { SimulationInput, SimulationResult } from "./schema";

export class SimulationQuotaError extends Error {
  constructor() {
    super(quotaMessage("simulations"));
    this.name = "SimulationQuotaError";
  }
}

/** Counted and written in one transaction, so that parallel saves cannot pass the quota together. */
export async function createSimulation(userId: string, input: SimulationInput, result: SimulationResult): Promise<{ id: string }> {
  return writeTransaction(async (tx) => {
    if (!hasRoomFor("simulations", await tx.simulation.count({ where: { ownerId: userId } }))) throw new SimulationQuotaError();
    return insertSimulation(tx, userId, input, result);
  });
}

async function insertSimulation(tx: Prisma.TransactionClient, userId: string, input: SimulationInput, result: SimulationResult): Promise<{ id: string }> {
  const row = await tx.simulation.create({
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
