-- CreateTable
CREATE TABLE "Classroom" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "joinCode" TEXT NOT NULL,
    "currentItem" TEXT NOT NULL DEFAULT '',
    "speakingTimeSeconds" INTEGER NOT NULL DEFAULT 90,
    "speakers" TEXT NOT NULL DEFAULT '{"queue":[],"current":null}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Classroom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassDelegate" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "guestTokenHash" TEXT,
    "isChair" BOOLEAN NOT NULL DEFAULT false,
    "seat" TEXT,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ClassDelegate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TabledDraft" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "draftId" TEXT,
    "tabledById" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "symbol" TEXT NOT NULL DEFAULT '',
    "document" TEXT NOT NULL,
    "sponsors" TEXT NOT NULL DEFAULT '[]',
    "tabledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TabledDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassVote" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "tabledDraftId" TEXT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "matter" TEXT NOT NULL,
    "basis" TEXT,
    "parties" TEXT NOT NULL DEFAULT '[]',
    "majority" TEXT NOT NULL DEFAULT 'simple',
    "rollCall" BOOLEAN NOT NULL DEFAULT false,
    "rollCallOrder" TEXT,
    "hideTally" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'open',
    "seats" TEXT NOT NULL,
    "botSeats" TEXT NOT NULL DEFAULT '[]',
    "botVotes" TEXT NOT NULL DEFAULT '{}',
    "result" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "ClassVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassBallot" (
    "id" TEXT NOT NULL,
    "voteId" TEXT NOT NULL,
    "iso3" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "castBy" TEXT NOT NULL,
    "delegateId" TEXT,
    "castAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClassBallot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassEvent" (
    "id" SERIAL NOT NULL,
    "classId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Classroom_joinCode_key" ON "Classroom"("joinCode");

-- CreateIndex
CREATE INDEX "Classroom_ownerId_createdAt_idx" ON "Classroom"("ownerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ClassDelegate_guestTokenHash_key" ON "ClassDelegate"("guestTokenHash");

-- CreateIndex
CREATE INDEX "ClassDelegate_classId_seat_idx" ON "ClassDelegate"("classId", "seat");

-- CreateIndex
CREATE UNIQUE INDEX "ClassDelegate_classId_userId_key" ON "ClassDelegate"("classId", "userId");

-- CreateIndex
CREATE INDEX "TabledDraft_classId_tabledAt_idx" ON "TabledDraft"("classId", "tabledAt");

-- CreateIndex
CREATE INDEX "ClassVote_classId_openedAt_idx" ON "ClassVote"("classId", "openedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ClassBallot_voteId_iso3_key" ON "ClassBallot"("voteId", "iso3");

-- CreateIndex
CREATE INDEX "ClassEvent_classId_id_idx" ON "ClassEvent"("classId", "id");

-- AddForeignKey
ALTER TABLE "Classroom" ADD CONSTRAINT "Classroom_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassDelegate" ADD CONSTRAINT "ClassDelegate_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Classroom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassDelegate" ADD CONSTRAINT "ClassDelegate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TabledDraft" ADD CONSTRAINT "TabledDraft_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Classroom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TabledDraft" ADD CONSTRAINT "TabledDraft_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassVote" ADD CONSTRAINT "ClassVote_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Classroom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassVote" ADD CONSTRAINT "ClassVote_tabledDraftId_fkey" FOREIGN KEY ("tabledDraftId") REFERENCES "TabledDraft"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassBallot" ADD CONSTRAINT "ClassBallot_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "ClassVote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassEvent" ADD CONSTRAINT "ClassEvent_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Classroom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

