-- CreateTable
CREATE TABLE "AmendmentVotingOrder" (
    "draftId" TEXT NOT NULL PRIMARY KEY,
    "order" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "byName" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AmendmentVotingOrder_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

