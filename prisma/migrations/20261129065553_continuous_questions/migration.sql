-- AlterTable
ALTER TABLE "Question" ADD COLUMN "openLower" BOOLEAN;
ALTER TABLE "Question" ADD COLUMN "openUpper" BOOLEAN;
ALTER TABLE "Question" ADD COLUMN "rangeMax" REAL;
ALTER TABLE "Question" ADD COLUMN "rangeMin" REAL;
ALTER TABLE "Question" ADD COLUMN "scale" TEXT;
ALTER TABLE "Question" ADD COLUMN "unit" TEXT;

-- AlterTable
ALTER TABLE "Forecast" ADD COLUMN "cdf" TEXT;

-- AlterTable
ALTER TABLE "Resolution" ADD COLUMN "value" REAL;

-- CreateTable
CREATE TABLE "ContinuousScore" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "resolutionId" TEXT NOT NULL,
    "logScore" REAL NOT NULL,
    "baselineScore" REAL NOT NULL,
    "crps" REAL NOT NULL,
    "scaledCrps" REAL NOT NULL,
    "coverage" REAL NOT NULL,
    "forecastCount" INTEGER NOT NULL,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ContinuousScore_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ContinuousScore_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ContinuousScore_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ContinuousScore_userId_computedAt_idx" ON "ContinuousScore"("userId", "computedAt");

-- CreateIndex
CREATE INDEX "ContinuousScore_resolutionId_idx" ON "ContinuousScore"("resolutionId");

-- CreateIndex
CREATE UNIQUE INDEX "ContinuousScore_questionId_userId_key" ON "ContinuousScore"("questionId", "userId");
