-- AlterTable
ALTER TABLE "Classroom" ADD COLUMN     "meetingDate" TEXT;

