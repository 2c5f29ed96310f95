import "server-only";
import { randomInt, randomUUID } from "node:crypto";
import { getPredictionModel } from "@/lib/core/predict/predict-vote";
import type { CurrentUser } from "@/lib/accounts/session";
import { can } from "@/lib/accounts/access";
import { autoAssignSeats, type AssignMode } from "@/lib/core/classroom/assign";
import { botVoteDate, createClassBotVoter, type AssemblyHabitsFile } from "@/lib/core/classroom/bot-votes";
import habitsFile from "@/lib/core/classroom/generated/assembly-habits.json";
import { generateJoinCode, normalizeJoinCode } from "@/lib/core/classroom/join-code";
import { checkMeetingDate } from "@/lib/core/classroom/meeting-date";
import { rollCallOrder } from "@/lib/core/classroom/roll-call";
import { listClassSeats, type ClassBody } from "@/lib/core/classroom/seats";
import { castBallot as castCoreBallot, closeVote as closeCoreVote, openVote as openCoreVote, overrideBot as overrideCoreBot, type BallotValue, type VoteResult, type VoteStep } from "@/lib/core/classroom/vote-session";
import { readAmendments } from "@/lib/amendments/data";
import type { Amendment } from "@/lib/core/amend/schema";
import { ruleOnDivision } from "@/lib/core/amend/division";
import { checkDivisionRequest, nextSequenceVote } from "@/lib/core/classroom/amendment-votes";
import { parsePortableDraft } from "@/lib/core/draft/schema";
import { getState } from "@/lib/core/un/states";
import { seededRandom } from "@/lib/core/seeded-random";
import { getDraftForUser } from "@/lib/drafts/data";
import { draftDisplayName, serializeDocument } from "@/lib/drafts/document";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, isUniqueViolation } from "@/lib/server/db";
import { writeTransaction } from "@/lib/server/write-transaction";
import { hasRoomFor, quotaMessage } from "@/lib/server/storage-quotas";
import { readSpeakers, requiredFor, speakersView } from "./data";
import { ClassError, notFound } from "./errors";
import { tabledSequence } from "./amendment-sequence";
import { writeClass } from "./events";
import { assertPermission, hashGuestToken, newGuestToken, type ClassMember } from "./identity";
import { idSchema, parseStored, stringListSchema, type StoredSpeakers } from "./schema";
import type { z } from "zod";
import type { divisionRequestSchema, openVoteSchema, speakersRequestSchema, updateClassSchema } from "./schema";
import { toSessionVote, type VoteRow } from "./vote-rows";
import type { ClassEvent, VoteResultView } from "./view";

type Tx = Prisma.TransactionClient;

/** Crypto-backed numbers in [0, 1) for the core's draws (join codes, lots, random seats). */
function cryptoRandom(): number {
  return randomInt(0, 2 ** 32) / 2 ** 32;
}

const botVoter = createClassBotVoter({ habits: habitsFile as AssemblyHabitsFile, randomFor: seededRandom });

// ---------------------------------------------------------------- classes

export async function createClass(user: CurrentUser, input: { name: string; body: ClassBody; year: number; meetingDate?: string }): Promise<{ id: string; joinCode: string }> {
  if (!can(user.role, "create-class")) throw new ClassError("forbidden", "Only teachers can open a class.");
  if (listClassSeats(input.body, input.year).length === 0) throw new ClassError("invalid-request", `There is no ${input.body === "security-council" ? "Security Council" : "General Assembly"} for ${input.year}.`);
  const meetingDate = input.meetingDate ? validMeetingDate(input.year, input.meetingDate) : null;
  for (let attempt = 0; attempt < 8; attempt++) {
    const joinCode = generateJoinCode(cryptoRandom);
    try {
      // Counted and written in one transaction, so that parallel requests cannot pass the quota together.
      const created = await writeTransaction(async (tx) => {
        if (!hasRoomFor("classes", await tx.classroom.count({ where: { ownerId: user.id } }))) throw new ClassError("conflict", quotaMessage("classes"));
        return tx.classroom.create({
          data: {
            ownerId: user.id,
            name: input.name,
            body: input.body,
            year: input.year,
            meetingDate,
            joinCode,
            delegates: { create: { userId: user.id, name: user.name, isChair: true } },
          },
          select: { id: true, joinCode: true },
        });
      });
      return created;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new ClassError("internal", "No free join code was found; try again.");
}

/** A meeting date checked against the class's year (lib/core/classroom/meeting-date.ts), or a 400 with its message. */
function validMeetingDate(year: number, text: string): string {
  const checked = checkMeetingDate(year, text);
  if (!checked.ok) throw new ClassError("invalid-request", checked.message);
  return checked.date;
}

export async function updateClass(member: ClassMember, input: z.infer<typeof updateClassSchema>): Promise<void> {
  const ownerFields = input.name !== undefined || input.locked !== undefined || input.speakingTimeSeconds !== undefined || input.status !== undefined || input.meetingDate !== undefined;
  if (ownerFields) assertPermission(member, input.status ? "end-class" : "update-class");
  if (input.currentItem !== undefined) assertPermission(member, "set-current-item");
  await writeClass(member.classId, async (tx) => {
    let meetingDate: string | null | undefined;
    if (input.meetingDate !== undefined) {
      const { year } = await tx.classroom.findUniqueOrThrow({ where: { id: member.classId }, select: { year: true } });
      meetingDate = input.meetingDate === null || input.meetingDate.trim() === "" ? null : validMeetingDate(year, input.meetingDate);
    }
    await tx.classroom.update({
      where: { id: member.classId },
      data: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.locked !== undefined ? { locked: input.locked } : {}),
        ...(input.currentItem !== undefined ? { currentItem: input.currentItem } : {}),
        ...(input.speakingTimeSeconds !== undefined ? { speakingTimeSeconds: input.speakingTimeSeconds } : {}),
        ...(meetingDate !== undefined ? { meetingDate } : {}),
        ...(input.status ? { status: "ended" } : {}),
      },
    });
    const events: ClassEvent[] = [];
    if (input.currentItem !== undefined) events.push({ type: "class-updated", data: { reason: "item" } });
    if (ownerFields) events.push({ type: "class-updated", data: { reason: "class" } });
    return { value: undefined, events };
  });
}

export async function regenerateJoinCode(member: ClassMember): Promise<{ joinCode: string }> {
  assertPermission(member, "regenerate-code");
  for (let attempt = 0; attempt < 8; attempt++) {
    const joinCode = generateJoinCode(cryptoRandom);
    try {
      await db.classroom.update({ where: { id: member.classId }, data: { joinCode } });
      return { joinCode };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new ClassError("internal", "No free join code was found; try again.");
}

// ---------------------------------------------------------------- joining

export type JoinResult = { classId: string; delegateId: string; guestToken?: string };

/**
 * Joins by code. A signed-in user joins as themselves; anyone else as a guest with a display
 * name. The same user, or the same device (its guest cookie for that class), gets the same delegate.
 */
export async function joinClass(input: {
  code: string;
  name?: string;
  user: CurrentUser | null;
  guestTokenFor: (classId: string) => string | undefined;
}): Promise<JoinResult> {
  const code = normalizeJoinCode(input.code);
  if (!code) throw notFound("No class has this code. Check the six characters on the board.");
  const classroom = await db.classroom.findUnique({ where: { joinCode: code }, select: { id: true, locked: true, status: true } });
  if (!classroom) throw notFound("No class has this code. Check the six characters on the board.");

  if (input.user) {
    const existing = await db.classDelegate.findFirst({ where: { classId: classroom.id, userId: input.user.id }, select: { id: true, revokedAt: true } });
    if (existing?.revokedAt) throw new ClassError("forbidden", "The teacher removed you from this class.");
    if (existing) return { classId: classroom.id, delegateId: existing.id };
  } else {
    const token = input.guestTokenFor(classroom.id);
    if (token && token.length <= 200) {
      const existing = await db.classDelegate.findFirst({ where: { classId: classroom.id, guestTokenHash: hashGuestToken(token) }, select: { id: true, revokedAt: true } });
      if (existing?.revokedAt) throw new ClassError("forbidden", "The teacher removed you from this class.");
      if (existing) return { classId: classroom.id, delegateId: existing.id };
    }
  }
  if (classroom.status === "ended") throw new ClassError("closed", "This class has ended.");
  if (classroom.locked) throw new ClassError("locked", "The teacher has locked this class against new joins.");
  const name = input.name ?? input.user?.name;
  if (!name) throw new ClassError("invalid-request", "Enter your name to join as a guest.");

  const guestToken = input.user ? undefined : newGuestToken();
  return writeClass(classroom.id, async (tx) => {
    try {
      const delegate = await tx.classDelegate.create({
        data: { classId: classroom.id, userId: input.user?.id ?? null, name, guestTokenHash: guestToken ? hashGuestToken(guestToken) : null },
        select: { id: true },
      });
      return { value: { classId: classroom.id, delegateId: delegate.id, guestToken }, events: [{ type: "class-updated", data: { reason: "roster" } }] };
    } catch (error) {
      if (isUniqueViolation(error)) throw new ClassError("conflict", "You joined this class already; reload the page.");
      throw error;
    }
  });
}

// ---------------------------------------------------------------- roster and seats

export async function autoAssign(member: ClassMember, mode: AssignMode): Promise<{ seats: Record<string, string | null> }> {
  assertPermission(member, "assign-seats");
  return writeClass(member.classId, async (tx) => {
    const classroom = await tx.classroom.findUniqueOrThrow({ where: { id: member.classId }, select: { body: true, year: true, ownerId: true } });
    const seats = listClassSeats(classroom.body as ClassBody, classroom.year).map((seat) => seat.iso3);
    const delegates = await tx.classDelegate.findMany({ where: { classId: member.classId, revokedAt: null }, orderBy: { joinedAt: "asc" }, select: { id: true, seat: true, userId: true } });
    // The teacher chairs: they are given a seat only by hand.
    const players = delegates.filter((delegate) => delegate.userId === null || delegate.userId !== classroom.ownerId);
    const assigned = autoAssignSeats(seats, players.map((delegate) => ({ delegateId: delegate.id, seat: delegate.seat })), mode, cryptoRandom);
    for (const [delegateId, seat] of assigned) await tx.classDelegate.update({ where: { id: delegateId }, data: { seat } });
    const holder = new Map<string, string>();
    for (const delegate of delegates) {
      const seat = assigned.get(delegate.id) ?? delegate.seat;
      if (seat && !holder.has(seat)) holder.set(seat, delegate.id);
    }
    const out: Record<string, string | null> = {};
    for (const iso3 of seats) out[iso3] = holder.get(iso3) ?? null;
    return { value: { seats: out }, events: [{ type: "class-updated", data: { reason: "seats" } }] };
  });
}

/** Puts exactly these delegates (at most two) on the seat; each leaves any seat held before. */
export async function assignSeat(member: ClassMember, iso3Input: string, delegateIds: string[]): Promise<{ iso3: string; delegateIds: string[] }> {
  assertPermission(member, "assign-seats");
  const iso3 = iso3Input.toUpperCase();
  const unique = [...new Set(delegateIds)];
  return writeClass(member.classId, async (tx) => {
    const classroom = await tx.classroom.findUniqueOrThrow({ where: { id: member.classId }, select: { body: true, year: true } });
    if (!listClassSeats(classroom.body as ClassBody, classroom.year).some((seat) => seat.iso3 === iso3)) throw notFound(`${iso3} has no seat in this class.`);
    const found = await tx.classDelegate.findMany({ where: { classId: member.classId, id: { in: unique }, revokedAt: null }, select: { id: true } });
    if (found.length !== unique.length) throw notFound("A delegate named is not in this class.");
    await tx.classDelegate.updateMany({ where: { classId: member.classId, seat: iso3, id: { notIn: unique } }, data: { seat: null } });
    if (unique.length > 0) await tx.classDelegate.updateMany({ where: { classId: member.classId, id: { in: unique } }, data: { seat: iso3 } });
    return { value: { iso3, delegateIds: unique }, events: [{ type: "class-updated", data: { reason: "seats" } }] };
  });
}

async function findDelegate(tx: Tx, classId: string, delegateIdInput: string) {
  const delegateId = idSchema.safeParse(delegateIdInput);
  if (!delegateId.success) throw notFound("This class has no such delegate.");
  const delegate = await tx.classDelegate.findFirst({ where: { id: delegateId.data, classId, revokedAt: null }, include: { classroom: { select: { ownerId: true } } } });
  if (!delegate) throw notFound("This class has no such delegate.");
  return delegate;
}

export async function updateDelegate(member: ClassMember, delegateId: string, input: { isChair: boolean }): Promise<void> {
  assertPermission(member, "manage-delegates");
  await writeClass(member.classId, async (tx) => {
    const delegate = await findDelegate(tx, member.classId, delegateId);
    if (delegate.userId !== null && delegate.userId === delegate.classroom.ownerId) throw new ClassError("invalid-request", "The teacher always chairs.");
    await tx.classDelegate.update({ where: { id: delegate.id }, data: { isChair: input.isChair } });
    return { value: undefined, events: [{ type: "class-updated", data: { reason: "roster" } }] };
  });
}

/** Removes a delegate; a guest's token stops opening anything at once (their cookie resolves to nobody). */
export async function removeDelegate(member: ClassMember, delegateId: string): Promise<void> {
  assertPermission(member, "manage-delegates");
  await writeClass(member.classId, async (tx) => {
    const delegate = await findDelegate(tx, member.classId, delegateId);
    if (delegate.userId !== null && delegate.userId === delegate.classroom.ownerId) throw new ClassError("invalid-request", "The teacher cannot be removed from their own class.");
    await tx.classDelegate.update({ where: { id: delegate.id }, data: { revokedAt: new Date(), seat: null, isChair: false } });
    return { value: undefined, events: [{ type: "class-updated", data: { reason: "roster", removedDelegateId: delegate.id } }] };
  });
}

// ---------------------------------------------------------------- tabled drafts

export async function tableDraft(member: ClassMember, input: { draftId: string; sponsors?: string[] }): Promise<{ id: string }> {
  assertPermission(member, "table-draft");
  if (!member.userId) throw new ClassError("forbidden", "Sign in to table one of your drafts; guests have no drafts.");
  const draft = await getDraftForUser(member.userId, input.draftId);
  if (!draft) throw notFound("This draft does not exist, or you do not have access to it.");
  const document = parsePortableDraft(draft.document);
  if (!document.ok) throw new ClassError("invalid-request", "This draft cannot be tabled: its document is not valid.");
  const sponsors = input.sponsors ?? (member.seat ? [member.seat] : []);
  for (const iso3 of sponsors) if (!getState(iso3)) throw new ClassError("invalid-request", `sponsors: ${iso3} is not a known state.`);
  // The amendments go with the text as tabled: the class votes the proposed ones before the draft.
  const amendments = await listTablingAmendments(draft.id);
  return writeClass(member.classId, async (tx) => {
    const row = await tx.tabledDraft.create({
      data: {
        classId: member.classId,
        draftId: draft.id,
        tabledById: member.delegateId,
        title: draftDisplayName({ title: document.draft.title ?? "", symbol: document.draft.symbol ?? "", agendaItem: document.draft.agendaItem ?? "" }),
        symbol: document.draft.symbol ?? "",
        document: serializeDocument(document.draft),
        sponsors: JSON.stringify([...new Set(sponsors)]),
        amendments: amendments.length > 0 ? JSON.stringify(amendments) : null,
      },
      select: { id: true },
    });
    return { value: { id: row.id }, events: [{ type: "class-updated", data: { reason: "drafts" } }] };
  });
}

/** A delegate co-sponsors a tabled draft with their own seat, or withdraws. */
export async function setSponsorship(member: ClassMember, tabledIdInput: string, sponsoring: boolean): Promise<{ sponsors: string[] }> {
  assertPermission(member, "table-draft");
  const seat = member.seat;
  if (!seat) throw new ClassError("conflict", "You have no seat yet: a delegation sponsors, so ask the chair for a seat first.");
  const tabledId = idSchema.safeParse(tabledIdInput);
  if (!tabledId.success) throw notFound("This class has no such tabled draft.");
  return writeClass(member.classId, async (tx) => {
    const row = await tx.tabledDraft.findFirst({ where: { id: tabledId.data, classId: member.classId }, select: { id: true, sponsors: true } });
    if (!row) throw notFound("This class has no such tabled draft.");
    const current = parseStored(stringListSchema, row.sponsors);
    const sponsors = sponsoring ? [...new Set([...current, seat])] : current.filter((iso3) => iso3 !== seat);
    await tx.tabledDraft.update({ where: { id: row.id }, data: { sponsors: JSON.stringify(sponsors) } });
    return { value: { sponsors }, events: [{ type: "class-updated", data: { reason: "drafts" } }] };
  });
}

// ---------------------------------------------------------------- speakers

export async function runSpeakers(member: ClassMember, request: z.infer<typeof speakersRequestSchema>, now: Date): Promise<ReturnType<typeof speakersView>> {
  const chair = member.role !== "delegate";
  if (chair) assertPermission(member, "run-speakers");
  else if (request.action === "add" || request.action === "remove") assertPermission(member, "queue-own-seat");
  else assertPermission(member, "run-speakers");
  return writeClass(member.classId, async (tx) => {
    const classroom = await tx.classroom.findUniqueOrThrow({ where: { id: member.classId }, select: { speakers: true, speakingTimeSeconds: true, body: true, year: true } });
    const speakers: StoredSpeakers = readSpeakers(classroom.speakers);
    const seats = listClassSeats(classroom.body as ClassBody, classroom.year);
    switch (request.action) {
      case "add": {
        let iso3 = request.iso3 ?? null;
        if (!chair) {
          if (!member.seat) throw new ClassError("conflict", "You have no seat yet: ask the chair for one before asking for the floor.");
          if (iso3 && iso3 !== member.seat) throw new ClassError("forbidden", "You may only put your own delegation on the list.");
          iso3 = member.seat;
        }
        const seat = iso3 ? seats.find((entry) => entry.iso3 === iso3) : undefined;
        if (iso3 && !seat) throw new ClassError("invalid-request", `${iso3} has no seat in this class.`);
        const name = seat?.name ?? request.name;
        if (!name) throw new ClassError("invalid-request", "Name the speaker: a seat (iso3) or a name.");
        if (iso3 && speakers.queue.some((entry) => entry.iso3 === iso3)) throw new ClassError("conflict", `${name} is already on the list.`);
        if (speakers.queue.length >= 200) throw new ClassError("conflict", "The speakers' list is full.");
        speakers.queue.push({ id: randomUUID(), iso3, name });
        break;
      }
      case "remove": {
        const entry = speakers.queue.find((speaker) => speaker.id === request.speakerId);
        if (!entry) throw notFound("No such speaker on the list.");
        if (!chair && entry.iso3 !== member.seat) throw new ClassError("forbidden", "You may only take your own delegation off the list.");
        speakers.queue = speakers.queue.filter((speaker) => speaker.id !== request.speakerId);
        break;
      }
      case "next": {
        const next = speakers.queue.shift();
        speakers.current = next ? { ...next, startedAt: now.toISOString() } : null;
        break;
      }
      case "clear":
        speakers.queue = [];
        speakers.current = null;
        break;
      default: {
        const unreachable: never = request;
        throw new Error(`unhandled action ${String(unreachable)}`);
      }
    }
    await tx.classroom.update({ where: { id: member.classId }, data: { speakers: JSON.stringify(speakers) } });
    const view = speakersView(speakers, classroom.speakingTimeSeconds);
    return { value: view, events: [{ type: "speakers", data: view }] };
  });
}

// ---------------------------------------------------------------- votes

function refuse(step: Exclude<VoteStep, { ok: true }>): never {
  switch (step.code) {
    case "vote-closed":
      throw new ClassError("closed", step.message);
    case "not-a-seat":
      throw new ClassError("invalid-request", step.message);
    case "party-must-abstain":
      throw new ClassError("invalid-request", step.message);
    case "not-a-bot-seat":
    case "bot-seat":
      throw new ClassError("forbidden", step.message);
    default: {
      const unreachable: never = step.code;
      throw new Error(`unhandled refusal ${String(unreachable)}`);
    }
  }
}

/** The proposed (and friendly, already in the text) amendments of a draft being tabled, without their authors. */
async function listTablingAmendments(draftId: string): Promise<Amendment[]> {
  const stored = await readAmendments(db, draftId);
  return stored
    .filter((amendment) => amendment.status === "proposed" || amendment.status === "friendly")
    .map(({ number: _number, authorId: _authorId, authorName: _authorName, ...amendment }) => {
      void _number;
      void _authorId;
      void _authorName;
      return amendment;
    });
}

/** The next item of a tabled draft's amendment sequence, from the class's votes on it so far. */
async function nextStepOf(tx: Tx, tabled: { id: string; document: string; amendments: string | null; division: string | null } | null, kind: string, body: ClassBody) {
  if (!tabled || kind !== "draft") throw new ClassError("invalid-request", "Name the tabled draft whose amendments are voted (draftId).");
  const votes = await tx.classVote.findMany({ where: { tabledDraftId: tabled.id, sequenceStep: { not: null } }, orderBy: { openedAt: "asc" }, select: { tabledDraftId: true, status: true, sequenceStep: true, result: true } });
  const found = tabledSequence(tabled, votes, false, body);
  if (!found) throw new ClassError("invalid-request", "This draft was tabled without amendments to vote and no division was asked: open the vote on the draft itself.");
  const next = nextSequenceVote(found.sequence);
  if (!next) throw new ClassError("conflict", "Every amendment of this draft and the draft itself have been voted.");
  return { setup: { key: next.key, kind: next.kind, label: next.label, amended: next.amended }, text: found.sequence.draft };
}

/**
 * Division of the question (Council rule 32, Assembly rule 89): the chair asks for separate votes
 * on operative paragraphs of a tabled draft, numbered as in the text as amended so far, and records
 * whether the mover (Council) or a delegation (Assembly) objects. Allowed until the vote on the
 * draft is opened; once per draft. The sequence then carries the parts (or, in the Assembly after an
 * objection, the vote on the motion for division first).
 */
export async function requestDivision(member: ClassMember, tabledIdInput: string, input: z.infer<typeof divisionRequestSchema>): Promise<{ division: { label: string; divided: boolean; reason: string } }> {
  assertPermission(member, "open-vote");
  const tabledId = idSchema.safeParse(tabledIdInput);
  if (!tabledId.success) throw notFound("This class has no such tabled draft.");
  return writeClass(member.classId, async (tx) => {
    const tabled = await tx.tabledDraft.findFirst({ where: { id: tabledId.data, classId: member.classId }, select: { id: true, document: true, amendments: true, division: true } });
    if (!tabled) throw notFound("This class has no such tabled draft.");
    const classroom = await tx.classroom.findUniqueOrThrow({ where: { id: member.classId }, select: { body: true } });
    const body = classroom.body as ClassBody;
    const votes = await tx.classVote.findMany({ where: { tabledDraftId: tabled.id }, orderBy: { openedAt: "asc" }, select: { tabledDraftId: true, status: true, sequenceStep: true, result: true } });
    if (votes.some((vote) => vote.sequenceStep === null)) throw new ClassError("invalid-request", "This draft has already been put to the vote as a whole: division can only be asked before the vote on the draft.");
    const found = tabledSequence(tabled, votes, true, body);
    if (!found) throw new ClassError("invalid-request", "This tabled draft cannot be read: division cannot be asked.");
    const checked = checkDivisionRequest(found.sequence, input);
    if (!checked.ok) throw new ClassError("invalid-request", checked.message);
    await tx.tabledDraft.update({ where: { id: tabled.id }, data: { division: JSON.stringify(checked.division) } });
    // Division is asked once per draft: no motion for division has been voted on yet.
    const ruling = ruleOnDivision({ body, parts: checked.division.parts, objection: checked.division.objection });
    const value = { division: { label: checked.division.label, divided: ruling.divided, reason: ruling.reason } };
    return { value, events: [{ type: "class-updated", data: { reason: "drafts" } }] };
  });
}

/** "Amendment A1 (Operative paragraph 6) to S/2022/155", "S/2022/155, as amended". */
function sequenceVoteTitle(step: { kind: "amendment" | "part" | "draft" | "division"; label: string; amended: boolean }, draftTitle: string): string {
  switch (step.kind) {
    case "amendment":
    case "part":
    case "division":
      return `${step.label} — ${draftTitle}`.slice(0, 300);
    case "draft":
      return step.amended ? `${draftTitle}, as amended` : draftTitle;
    default: {
      const unreachable: never = step.kind;
      throw new Error(`unhandled step ${String(unreachable)}`);
    }
  }
}

export async function openVote(member: ClassMember, input: z.infer<typeof openVoteSchema>, now: Date): Promise<{ voteId: string }> {
  assertPermission(member, "open-vote");
  const voteId = randomUUID();
  // The first prediction builds the model from the record (seconds on a busy machine): build it
  // before the class's write transaction, which must stay short, rather than inside it.
  getPredictionModel();
  return writeClass(member.classId, async (tx) => {
    const classroom = await tx.classroom.findUniqueOrThrow({ where: { id: member.classId }, select: { body: true, year: true } });
    const body = classroom.body as ClassBody;
    const kind = input.kind ?? (input.draftId ? "draft" : "motion");
    if (kind === "referral" && body !== "security-council") throw new ClassError("invalid-request", "A referral under Uniting for Peace is a vote of the Security Council.");
    if (kind === "draft" && !input.draftId && !input.title) throw new ClassError("invalid-request", "Name the tabled draft to vote on (draftId), or give the draft's title.");
    const open = await tx.classVote.findFirst({ where: { classId: member.classId, status: "open" }, select: { id: true } });
    if (open) throw new ClassError("conflict", "A vote is already open; close it first.");
    let tabled: { id: string; title: string; document: string; sponsors: string; amendments: string | null; division: string | null } | null = null;
    if (input.draftId) {
      tabled = await tx.tabledDraft.findFirst({ where: { id: input.draftId, classId: member.classId }, select: { id: true, title: true, document: true, sponsors: true, amendments: true, division: true } });
      if (!tabled) throw notFound("This class has no such tabled draft.");
    }
    const step = input.sequence ? await nextStepOf(tx, tabled, kind, body) : null;
    // Rule 89: the motion for division is a procedural motion (its majority is the core's, openCoreVote).
    const isMotionForDivision = step?.setup.kind === "division";
    const voteKind = isMotionForDivision ? "motion" : kind;
    const seats = listClassSeats(body, classroom.year);
    const seatCodes = new Set(seats.map((seat) => seat.iso3));
    const parties = [...new Set(input.parties ?? [])];
    for (const iso3 of parties) if (!getState(iso3)) throw new ClassError("invalid-request", `parties: ${iso3} is not a known state.`);
    const matter = kind === "referral" || isMotionForDivision ? "procedural" : input.matter;
    const basis = body === "security-council" && kind !== "referral" ? (input.basis ?? null) : null;
    const delegates = await tx.classDelegate.findMany({ where: { classId: member.classId, revokedAt: null, seat: { not: null } }, select: { seat: true } });
    const played = new Set(delegates.map((delegate) => delegate.seat!));
    const botSeats = seats.map((seat) => seat.iso3).filter((iso3) => !played.has(iso3));
    const draftDocument = tabled ? parsePortableDraft(JSON.parse(tabled.document)) : null;
    const sponsors = tabled ? parseStored(stringListSchema, tabled.sponsors) : [];
    const botVotes = botVoter.voteFor(
      seats.map((seat) => seat.iso3),
      {
        body,
        year: classroom.year,
        date: botVoteDate(classroom.year, now.toISOString()),
        kind: voteKind,
        matter,
        basis,
        parties,
        // The bots read the text as amended so far when the draft itself is voted.
        draft: step?.setup.kind === "draft" ? step.text : draftDocument?.ok ? draftDocument.draft : null,
        sponsors: sponsors.filter((iso3) => getState(iso3)),
        seed: voteId,
      },
    );
    const at = now.toISOString();
    const vote = openCoreVote(
      {
        body,
        year: classroom.year,
        kind: voteKind,
        matter,
        basis,
        parties,
        majority: body === "general-assembly" ? (input.majority ?? "simple") : "simple",
        seats,
        required: requiredFor(body, classroom.year),
        ...(step ? { step: step.setup } : {}),
      },
      { botSeats, botVotes, at },
    );
    const title = step
      ? sequenceVoteTitle(step.setup, tabled!.title)
      : input.title || (tabled ? tabled.title : kind === "referral" ? "Referral to the General Assembly (Uniting for Peace, resolution 377 A (V))" : "Procedural motion");
    await tx.classVote.create({
      data: {
        id: voteId,
        classId: member.classId,
        tabledDraftId: tabled?.id ?? null,
        kind: voteKind,
        title,
        matter,
        basis,
        parties: JSON.stringify(parties.filter((iso3) => seatCodes.has(iso3) || getState(iso3))),
        majority: vote.majority,
        rollCall: input.rollCall ?? false,
        rollCallOrder: input.rollCall ? JSON.stringify(rollCallOrder(seats, cryptoRandom)) : null,
        hideTally: input.hideTally ?? false,
        seats: JSON.stringify(seats),
        botSeats: JSON.stringify(vote.botSeats),
        botVotes: JSON.stringify(vote.botVotes),
        sequenceStep: step ? JSON.stringify(step.setup) : null,
        openedAt: now,
      },
    });
    if (vote.botSeats.length > 0) {
      await tx.classBallot.createMany({
        data: vote.botSeats.map((iso3) => ({ voteId, iso3, value: vote.ballots[iso3].vote, castBy: "bot", castAt: now })),
      });
    }
    return { value: { voteId }, events: [{ type: "vote-opened", data: { voteId } }] };
  });
}

async function loadVote(tx: Tx, classId: string, voteIdInput: string) {
  const voteId = idSchema.safeParse(voteIdInput);
  if (!voteId.success) throw notFound("This class has no such vote.");
  const row = await tx.classVote.findFirst({ where: { id: voteId.data, classId }, include: { classroom: { select: { body: true, year: true } } } });
  if (!row) throw notFound("This class has no such vote.");
  const ballots = await tx.classBallot.findMany({ where: { voteId: row.id }, select: { iso3: true, value: true, castBy: true, castAt: true } });
  const body = row.classroom.body as ClassBody;
  return { row, ballots, vote: toSessionVote(row as VoteRow, ballots, body, row.classroom.year, requiredFor(body, row.classroom.year)) };
}

function ballotEvent(row: { id: string; hideTally: boolean }, iso3: string, ballots: Record<string, { vote: BallotValue; by: "delegate" | "bot" | "chair" }>, value: BallotValue, by: "delegate" | "bot" | "chair"): ClassEvent {
  const all = Object.values(ballots);
  const tally = { yes: all.filter((ballot) => ballot.vote === "Y").length, no: all.filter((ballot) => ballot.vote === "N").length, abstain: all.filter((ballot) => ballot.vote === "A").length };
  // A hidden tally travels to no one: the stream is the same for every screen.
  return row.hideTally
    ? { type: "ballot", data: { voteId: row.id, iso3, voted: all.length, vote: null, by: null, tally: null } }
    : { type: "ballot", data: { voteId: row.id, iso3, voted: all.length, vote: value, by, tally } };
}

type PendingBallot = {
  member: ClassMember;
  voteId: string;
  value: BallotValue;
  at: Date;
  resolve: (value: { vote: BallotValue; iso3: string }) => void;
  reject: (error: unknown) => void;
};

// Ballots waiting for their class's next write, kept across Next's module reloading.
const globalForBallots = globalThis as unknown as { classBallotQueues?: Map<string, PendingBallot[]> };
const pendingBallots = (globalForBallots.classBallotQueues ??= new Map());

/**
 * A delegate's ballot for their own seat; may be changed until the chair closes the vote.
 * Ballots that arrive together (a room voting at once) are written in one transaction, each
 * checked on its own by the core; their events keep the order of arrival.
 */
export function castBallot(member: ClassMember, voteIdInput: string, value: BallotValue, now: Date): Promise<{ vote: BallotValue; iso3: string }> {
  assertPermission(member, "vote-own-seat");
  return new Promise((resolve, reject) => {
    const waiting = pendingBallots.get(member.classId);
    const item: PendingBallot = { member, voteId: voteIdInput, value, at: now, resolve, reject };
    if (waiting) {
      waiting.push(item);
      return;
    }
    pendingBallots.set(member.classId, [item]);
    // Written at the next turn of the event loop: every ballot whose request arrived meanwhile
    // (a room voting at once) joins this batch, which then costs one transaction and one round
    // of writes to the class's screens instead of one each.
    setImmediate(() => void writeBallots(member.classId));
  });
}

async function writeBallots(classId: string): Promise<void> {
  let taken: PendingBallot[] = [];
  const outcomes = new Map<PendingBallot, { ok: true; value: { vote: BallotValue; iso3: string } } | { ok: false; error: unknown }>();
  try {
    await writeClass(classId, async (tx) => {
      // Everything queued until now is written here; later ballots start the next batch.
      taken = pendingBallots.get(classId) ?? [];
      pendingBallots.delete(classId);
      const votes = new Map<string, Awaited<ReturnType<typeof loadVote>>>();
      const events: ClassEvent[] = [];
      // The last ballot of each seat in this batch; written together below.
      const written = new Map<string, { voteId: string; iso3: string; value: string; castBy: string; delegateId: string; castAt: Date }>();
      for (const item of taken) {
        try {
          let loaded = votes.get(item.voteId);
          if (!loaded) {
            loaded = await loadVote(tx, classId, item.voteId);
            votes.set(item.voteId, loaded);
          }
          const iso3 = item.member.seat;
          if (loaded.vote.status === "closed") throw new ClassError("closed", "The vote is closed; ballots are no longer taken.");
          if (!iso3) throw new ClassError("forbidden", "You have no seat, so you have no vote. Ask the chair for a seat.");
          const step = castCoreBallot(loaded.vote, { iso3, vote: item.value, at: item.at.toISOString() });
          if (!step.ok) refuse(step);
          loaded.vote = step.vote;
          written.set(`${loaded.row.id}|${iso3}`, { voteId: loaded.row.id, iso3, value: item.value, castBy: "delegate", delegateId: item.member.delegateId, castAt: item.at });
          events.push(ballotEvent(loaded.row, iso3, step.vote.ballots, item.value, "delegate"));
          outcomes.set(item, { ok: true, value: { vote: item.value, iso3 } });
        } catch (error) {
          // A refused ballot (a ClassError) concerns its sender only; anything else fails the batch.
          if (!(error instanceof ClassError)) throw error;
          outcomes.set(item, { ok: false, error });
        }
      }
      // Replacing a seat's ballot is delete-then-insert in one transaction: the unique (voteId, iso3)
      // still holds at every step, and a batch costs two statements however many ballots it holds.
      const rows = [...written.values()];
      for (const voteId of new Set(rows.map((row) => row.voteId))) {
        await tx.classBallot.deleteMany({ where: { voteId, iso3: { in: rows.filter((row) => row.voteId === voteId).map((row) => row.iso3) } } });
      }
      if (rows.length > 0) await tx.classBallot.createMany({ data: rows });
      return { value: undefined, events };
    });
  } catch (error) {
    for (const item of taken) item.reject(error);
    return;
  }
  for (const item of taken) {
    const outcome = outcomes.get(item);
    if (!outcome) item.reject(new ClassError("internal", "The ballot was not recorded; try again."));
    else if (outcome.ok) item.resolve(outcome.value);
    else item.reject(outcome.error);
  }
}

/** The chair sets a bot seat's vote (marked "chair"). */
export async function overrideBot(member: ClassMember, voteIdInput: string, iso3: string, value: BallotValue, now: Date): Promise<{ vote: BallotValue; iso3: string; by: "chair" }> {
  assertPermission(member, "override-bot");
  return writeClass(member.classId, async (tx) => {
    const { row, vote } = await loadVote(tx, member.classId, voteIdInput);
    const step = overrideCoreBot(vote, { iso3, vote: value, at: now.toISOString() });
    if (!step.ok) refuse(step);
    await tx.classBallot.upsert({
      where: { voteId_iso3: { voteId: row.id, iso3 } },
      create: { voteId: row.id, iso3, value, castBy: "chair", delegateId: member.delegateId, castAt: now },
      update: { value, castBy: "chair", delegateId: member.delegateId, castAt: now },
    });
    return { value: { vote: value, iso3, by: "chair" as const }, events: [ballotEvent(row, iso3, step.vote.ballots, value, "chair")] };
  });
}

/** Closes and decides the vote; closing again answers the same result and changes nothing. */
export async function closeVote(member: ClassMember, voteIdInput: string, options: { botsVoteForSilent?: boolean }, now: Date): Promise<VoteResultView> {
  assertPermission(member, "close-vote");
  return writeClass(member.classId, async (tx) => {
    const { row, vote } = await loadVote(tx, member.classId, voteIdInput);
    const closed = closeCoreVote(vote, { at: now.toISOString(), botsVoteForSilent: options.botsVoteForSilent });
    if (!closed.changed) return { value: closed.result as VoteResultView, events: [] };
    const added = Object.entries(closed.vote.ballots).filter(([iso3]) => !vote.ballots[iso3]);
    if (added.length > 0) await tx.classBallot.createMany({ data: added.map(([iso3, ballot]) => ({ voteId: row.id, iso3, value: ballot.vote, castBy: ballot.by, castAt: now })) });
    const result: VoteResult = closed.result;
    // Only an open vote is closed: a second close racing this one finds it closed and changes nothing.
    const updated = await tx.classVote.updateMany({ where: { id: row.id, status: "open" }, data: { status: "closed", closedAt: now, result: JSON.stringify(result) } });
    if (updated.count === 0) throw new ClassError("conflict", "The vote was closed meanwhile; reload.");
    const events: ClassEvent[] = [{ type: "vote-closed", data: { voteId: row.id, result: result as VoteResultView } }];
    // An item of an amendment sequence decided: the screens reload the tabled draft's sequence (lapses, the next item).
    if (row.sequenceStep) events.push({ type: "class-updated", data: { reason: "drafts" } });
    return { value: result as VoteResultView, events };
  });
}
