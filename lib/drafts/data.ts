import "server-only";
import type { Draft } from "@/lib/core/draft/schema";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { can, isShareAccess, roleOf, type DraftPermission, type DraftRole, type ShareAccess } from "./access";
import { draftDisplayName, parseStoredDocument } from "./document";

export type DbClient = PrismaClient | Prisma.TransactionClient;
type Client = DbClient;

export type DraftSummary = {
  id: string;
  body: string;
  title: string;
  symbol: string;
  agendaItem: string;
  revision: number;
  updatedAt: Date;
  ownerName: string;
  role: DraftRole;
};

export type ShareView = { userId: string; name: string; email: string; access: ShareAccess };

/** An invitation as its sender sees it: the email they typed, never whether an account uses it. */
export type InvitationView = { id: string; email: string; access: ShareAccess };

/** Who has a draft (accepted invitations) and who is invited (pending). */
export type SharingView = { shares: ShareView[]; invitations: InvitationView[] };

/** An invitation as the invited person sees it once signed in with that email. */
export type ReceivedInvitation = { id: string; draftTitle: string; invitedByName: string; access: ShareAccess; createdAt: Date };

export type DraftView = {
  id: string;
  role: DraftRole;
  ownerName: string;
  revision: number;
  updatedAt: Date;
  updatedByName: string | null;
  document: Draft;
};

export type RevisionSummary = { number: number; kind: string; authorName: string | null; createdAt: Date };
export type RevisionView = RevisionSummary & { document: Draft };

/**
 * The role of a user on a live (not deleted) draft, or null: no such draft or no access look
 * the same from outside. Mutations call it inside their transaction.
 */
export async function findDraftRole(
  client: Client,
  userId: string,
  draftId: string,
  options: { includeDeleted?: boolean } = {},
): Promise<DraftRole | null> {
  const draft = await client.draft.findUnique({
    where: { id: draftId },
    select: { ownerId: true, deletedAt: true, shares: { where: { userId }, select: { access: true } } },
  });
  if (!draft || (draft.deletedAt && !options.includeDeleted)) return null;
  return roleOf(draft, draft.shares[0], userId);
}

/** The role, if it grants the permission; null otherwise (callers answer "not found" or "forbidden"). */
export async function getDraftRole(userId: string, draftId: string): Promise<DraftRole | null> {
  return findDraftRole(db, userId, draftId);
}

export async function hasPermission(userId: string, draftId: string, permission: DraftPermission): Promise<boolean> {
  return can(await getDraftRole(userId, draftId), permission);
}

function searchFilter(query: string): Prisma.DraftWhereInput {
  if (!query) return {};
  // SQLite's LIKE, which Prisma's `contains` uses, ignores case for ASCII letters.
  return { OR: [{ title: { contains: query } }, { agendaItem: { contains: query } }, { symbol: { contains: query } }] };
}

const summarySelect = {
  id: true,
  body: true,
  title: true,
  symbol: true,
  agendaItem: true,
  revision: true,
  updatedAt: true,
  ownerId: true,
  owner: { select: { name: true } },
} satisfies Prisma.DraftSelect;

/** The user's own drafts and the drafts shared with them, newest first, filtered by a search. */
export async function listDraftsForUser(userId: string, query = ""): Promise<{ mine: DraftSummary[]; shared: DraftSummary[] }> {
  const search = searchFilter(query.trim());
  const [mine, shared] = await Promise.all([
    db.draft.findMany({
      where: { ownerId: userId, deletedAt: null, ...search },
      orderBy: { updatedAt: "desc" },
      select: summarySelect,
      take: 500,
    }),
    db.draft.findMany({
      where: { deletedAt: null, shares: { some: { userId } }, ...search },
      orderBy: { updatedAt: "desc" },
      select: { ...summarySelect, shares: { where: { userId }, select: { access: true } } },
      take: 500,
    }),
  ]);
  const toSummary = (row: (typeof mine)[number], role: DraftRole | null): DraftSummary | null =>
    role === null
      ? null
      : {
          id: row.id,
          body: row.body,
          title: row.title,
          symbol: row.symbol,
          agendaItem: row.agendaItem,
          revision: row.revision,
          updatedAt: row.updatedAt,
          ownerName: row.owner.name,
          role,
        };
  return {
    mine: mine.map((row) => toSummary(row, "owner")).filter((row) => row !== null),
    shared: shared.map((row) => toSummary(row, roleOf(row, row.shares[0], userId))).filter((row) => row !== null),
  };
}

async function latestAuthorName(client: Client, draftId: string): Promise<string | null> {
  const latest = await client.draftRevision.findFirst({
    where: { draftId },
    orderBy: { number: "desc" },
    select: { author: { select: { name: true } } },
  });
  return latest?.author?.name ?? null;
}

/** The draft as the user may see it, or null when it does not exist for them. */
export async function getDraftForUser(userId: string, draftId: string): Promise<DraftView | null> {
  const row = await db.draft.findUnique({
    where: { id: draftId },
    select: {
      id: true,
      ownerId: true,
      deletedAt: true,
      revision: true,
      updatedAt: true,
      document: true,
      owner: { select: { name: true } },
      shares: { where: { userId }, select: { access: true } },
    },
  });
  if (!row || row.deletedAt) return null;
  const role = roleOf(row, row.shares[0], userId);
  if (!can(role, "read") || role === null) return null;
  return {
    id: row.id,
    role,
    ownerName: row.owner.name,
    revision: row.revision,
    updatedAt: row.updatedAt,
    updatedByName: await latestAuthorName(db, row.id),
    document: parseStoredDocument(row.document),
  };
}

/** The current state of a draft, for a conflict answer (the caller has checked access). */
export async function getCurrentDraftState(client: Client, draftId: string) {
  const row = await client.draft.findUnique({ where: { id: draftId }, select: { revision: true, document: true, updatedAt: true } });
  if (!row) return null;
  return {
    revision: row.revision,
    document: parseStoredDocument(row.document),
    updatedBy: await latestAuthorName(client, draftId),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Revisions newest first, with author names; null when the user may not see the history. */
export async function listRevisions(userId: string, draftId: string, limit = 200): Promise<RevisionSummary[] | null> {
  if (!(await hasPermission(userId, draftId, "history"))) return null;
  const rows = await db.draftRevision.findMany({
    where: { draftId },
    orderBy: { number: "desc" },
    take: limit,
    select: { number: true, kind: true, createdAt: true, author: { select: { name: true } } },
  });
  return rows.map((row) => ({ number: row.number, kind: row.kind, createdAt: row.createdAt, authorName: row.author?.name ?? null }));
}

export async function getRevision(userId: string, draftId: string, number: number): Promise<RevisionView | null> {
  if (!(await hasPermission(userId, draftId, "history"))) return null;
  const row = await db.draftRevision.findUnique({
    where: { draftId_number: { draftId, number } },
    select: { number: true, kind: true, createdAt: true, document: true, author: { select: { name: true } } },
  });
  if (!row) return null;
  return {
    number: row.number,
    kind: row.kind,
    createdAt: row.createdAt,
    authorName: row.author?.name ?? null,
    document: parseStoredDocument(row.document),
  };
}

/** The people a draft is shared with, and the pending invitations; owner only (null otherwise). */
export async function listShares(userId: string, draftId: string): Promise<SharingView | null> {
  if (!(await hasPermission(userId, draftId, "share"))) return null;
  const [rows, invitations] = await Promise.all([
    db.draftShare.findMany({
      where: { draftId },
      orderBy: { createdAt: "asc" },
      select: { access: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db.draftInvitation.findMany({ where: { draftId }, orderBy: { createdAt: "asc" }, select: { id: true, email: true, access: true } }),
  ]);
  return {
    shares: rows.flatMap((row) => (isShareAccess(row.access) ? [{ userId: row.user.id, name: row.user.name, email: row.user.email, access: row.access }] : [])),
    invitations: invitations.flatMap((row) => (isShareAccess(row.access) ? [{ id: row.id, email: row.email, access: row.access }] : [])),
  };
}

/** Invitations waiting for the signed-in user, by the email of their account (drafts since deleted are left out). */
export async function listInvitationsForUser(email: string): Promise<ReceivedInvitation[]> {
  const rows = await db.draftInvitation.findMany({
    where: { email, draft: { deletedAt: null } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, access: true, createdAt: true, invitedById: true, draft: { select: { title: true, symbol: true, agendaItem: true, owner: { select: { name: true } } } } },
  });
  return rows.flatMap((row) =>
    isShareAccess(row.access)
      ? [{ id: row.id, access: row.access, createdAt: row.createdAt, invitedByName: row.draft.owner.name, draftTitle: draftDisplayName(row.draft) }]
      : [],
  );
}
