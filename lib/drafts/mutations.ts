import "server-only";
import { importAmendments, type ImportedAmendments, type NotImported } from "@/lib/core/amend/portable";
import type { Amendment } from "@/lib/core/amend/schema";
import { withIds, type Draft, type PortableDraft } from "@/lib/core/draft/schema";
import { getState } from "@/lib/core/un/states";
import { instantiateTemplate } from "@/lib/core/draft/templates";
import { db } from "@/lib/server/db";
import { writeTransaction } from "@/lib/server/write-transaction";
import { RATE_LIMITS, withConfiguredLimit } from "@/lib/server/rate-limit-policy";
import { enforceRateLimit } from "@/lib/server/rate-limit";
import { can, isShareAccess, type DraftPermission, type ShareAccess } from "./access";
import { findDraftRole, getCurrentDraftState, type DbClient, type InvitationView } from "./data";
import { blankDraft, denormalisedColumns, newParagraphId, parseStoredDocument, serializeDocument } from "./document";
import { DraftError, NOT_FOUND_MESSAGE } from "./errors";
import { pruneRevisions } from "./revision-retention";
import { toAmendmentRow } from "@/lib/amendments/mutations";
import type { CreateDraftInput } from "./schema";

type Client = DbClient;

/** Throws "not found" without access at all, "forbidden" when the role lacks the permission. */
async function requirePermission(
  client: Client,
  userId: string,
  draftId: string,
  permission: DraftPermission,
  options: { includeDeleted?: boolean } = {},
) {
  const role = await findDraftRole(client, userId, draftId, options);
  if (role === null) throw new DraftError("not-found", NOT_FOUND_MESSAGE);
  if (!can(role, permission)) throw new DraftError("forbidden", forbiddenMessage(permission));
  return role;
}

function forbiddenMessage(permission: DraftPermission): string {
  switch (permission) {
    case "read":
    case "duplicate":
      return "You cannot open this draft.";
    case "write":
    case "restore":
      return "You can read this draft but not change it. Ask its owner to make you a co-author.";
    case "history":
      return "Only the owner and co-authors can see the history of this draft.";
    case "share":
      return "Only the owner of a draft can share it.";
    case "delete":
      return "Only the owner of a draft can delete it.";
    default: {
      const unreachable: never = permission;
      return unreachable;
    }
  }
}

async function insertDraft(userId: string, draft: Draft, kind: "create" | "import", amendments: readonly Amendment[] = []): Promise<{ id: string; revision: number }> {
  const document = serializeDocument(draft);
  const created = await db.draft.create({
    data: {
      ownerId: userId,
      ...denormalisedColumns(draft),
      document,
      revision: 1,
      revisions: { create: { number: 1, document, authorId: userId, kind } },
      // The draft's amendments (lib/amendments) come in with it, in one write.
      ...(amendments.length > 0 ? { amendments: { create: amendments.map((amendment) => toAmendmentRow(amendment, userId)) } } : {}),
    },
    select: { id: true, revision: true },
  });
  return created;
}

export async function createDraft(userId: string, input: CreateDraftInput): Promise<{ id: string; revision: number }> {
  switch (input.source) {
    case "blank":
      return insertDraft(userId, blankDraft(input.body), "create");
    case "template":
      return insertDraft(userId, instantiateTemplate(input.templateId, newParagraphId), "create");
    default: {
      const unreachable: never = input;
      return unreachable;
    }
  }
}

export type ImportedAmendmentsReport = { imported: number; notImported: NotImported[] };

/**
 * An imported portable draft (already validated by parsePortableDraft), with the amendments its file
 * carries (`amendments`, as the JSON export writes them): each is checked against the draft, the
 * good ones are kept, and those left out are reported with the reason (lib/core/amend/portable.ts).
 */
export async function importDraft(
  owner: { id: string; name: string | null },
  document: PortableDraft,
  amendmentsInput?: unknown,
  now = new Date(),
): Promise<{ id: string; revision: number; amendments: ImportedAmendmentsReport }> {
  const draft = withIds(document, newParagraphId);
  let amendments: ImportedAmendments = { amendments: [], notImported: [], renamed: [] };
  if (amendmentsInput !== undefined) {
    amendments = importAmendments(draft, amendmentsInput, { at: now.toISOString(), by: owner.name ?? undefined, isKnownState: (iso3) => getState(iso3) !== undefined });
  }
  const created = await insertDraft(owner.id, draft, "import", amendments.amendments);
  return { ...created, amendments: { imported: amendments.amendments.length, notImported: amendments.notImported } };
}

/** A copy owned by the user; anyone who can read a draft may copy it. */
export async function duplicateDraft(userId: string, draftId: string): Promise<{ id: string }> {
  await requirePermission(db, userId, draftId, "duplicate");
  const source = await db.draft.findUniqueOrThrow({ where: { id: draftId }, select: { document: true } });
  const draft = parseStoredDocument(source.document);
  const copy: Draft = draft.title ? { ...draft, title: `${draft.title} (copy)` } : draft;
  return insertDraft(userId, copy, "create");
}

/** Soft delete, so that "Undo" can bring it back. */
export async function deleteDraft(userId: string, draftId: string): Promise<void> {
  await requirePermission(db, userId, draftId, "delete");
  await db.draft.update({ where: { id: draftId }, data: { deletedAt: new Date() } });
}

export async function restoreDeletedDraft(userId: string, draftId: string): Promise<void> {
  await requirePermission(db, userId, draftId, "delete", { includeDeleted: true });
  await db.draft.update({ where: { id: draftId }, data: { deletedAt: null } });
}

export type SaveResult = { revision: number; savedAt: string };

/**
 * Saves a new version on top of `baseRevision`. The compare-and-set on the revision number is
 * one UPDATE, so two saves based on the same revision cannot both win: the second is refused
 * with "conflict" and told what is stored now.
 */
export async function saveDraft(userId: string, draftId: string, baseRevision: number, document: PortableDraft): Promise<SaveResult> {
  const draft = withIds(document, newParagraphId);
  return writeRevision(userId, draftId, baseRevision, draft, "save", "write");
}

async function writeRevision(
  userId: string,
  draftId: string,
  baseRevision: number,
  draft: Draft,
  kind: "save" | "restore",
  permission: DraftPermission,
): Promise<SaveResult> {
  const text = serializeDocument(draft);
  const next = baseRevision + 1;
  // Saves that race on one draft wait for each other (on PostgreSQL, each holds one of the pool's
  // connections while it waits for the draft's row): Prisma's defaults (2 s to start, 5 s in all)
  // turned the last of forty simultaneous saves on a loaded server into errors instead of conflicts.
  return writeTransaction(async (tx) => {
    await requirePermission(tx, userId, draftId, permission);
    const updated = await tx.draft.updateMany({
      where: { id: draftId, revision: baseRevision, deletedAt: null },
      data: { ...denormalisedColumns(draft), document: text, revision: next },
    });
    if (updated.count === 0) {
      const current = await getCurrentDraftState(tx, draftId);
      throw new DraftError("conflict", "This draft was changed elsewhere since you opened it.", { current });
    }
    const revision = await tx.draftRevision.create({
      data: { draftId, number: next, document: text, authorId: userId, kind },
      select: { createdAt: true },
    });
    await pruneRevisions(tx, draftId, next);
    return { revision: next, savedAt: revision.createdAt.toISOString() };
  }, SAVE_TRANSACTION_OPTIONS);
}

const SAVE_TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

/** Brings back an old version as a new revision on top of the current one; nothing is lost. */
export async function restoreRevision(userId: string, draftId: string, number: number): Promise<SaveResult> {
  await requirePermission(db, userId, draftId, "restore");
  const [old, current] = await Promise.all([
    db.draftRevision.findUnique({ where: { draftId_number: { draftId, number } }, select: { document: true } }),
    db.draft.findUniqueOrThrow({ where: { id: draftId }, select: { revision: true } }),
  ]);
  if (!old) throw new DraftError("not-found", `Revision ${number} does not exist.`);
  return writeRevision(userId, draftId, current.revision, parseStoredDocument(old.document), "restore", "restore");
}

/**
 * Owner only: invites an email to read or co-author the draft. The answer is the same whether or
 * not an account uses the email, and names no one: the share is created only when the person
 * signed in with that email accepts (acceptInvitation). Inviting again changes the access offered.
 * Each invitation counts against the owner's hourly limit, since each names an email.
 */
export async function inviteToDraft(userId: string, draftId: string, email: string, access: ShareAccess): Promise<InvitationView> {
  await requirePermission(db, userId, draftId, "share");
  // INVITATIONS_PER_HOUR: a teacher sharing with several classes may need more (the README's configuration table).
  await enforceRateLimit(withConfiguredLimit(RATE_LIMITS.invitation, process.env.INVITATIONS_PER_HOUR), `user:${userId}`);
  const owner = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  if (owner.email === email) throw new DraftError("cannot-share-with-owner", "You own this draft already.");
  const invitation = await db.draftInvitation.upsert({
    where: { draftId_email: { draftId, email } },
    create: { draftId, email, access, invitedById: userId },
    update: { access },
    select: { id: true },
  });
  return { id: invitation.id, email, access };
}

/** Owner only: withdraws a pending invitation. */
export async function revokeInvitation(userId: string, draftId: string, invitationId: string): Promise<void> {
  await requirePermission(db, userId, draftId, "share");
  await db.draftInvitation.deleteMany({ where: { id: invitationId, draftId } });
}

const INVITATION_NOT_FOUND = "This invitation does not exist any more: it was withdrawn, or the draft was deleted.";

/**
 * The invited person, signed in with the invited email, accepts: the share is created with the
 * access offered (an existing share takes it), and the invitation is used up. Any other account
 * gets "not found", as if there were no such invitation.
 */
export async function acceptInvitation(user: { id: string; email: string }, invitationId: string): Promise<{ draftId: string }> {
  return writeTransaction(async (tx) => {
    const invitation = await tx.draftInvitation.findFirst({
      where: { id: invitationId, email: user.email, draft: { deletedAt: null } },
      select: { id: true, draftId: true, access: true, draft: { select: { ownerId: true } } },
    });
    if (!invitation || !isShareAccess(invitation.access)) throw new DraftError("not-found", INVITATION_NOT_FOUND);
    await tx.draftInvitation.delete({ where: { id: invitation.id } });
    if (invitation.draft.ownerId !== user.id) {
      await tx.draftShare.upsert({
        where: { draftId_userId: { draftId: invitation.draftId, userId: user.id } },
        create: { draftId: invitation.draftId, userId: user.id, access: invitation.access },
        update: { access: invitation.access },
      });
    }
    return { draftId: invitation.draftId };
  });
}

/** The invited person declines: the invitation is removed and nothing is shared. */
export async function declineInvitation(user: { email: string }, invitationId: string): Promise<void> {
  const { count } = await db.draftInvitation.deleteMany({ where: { id: invitationId, email: user.email } });
  if (count === 0) throw new DraftError("not-found", INVITATION_NOT_FOUND);
}

export async function unshareDraft(userId: string, draftId: string, targetUserId: string): Promise<void> {
  await requirePermission(db, userId, draftId, "share");
  await db.draftShare.deleteMany({ where: { draftId, userId: targetUserId } });
}
