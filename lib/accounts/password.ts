import bcrypt from "bcryptjs";

const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** Compared against when the email is unknown, so that both paths take as long. */
export const UNKNOWN_USER_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.7Yk5l8aZsJ6E8sQyH6N9cK3mFQ1a";
