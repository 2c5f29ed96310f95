import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { counterKey, decideRateLimit, windowOf, type RateLimitDecision, type RateLimitRule } from "./rate-limit-policy";

/**
 * The counters of lib/server/rate-limit-policy.ts in the database, shared by every request and
 * every app instance. Each hit is one upsert (INSERT … ON CONFLICT DO UPDATE SET count = count + 1),
 * atomic in SQLite and PostgreSQL alike, which answers the count it wrote: thirty parallel hits
 * get thirty different counts, and exactly `limit` of them are allowed.
 */
export type CounterClient = Pick<PrismaClient | Prisma.TransactionClient, "rateLimitCounter">;

/** Counts a hit and decides on it. */
export async function hitRateLimit(client: CounterClient, rule: RateLimitRule, subject: string, now: Date): Promise<RateLimitDecision> {
  const key = counterKey(rule, subject, now);
  const expiresAt = windowOf(rule, now).endsAt;
  const row = await client.rateLimitCounter.upsert({
    where: { key },
    create: { key, count: 1, expiresAt },
    update: { count: { increment: 1 } },
    select: { count: true },
  });
  // A new window's first hit also clears the windows that have run out (indexed by expiry).
  if (row.count === 1) await client.rateLimitCounter.deleteMany({ where: { expiresAt: { lt: now } } });
  return decideRateLimit(rule, row.count, now);
}

/** The decision the next hit would get, without counting one. */
export async function peekRateLimit(client: CounterClient, rule: RateLimitRule, subject: string, now: Date): Promise<RateLimitDecision> {
  return decideRateLimit(rule, (await readCount(client, rule, subject, now)) + 1, now);
}

export async function readCount(client: CounterClient, rule: RateLimitRule, subject: string, now: Date): Promise<number> {
  const row = await client.rateLimitCounter.findUnique({ where: { key: counterKey(rule, subject, now) }, select: { count: true } });
  return row?.count ?? 0;
}

/** Takes one hit back (a sign-in that turned out right was no failure). Never below zero. */
export async function undoHit(client: CounterClient, rule: RateLimitRule, subject: string, now: Date): Promise<void> {
  await client.rateLimitCounter.updateMany({ where: { key: counterKey(rule, subject, now), count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

export async function clearRateLimit(client: CounterClient, rule: RateLimitRule, subject: string, now: Date): Promise<void> {
  await client.rateLimitCounter.deleteMany({ where: { key: counterKey(rule, subject, now) } });
}
