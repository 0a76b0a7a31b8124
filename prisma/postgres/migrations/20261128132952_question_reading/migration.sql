-- CreateEnum
CREATE TYPE "QuestionReading" AS ENUM ('SETTLED_AT_OPENING', 'DIFFERS_FROM_AUTHOR', 'AMBIGUOUS_CLAIM');

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "readingReason" TEXT,
ADD COLUMN     "readingStatus" "QuestionReading";
