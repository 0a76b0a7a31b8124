-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "QuestionType" ADD VALUE 'NUMERIC';
ALTER TYPE "QuestionType" ADD VALUE 'DATE';

-- AlterEnum
ALTER TYPE "ResolutionOutcome" ADD VALUE 'VALUE';

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "openLower" BOOLEAN,
ADD COLUMN     "openUpper" BOOLEAN,
ADD COLUMN     "rangeMax" DOUBLE PRECISION,
ADD COLUMN     "rangeMin" DOUBLE PRECISION,
ADD COLUMN     "scale" TEXT,
ADD COLUMN     "unit" TEXT;

-- AlterTable
ALTER TABLE "Forecast" ADD COLUMN     "cdf" TEXT;

-- AlterTable
ALTER TABLE "Resolution" ADD COLUMN     "value" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "ContinuousScore" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "resolutionId" TEXT NOT NULL,
    "logScore" DOUBLE PRECISION NOT NULL,
    "baselineScore" DOUBLE PRECISION NOT NULL,
    "crps" DOUBLE PRECISION NOT NULL,
    "scaledCrps" DOUBLE PRECISION NOT NULL,
    "coverage" DOUBLE PRECISION NOT NULL,
    "forecastCount" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContinuousScore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContinuousScore_userId_computedAt_idx" ON "ContinuousScore"("userId", "computedAt");

-- CreateIndex
CREATE INDEX "ContinuousScore_resolutionId_idx" ON "ContinuousScore"("resolutionId");

-- CreateIndex
CREATE UNIQUE INDEX "ContinuousScore_questionId_userId_key" ON "ContinuousScore"("questionId", "userId");

-- AddForeignKey
ALTER TABLE "ContinuousScore" ADD CONSTRAINT "ContinuousScore_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContinuousScore" ADD CONSTRAINT "ContinuousScore_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContinuousScore" ADD CONSTRAINT "ContinuousScore_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution"("id") ON DELETE CASCADE ON UPDATE CASCADE;
