import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "./prisma-client";

// One Prisma client, hence one SQLite connection, for the whole process: kept on globalThis so
// that hot reloads in development, and any second copy of this module a production build holds,
// share it instead of opening connections that would wait on each other's writes.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = (globalForPrisma.prisma ??= createPrismaClient());

export { isRetryableWriteConflict, isUniqueViolation } from "./db-errors";
