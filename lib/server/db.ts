import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "./prisma-client";

// One Prisma client for the whole process, kept across hot reloads in development.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

/** Prisma's unique-constraint failure, told apart by code, not by message. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/**
 * The database could not take the write just now and the same transaction may simply be run
 * again: SQLite's busy errors (in WAL mode a transaction that read an older snapshot cannot
 * upgrade to a write once another connection has written: SQLITE_BUSY_SNAPSHOT, which the busy
 * timeout does not wait out) and Prisma's "write conflict or deadlock, please retry" (P2034).
 */
export function isRetryableWriteConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === "P2034" || (typeof code === "string" && code.startsWith("SQLITE_BUSY"));
}
