-- AlterTable
ALTER TABLE "TabledDraft" ADD COLUMN "amendments" TEXT;

-- AlterTable
ALTER TABLE "ClassVote" ADD COLUMN "sequenceStep" TEXT;

