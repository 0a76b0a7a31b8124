-- CreateTable
CREATE TABLE "LatestForecast" (
    "questionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "forecastId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "probs" TEXT NOT NULL,

    PRIMARY KEY ("questionId", "userId"),
    CONSTRAINT "LatestForecast_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LatestForecast_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LatestForecast_forecastId_fkey" FOREIGN KEY ("forecastId") REFERENCES "Forecast" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CrowdPoint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "forecastId" TEXT NOT NULL,
    "t" DATETIME NOT NULL,
    "forecasters" INTEGER NOT NULL,
    "values" TEXT NOT NULL,
    CONSTRAINT "CrowdPoint_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CrowdPoint_forecastId_fkey" FOREIGN KEY ("forecastId") REFERENCES "Forecast" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seedKey" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "resolutionCriteria" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'BINARY',
    "openAt" DATETIME NOT NULL,
    "closeAt" DATETIME NOT NULL,
    "resolveBy" DATETIME NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "teamId" TEXT,
    "createdById" TEXT,
    "hideForecastsUntilForecast" BOOLEAN NOT NULL DEFAULT false,
    "conditionQuestionId" TEXT,
    "conditionOutcome" TEXT,
    "readingStatus" TEXT,
    "readingReason" TEXT,
    "resolvedAt" DATETIME,
    "currentResolutionId" TEXT,
    "liveForecastCount" INTEGER NOT NULL DEFAULT 0,
    "forecasterCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Question_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Question_conditionQuestionId_fkey" FOREIGN KEY ("conditionQuestionId") REFERENCES "Question" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Question_currentResolutionId_fkey" FOREIGN KEY ("currentResolutionId") REFERENCES "Resolution" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Question" ("closeAt", "conditionOutcome", "conditionQuestionId", "createdAt", "createdById", "currentResolutionId", "description", "hideForecastsUntilForecast", "id", "openAt", "readingReason", "readingStatus", "resolutionCriteria", "resolveBy", "resolvedAt", "searchText", "seedKey", "teamId", "title", "type", "updatedAt") SELECT "closeAt", "conditionOutcome", "conditionQuestionId", "createdAt", "createdById", "currentResolutionId", "description", "hideForecastsUntilForecast", "id", "openAt", "readingReason", "readingStatus", "resolutionCriteria", "resolveBy", "resolvedAt", "searchText", "seedKey", "teamId", "title", "type", "updatedAt" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE UNIQUE INDEX "Question_seedKey_key" ON "Question"("seedKey");
CREATE UNIQUE INDEX "Question_currentResolutionId_key" ON "Question"("currentResolutionId");
CREATE INDEX "Question_closeAt_idx" ON "Question"("closeAt");
CREATE INDEX "Question_resolvedAt_idx" ON "Question"("resolvedAt");
CREATE INDEX "Question_resolveBy_idx" ON "Question"("resolveBy");
CREATE INDEX "Question_openAt_idx" ON "Question"("openAt");
CREATE INDEX "Question_createdAt_idx" ON "Question"("createdAt");
CREATE INDEX "Question_teamId_idx" ON "Question"("teamId");
CREATE INDEX "Question_createdById_idx" ON "Question"("createdById");
CREATE INDEX "Question_conditionQuestionId_idx" ON "Question"("conditionQuestionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "LatestForecast_forecastId_key" ON "LatestForecast"("forecastId");

-- CreateIndex
CREATE INDEX "LatestForecast_questionId_createdAt_idx" ON "LatestForecast"("questionId", "createdAt");

-- CreateIndex
CREATE INDEX "LatestForecast_userId_idx" ON "LatestForecast"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CrowdPoint_forecastId_key" ON "CrowdPoint"("forecastId");

-- CreateIndex
CREATE INDEX "CrowdPoint_questionId_t_idx" ON "CrowdPoint"("questionId", "t");
