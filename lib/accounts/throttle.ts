import { hitRateLimit, peekRateLimit, undoHit, clearRateLimit, type CounterClient } from "@/lib/server/rate-limit-store";
import { decideSignIn, SIGN_IN_ADDRESS_RULE, SIGN_IN_EMAIL_RULE, SIGN_IN_PAIR_RULE, type ThrottleDecision } from "./throttle-policy";

/**
 * The sign-in counters in the database (rules: ./throttle-policy.ts). The client comes in as an
 * argument so that tests run the same code on a throwaway database.
 */
export type SignInSubject = { email: string; address: string };

const pairOf = ({ email, address }: SignInSubject) => `${email}|${address}`;

/**
 * Counts this attempt before its password is checked (one atomic upsert per counter) and decides
 * on it: of thirty parallel attempts, the first five by count are checked, the others refused.
 */
export async function reserveSignInAttempt(client: CounterClient, subject: SignInSubject, now: Date): Promise<ThrottleDecision> {
  const [pair, address, email] = await Promise.all([
    hitRateLimit(client, SIGN_IN_PAIR_RULE, pairOf(subject), now),
    hitRateLimit(client, SIGN_IN_ADDRESS_RULE, subject.address, now),
    hitRateLimit(client, SIGN_IN_EMAIL_RULE, subject.email, now),
  ]);
  return decideSignIn({ pair: pair.count, address: address.count, email: email.count }, now);
}

/** Whether the next attempt would be refused, without counting one (answered 429 before next-auth runs). */
export async function peekSignInRefusal(client: CounterClient, subject: SignInSubject, now: Date): Promise<ThrottleDecision> {
  const [pair, address] = await Promise.all([
    peekRateLimit(client, SIGN_IN_PAIR_RULE, pairOf(subject), now),
    peekRateLimit(client, SIGN_IN_ADDRESS_RULE, subject.address, now),
  ]);
  return decideSignIn({ pair: pair.count, address: address.count, email: 0 }, now);
}

/**
 * The right password: this email and address start afresh, and the attempt is taken back from the
 * address's and the email's counts (it was no failure). Failures from other addresses stay.
 */
export async function recordSignInSuccess(client: CounterClient, subject: SignInSubject, now: Date): Promise<void> {
  await Promise.all([
    clearRateLimit(client, SIGN_IN_PAIR_RULE, pairOf(subject), now),
    undoHit(client, SIGN_IN_ADDRESS_RULE, subject.address, now),
    undoHit(client, SIGN_IN_EMAIL_RULE, subject.email, now),
  ]);
}
