-- AlterTable
ALTER TABLE "TabledDraft" ADD COLUMN     "division" TEXT;

