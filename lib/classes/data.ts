import "server-only";
import type { CurrentUser } from "@/lib/accounts/session";
import { presidentOfMeeting } from "@/lib/core/classroom/meeting-date";
import { listClassSeats, type ClassBody } from "@/lib/core/classroom/seats";
import type { ClassRecord, ClassRecordBallot, ClassRecordVote } from "@/lib/core/docx/build-class-record-docx";
import { parsePortableDraft, type PortableDraft } from "@/lib/core/draft/schema";
import { getCouncil } from "@/lib/core/un/council";
import { db } from "@/lib/server/db";
import { canInClass } from "./access";
import { ClassError, notFound } from "./errors";
import type { ClassMember } from "./identity";
import { idSchema, parseStored, storedSeatsSchema, storedSpeakersSchema, stringListSchema, type StoredSpeakers } from "./schema";
import { tabledSequence, toSequenceView } from "./amendment-sequence";
import { toVoteView, type BallotRow, type VoteRow } from "./vote-rows";
import type { ClassStatus, ClassView, DelegateView, SeatDelegate, SeatView, SpeakersView, TabledDraftView } from "./view";

export type ClassSummary = { id: string; name: string; body: ClassBody; year: number; status: ClassStatus; role: "teacher" | "chair" | "delegate" };

/** The classes a signed-in user owns (teacher) or belongs to, newest first. */
export async function listClassesForUser(user: CurrentUser): Promise<ClassSummary[]> {
  const rows = await db.classDelegate.findMany({
    where: { userId: user.id, revokedAt: null },
    orderBy: { joinedAt: "desc" },
    select: { isChair: true, classroom: { select: { id: true, name: true, body: true, year: true, status: true, ownerId: true } } },
  });
  return rows.map(({ isChair, classroom }) => ({
    id: classroom.id,
    name: classroom.name,
    body: classroom.body as ClassBody,
    year: classroom.year,
    status: classroom.status as ClassStatus,
    role: classroom.ownerId === user.id ? "teacher" : isChair ? "chair" : "delegate",
  }));
}

/** Votes needed in the Council of the year (Art. 27); the Assembly's majority depends on the votes cast. */
export function requiredFor(body: ClassBody, year: number): number {
  return body === "security-council" ? (getCouncil(year)?.required ?? 9) : 0;
}

export function readSpeakers(text: string): StoredSpeakers {
  return parseStored(storedSpeakersSchema, text);
}

export function speakersView(stored: StoredSpeakers, speakingTimeSeconds: number): SpeakersView {
  return { queue: stored.queue, current: stored.current, speakingTimeSeconds };
}

function presidentView(body: ClassBody, year: number, meetingDate: string | null): ClassView["president"] {
  const president = presidentOfMeeting(body, year, meetingDate);
  return president ? { iso3: president.iso3, name: president.name } : null;
}

/** A tabled draft's amendment sequence, when it was tabled with amendments to vote. */
function sequenceFields(draft: Parameters<typeof tabledSequence>[0], votes: Parameters<typeof tabledSequence>[1], body: Parameters<typeof tabledSequence>[3]): Pick<TabledDraftView, "sequence"> {
  const found = draft.amendments || draft.division ? tabledSequence(draft, votes, false, body) : null;
  return found ? { sequence: toSequenceView(found) } : {};
}

/** The class as the member sees it (the join code and a hidden tally only for the chair). */
export async function getClassView(member: ClassMember): Promise<ClassView> {
  // The event id first, then the class: whatever is written in between is in the view and comes
  // again on the stream (applied twice, to the same effect). Read the other way round, a ballot
  // committed in between would be counted in the id yet missing from the view, and the screen,
  // which skips the events up to that id, would never show it.
  const lastEvent = await db.classEvent.findFirst({ where: { classId: member.classId }, orderBy: { id: "desc" }, select: { id: true } });
  const classroom = await db.classroom.findUnique({
    where: { id: member.classId },
    include: {
      delegates: { where: { revokedAt: null }, orderBy: { joinedAt: "asc" } },
      drafts: { orderBy: { tabledAt: "asc" }, select: { id: true, title: true, symbol: true, sponsors: true, tabledById: true, tabledAt: true, document: true, amendments: true, division: true } },
      votes: { orderBy: { openedAt: "asc" }, include: { ballots: { select: { iso3: true, value: true, castBy: true, castAt: true } } } },
    },
  });
  if (!classroom) throw notFound();
  const body = classroom.body as ClassBody;
  const seats = listClassSeats(body, classroom.year);
  const delegates: DelegateView[] = classroom.delegates.map((delegate) => ({
    delegateId: delegate.id,
    name: delegate.name,
    isGuest: delegate.guestTokenHash !== null,
    isTeacher: delegate.userId !== null && delegate.userId === classroom.ownerId,
    isChair: (delegate.userId !== null && delegate.userId === classroom.ownerId) || delegate.isChair,
    seat: delegate.seat,
    joinedAt: delegate.joinedAt.toISOString(),
  }));
  const bySeat = new Map<string, SeatDelegate[]>();
  for (const delegate of delegates) {
    if (!delegate.seat) continue;
    const list = bySeat.get(delegate.seat) ?? [];
    list.push({ delegateId: delegate.delegateId, name: delegate.name });
    bySeat.set(delegate.seat, list);
  }
  const seatList: SeatView[] = seats.map((seat) => ({ ...seat, delegates: bySeat.get(seat.iso3) ?? [] }));
  const seatMap: Record<string, SeatDelegate | null> = {};
  for (const seat of seatList) seatMap[seat.iso3] = seat.delegates[0] ?? null;
  const names = new Map(delegates.map((delegate) => [delegate.delegateId, delegate.name]));
  const drafts: TabledDraftView[] = classroom.drafts.map((draft) => ({
    id: draft.id,
    title: draft.title,
    symbol: draft.symbol,
    sponsors: parseStored(stringListSchema, draft.sponsors),
    tabledBy: names.get(draft.tabledById) ?? "a former delegate",
    tabledAt: draft.tabledAt.toISOString(),
    ...sequenceFields(draft, classroom.votes, classroom.body as ClassBody),
  }));
  const canSeeHidden = canInClass(member.role, "see-hidden-tally");
  return {
    id: classroom.id,
    name: classroom.name,
    body,
    year: classroom.year,
    status: classroom.status as ClassStatus,
    locked: classroom.locked,
    joinCode: canInClass(member.role, "see-join-code") ? classroom.joinCode : null,
    me: { delegateId: member.delegateId, name: member.name, seat: member.seat, isChair: member.isChair, isTeacher: member.isTeacher, isGuest: member.isGuest },
    seats: seatMap,
    seatList,
    delegates,
    drafts,
    currentItem: classroom.currentItem,
    meetingDate: classroom.meetingDate,
    president: presidentView(body, classroom.year, classroom.meetingDate),
    speakers: speakersView(readSpeakers(classroom.speakers), classroom.speakingTimeSeconds),
    votes: classroom.votes.map((vote) => toVoteView(vote as VoteRow, vote.ballots as BallotRow[], { canSeeHidden, seat: member.seat })),
    eventId: lastEvent?.id ?? 0,
  };
}

export type TabledDraftDetail = TabledDraftView & { document: PortableDraft };

export async function getTabledDraft(member: ClassMember, tabledIdInput: string): Promise<TabledDraftDetail> {
  const tabledId = idSchema.safeParse(tabledIdInput);
  if (!tabledId.success) throw notFound("This class has no such tabled draft.");
  const row = await db.tabledDraft.findFirst({ where: { id: tabledId.data, classId: member.classId } });
  if (!row) throw notFound("This class has no such tabled draft.");
  const tabledBy = await db.classDelegate.findUnique({ where: { id: row.tabledById }, select: { name: true } });
  const parsed = parsePortableDraft(JSON.parse(row.document));
  if (!parsed.ok) throw new ClassError("internal", "The tabled draft could not be read.");
  const sponsors = parseStored(stringListSchema, row.sponsors);
  return {
    id: row.id,
    title: row.title,
    symbol: row.symbol,
    sponsors,
    tabledBy: tabledBy?.name ?? "a former delegate",
    tabledAt: row.tabledAt.toISOString(),
    // In the class, the sponsors are the delegations that tabled and co-sponsored the draft: the
    // preview and the Word file print them, not the sponsors written in the document.
    document: { ...parsed.draft, sponsors },
  };
}

/** The session's record: agenda, tabled drafts, each vote with its result and who voted how. */
export async function getClassRecord(member: ClassMember): Promise<ClassRecord> {
  const classroom = await db.classroom.findUnique({
    where: { id: member.classId },
    include: {
      delegates: { select: { id: true, name: true } },
      drafts: { orderBy: { tabledAt: "asc" } },
      votes: { orderBy: { openedAt: "asc" }, include: { ballots: true } },
    },
  });
  if (!classroom) throw notFound();
  const names = new Map(classroom.delegates.map((delegate) => [delegate.id, delegate.name]));
  const body = classroom.body as ClassBody;
  const seatNames = new Map(listClassSeats(body, classroom.year).map((seat) => [seat.iso3, seat.name]));
  const votes: ClassRecordVote[] = classroom.votes.map((vote) => {
    const view = toVoteView(vote as VoteRow, vote.ballots as BallotRow[], { canSeeHidden: true, seat: null });
    const cast = new Map(vote.ballots.map((ballot) => [ballot.iso3, ballot]));
    const seatsOfVote = parseStored(storedSeatsSchema, vote.seats).map((seat) => seat.iso3);
    return {
      title: vote.title,
      kind: vote.kind as ClassRecordVote["kind"],
      matter: vote.matter as ClassRecordVote["matter"],
      basis: vote.basis as ClassRecordVote["basis"],
      openedAt: vote.openedAt.toISOString(),
      closedAt: vote.closedAt ? vote.closedAt.toISOString() : null,
      result: view.result,
      ballots: seatsOfVote.map((iso3) => {
        const ballot = cast.get(iso3);
        const decided = view.result?.ballots[iso3];
        return {
          iso3,
          name: seatNames.get(iso3) ?? iso3,
          vote: (ballot?.value ?? decided?.vote ?? "NP") as ClassRecordBallot["vote"],
          by: (ballot?.castBy ?? decided?.by ?? "none") as ClassRecordBallot["by"],
          delegate: ballot?.delegateId ? (names.get(ballot.delegateId) ?? null) : null,
          at: ballot ? ballot.castAt.toISOString() : null,
        };
      }),
    };
  });
  const agenda = [...new Set([classroom.currentItem, ...classroom.drafts.map((draft) => draft.title)].filter((item) => item.trim() !== ""))];
  return {
    name: classroom.name,
    body,
    year: classroom.year,
    agenda,
    drafts: classroom.drafts.map((draft) => ({
      title: draft.title,
      symbol: draft.symbol,
      sponsors: parseStored(stringListSchema, draft.sponsors),
      tabledBy: names.get(draft.tabledById) ?? "a former delegate",
      tabledAt: draft.tabledAt.toISOString(),
    })),
    votes,
  };
}
