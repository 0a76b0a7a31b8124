-- AlterTable
ALTER TABLE "Question" ADD COLUMN "readingReason" TEXT;
ALTER TABLE "Question" ADD COLUMN "readingStatus" TEXT;
