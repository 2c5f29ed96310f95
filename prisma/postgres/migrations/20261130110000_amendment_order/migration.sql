-- CreateTable
CREATE TABLE "AmendmentVotingOrder" (
    "draftId" TEXT NOT NULL,
    "order" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "byName" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AmendmentVotingOrder_pkey" PRIMARY KEY ("draftId")
);

-- AddForeignKey
ALTER TABLE "AmendmentVotingOrder" ADD CONSTRAINT "AmendmentVotingOrder_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

