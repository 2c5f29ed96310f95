/**
 * The live classroom's contract between the server and the screens.
 *
 * `GET /api/classes/{id}` answers a `ClassView` for the caller (what they may see);
 * `GET /api/classes/{id}/events` streams `ClassEvent`s (Server-Sent Events, each with an id).
 * The event stream is the same for everyone in a class, so an event never carries what only
 * some may see (the join code, a hidden tally's ballots): on `class-updated` a screen reloads
 * its `ClassView`, and on `snapshot` (sent when a reconnecting client missed too much) too.
 *
 * Field names used by the JSON API (`id`, `name`, `body`, `year`, `seats`, `votes`,
 * `status`, `outcome`, `yes`, `no`, `abstain`, `notVoting`, `vetoedBy`, `statement`, `ballots`)
 * are part of the product: keep them.
 */

export type ClassBody = "security-council" | "general-assembly";
export type ClassStatus = "open" | "ended";

/** A delegate's ballot; "NP" (not participating) is only ever a result, never cast. */
export type BallotValue = "Y" | "N" | "A";
export type ResultVote = BallotValue | "NP";
/** Who cast a ballot: the seat's delegate, the prediction (a bot seat), or the chair overriding a bot. */
export type BallotBy = "delegate" | "bot" | "chair";

export type VoteMatter = "substantive" | "procedural";
/** Council only: under Chapter VI (and Art. 52(3)) parties to a dispute abstain (Art. 27(3)). */
export type VoteBasis = "chapter-vi" | "chapter-vii";
export type VoteKind = "draft" | "motion" | "referral";
export type VoteOutcome = "adopted" | "vetoed" | "failed";

export type SeatDelegate = { delegateId: string; name: string };

export type SeatView = {
  iso3: string;
  /** The state's name as the UN writes it, and a short form for the chamber's seats. */
  name: string;
  shortName: string;
  permanent: boolean;
  /** Empty: a bot seat, voted from the prediction. Two delegates may share a seat. */
  delegates: SeatDelegate[];
};

export type DelegateView = {
  delegateId: string;
  name: string;
  isGuest: boolean;
  isTeacher: boolean;
  isChair: boolean;
  seat: string | null;
  joinedAt: string;
};

export type TabledDraftView = {
  id: string;
  title: string;
  symbol: string;
  /** ISO3 codes of the sponsoring delegations. */
  sponsors: string[];
  tabledBy: string;
  tabledAt: string;
  /** Tabled with amendments to vote: their sequence as the class's votes leave it. Absent otherwise. */
  sequence?: SequenceView;
};

/** One item of a tabled draft's amendment sequence (lib/core/amend/sequence.ts). */
export type SequenceItemView = {
  key: string;
  /** "division": the Assembly's vote on a motion for division (rule 89). */
  kind: "amendment" | "part" | "draft" | "division";
  label: string;
  status: "adopted" | "rejected" | "lapsed" | "next" | "pending";
  /** Why a lapsed amendment was not put to the vote. */
  reason?: string;
  /** The result in the UN's words, once voted. */
  statement?: string;
};

export type SequenceView = {
  items: SequenceItemView[];
  /** The item the next vote of the sequence decides; null when the sequence is complete. */
  next: { key: string; kind: SequenceItemView["kind"]; label: string } | null;
  /** The text as amended by what was decided so far (plain text, one paragraph a line). */
  text: string;
  amended: boolean;
  /** Division of the question, when asked: the parts named and the ruling, with its reason. */
  division?: { label: string; divided: boolean; reason: string };
};

export type SpeakerView = { id: string; iso3: string | null; name: string };

export type SpeakersView = {
  queue: SpeakerView[];
  /** The speaker on the floor; `startedAt` (ISO time) and the limit let every screen run the timer. */
  current: (SpeakerView & { startedAt: string }) | null;
  speakingTimeSeconds: number;
};

export type BallotView = { vote: BallotValue; by: BallotBy; at: string };

export type VoteResultView = {
  outcome: VoteOutcome;
  yes: number;
  no: number;
  abstain: number;
  notVoting: number;
  vetoedBy: string[];
  /** The result in the UN's words ("The draft resolution was not adopted, owing to the negative vote of …"). */
  statement: string;
  ballots: Record<string, { vote: ResultVote; by: BallotBy | "none" }>;
  /** After a veto only: the way on, a procedural referral to the General Assembly (Uniting for Peace, GA res. 377 A (V)). */
  wayOn?: WayOnView;
};

export type WayOnView = { kind: "emergency-special-session"; required: number; description: string };

/** General Assembly: simple majority (Art. 18(3)) or two-thirds for important questions (Art. 18(2)). */
export type VoteMajority = "simple" | "two-thirds";

export type VoteView = {
  id: string;
  kind: VoteKind;
  status: "open" | "closed";
  title: string;
  draftId: string | null;
  matter: VoteMatter;
  basis: VoteBasis | null;
  parties: string[];
  /** General Assembly votes; "simple" for the Council. */
  majority: VoteMajority;
  rollCall: boolean;
  /** Roll-call order (GA rule 87: English alphabetical, from a seat drawn by lot); null when not a roll call. */
  rollCallOrder: string[] | null;
  hideTally: boolean;
  openedAt: string;
  closedAt: string | null;
  /** How many seats have a ballot; always shown, even when the tally is hidden. */
  voted: number;
  /** Null while the tally is hidden from this viewer. */
  ballots: Record<string, BallotView> | null;
  tally: { yes: number; no: number; abstain: number } | null;
  /** The viewer's own seat's ballot (shown even while the tally is hidden); null without a seat or a ballot. */
  myBallot: BallotView | null;
  result: VoteResultView | null;
  /** A vote of an amendment sequence: the item it decides. Absent on any other vote. */
  step?: { key: string; kind: SequenceItemView["kind"]; label: string; amended: boolean };
};

export type ClassView = {
  id: string;
  name: string;
  body: ClassBody;
  year: number;
  status: ClassStatus;
  locked: boolean;
  /** Only the teacher and the chair see the join code. */
  joinCode: string | null;
  me: { delegateId: string; name: string; seat: string | null; isChair: boolean; isTeacher: boolean; isGuest: boolean };
  /** The contract: every seat of the organ that year, with its (first) delegate or null for a bot seat. */
  seats: Record<string, SeatDelegate | null>;
  /** The same seats in display order, with every delegate on each. */
  seatList: SeatView[];
  delegates: DelegateView[];
  drafts: TabledDraftView[];
  currentItem: string;
  /** The date of the meeting the class plays (YYYY-MM-DD), or null when none is set. */
  meetingDate: string | null;
  /** The Council's President for the meeting date's month (rule 18); null for the Assembly or without a date. */
  president: { iso3: string; name: string } | null;
  speakers: SpeakersView;
  votes: VoteView[];
  /** The id of the last event already reflected in this view (for the event stream's catch-up). */
  eventId: number;
};

/** Events of the stream; `data` is JSON. Screens reload their ClassView on `class-updated` and `snapshot`. */
export type ClassEvent =
  | { type: "vote-opened"; data: { voteId: string } }
  | { type: "ballot"; data: { voteId: string; iso3: string; voted: number; vote: BallotValue | null; by: BallotBy | null; tally: { yes: number; no: number; abstain: number } | null } }
  | { type: "vote-closed"; data: { voteId: string; result: VoteResultView } }
  | { type: "speakers"; data: SpeakersView }
  | { type: "class-updated"; data: { reason: "roster" | "seats" | "drafts" | "class" | "vote" | "item"; /** Set when a delegate was removed: their stream ends. */ removedDelegateId?: string } }
  | { type: "snapshot"; data: Record<string, never> };

export type ClassEventType = ClassEvent["type"];
