-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'USER',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "TeamMembership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'MEMBER',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TeamMembership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TeamMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TeamInvite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT,
    "role" TEXT NOT NULL DEFAULT 'MEMBER',
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TeamInvite_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TeamInvite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seedKey" TEXT,
    "title" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "url" TEXT,
    "publishedAt" DATETIME NOT NULL,
    "publishedAtNote" TEXT,
    "summary" TEXT,
    "contentHash" TEXT NOT NULL,
    "text" TEXT,
    "duplicateOfId" TEXT,
    "addedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Source_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Source_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Excerpt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seedKey" TEXT,
    "sourceId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,
    "cue" TEXT NOT NULL,
    "cueProbability" REAL NOT NULL,
    "negated" BOOLEAN NOT NULL DEFAULT false,
    "attribution" TEXT,
    "condition" TEXT,
    "topics" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Excerpt_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Question" (
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
    "resolvedAt" DATETIME,
    "currentResolutionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Question_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Question_conditionQuestionId_fkey" FOREIGN KEY ("conditionQuestionId") REFERENCES "Question" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Question_currentResolutionId_fkey" FOREIGN KEY ("currentResolutionId") REFERENCES "Resolution" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionOption" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "QuestionOption_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Theme" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "QuestionTheme" (
    "questionId" TEXT NOT NULL,
    "themeSlug" TEXT NOT NULL,

    PRIMARY KEY ("questionId", "themeSlug"),
    CONSTRAINT "QuestionTheme_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionTheme_themeSlug_fkey" FOREIGN KEY ("themeSlug") REFERENCES "Theme" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionExcerpt" (
    "questionId" TEXT NOT NULL,
    "excerptId" TEXT NOT NULL,
    "impliedProbability" REAL NOT NULL,
    "optionId" TEXT,
    "note" TEXT,

    PRIMARY KEY ("questionId", "excerptId"),
    CONSTRAINT "QuestionExcerpt_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionExcerpt_excerptId_fkey" FOREIGN KEY ("excerptId") REFERENCES "Excerpt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionExcerpt_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "QuestionOption" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Forecast" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "probability" REAL,
    "rationale" TEXT,
    "mode" TEXT NOT NULL DEFAULT 'LIVE',
    "asOf" DATETIME,
    "practiceRunId" TEXT,
    "sessionId" TEXT,
    "sessionRound" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Forecast_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Forecast_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Forecast_practiceRunId_fkey" FOREIGN KEY ("practiceRunId") REFERENCES "PracticeRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Forecast_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CalibrationSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ForecastOptionProbability" (
    "forecastId" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,
    "probability" REAL NOT NULL,

    PRIMARY KEY ("forecastId", "optionId"),
    CONSTRAINT "ForecastOptionProbability_forecastId_fkey" FOREIGN KEY ("forecastId") REFERENCES "Forecast" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ForecastOptionProbability_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "QuestionOption" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutcomeEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seedKey" TEXT,
    "occurredAt" DATETIME NOT NULL,
    "precision" TEXT NOT NULL DEFAULT 'DAY',
    "summary" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "evidenceUrl" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Resolution" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "optionId" TEXT,
    "occurredAt" DATETIME NOT NULL,
    "occurredAtPrecision" TEXT NOT NULL DEFAULT 'DAY',
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,
    "note" TEXT NOT NULL,
    "evidence" TEXT,
    "evidenceUrl" TEXT,
    "eventId" TEXT,
    "reason" TEXT,
    CONSTRAINT "Resolution_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Resolution_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "QuestionOption" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Resolution_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Resolution_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "OutcomeEvent" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionScore" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "resolutionId" TEXT NOT NULL,
    "finalBrier" REAL NOT NULL,
    "timeAvgBrier" REAL NOT NULL,
    "coverage" REAL NOT NULL,
    "relativeBrier" REAL,
    "logScore" REAL NOT NULL,
    "peerScore" REAL,
    "forecastCount" INTEGER NOT NULL,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuestionScore_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionScore_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionScore_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PracticeRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "theme" TEXT,
    "questionIds" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "PracticeRun_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CalibrationSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "facilitatorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "step" TEXT NOT NULL DEFAULT 'ROUND1',
    "anonymousReasons" BOOLEAN NOT NULL DEFAULT true,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stepChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CalibrationSession_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CalibrationSession_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SessionQuestion" (
    "sessionId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("sessionId", "questionId"),
    CONSTRAINT "SessionQuestion_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CalibrationSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SessionQuestion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");

-- CreateIndex
CREATE INDEX "TeamMembership_userId_idx" ON "TeamMembership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamMembership_teamId_userId_key" ON "TeamMembership"("teamId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamInvite_tokenHash_key" ON "TeamInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "TeamInvite_teamId_idx" ON "TeamInvite"("teamId");

-- CreateIndex
CREATE INDEX "TeamInvite_createdById_idx" ON "TeamInvite"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "Source_seedKey_key" ON "Source"("seedKey");

-- CreateIndex
CREATE INDEX "Source_contentHash_idx" ON "Source"("contentHash");

-- CreateIndex
CREATE INDEX "Source_duplicateOfId_idx" ON "Source"("duplicateOfId");

-- CreateIndex
CREATE INDEX "Source_publishedAt_idx" ON "Source"("publishedAt");

-- CreateIndex
CREATE INDEX "Source_addedById_idx" ON "Source"("addedById");

-- CreateIndex
CREATE UNIQUE INDEX "Excerpt_seedKey_key" ON "Excerpt"("seedKey");

-- CreateIndex
CREATE INDEX "Excerpt_sourceId_startOffset_idx" ON "Excerpt"("sourceId", "startOffset");

-- CreateIndex
CREATE UNIQUE INDEX "Question_seedKey_key" ON "Question"("seedKey");

-- CreateIndex
CREATE UNIQUE INDEX "Question_currentResolutionId_key" ON "Question"("currentResolutionId");

-- CreateIndex
CREATE INDEX "Question_closeAt_idx" ON "Question"("closeAt");

-- CreateIndex
CREATE INDEX "Question_resolvedAt_idx" ON "Question"("resolvedAt");

-- CreateIndex
CREATE INDEX "Question_resolveBy_idx" ON "Question"("resolveBy");

-- CreateIndex
CREATE INDEX "Question_openAt_idx" ON "Question"("openAt");

-- CreateIndex
CREATE INDEX "Question_createdAt_idx" ON "Question"("createdAt");

-- CreateIndex
CREATE INDEX "Question_teamId_idx" ON "Question"("teamId");

-- CreateIndex
CREATE INDEX "Question_createdById_idx" ON "Question"("createdById");

-- CreateIndex
CREATE INDEX "Question_conditionQuestionId_idx" ON "Question"("conditionQuestionId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionOption_questionId_position_key" ON "QuestionOption"("questionId", "position");

-- CreateIndex
CREATE INDEX "QuestionTheme_themeSlug_idx" ON "QuestionTheme"("themeSlug");

-- CreateIndex
CREATE INDEX "QuestionExcerpt_excerptId_idx" ON "QuestionExcerpt"("excerptId");

-- CreateIndex
CREATE INDEX "QuestionExcerpt_optionId_idx" ON "QuestionExcerpt"("optionId");

-- CreateIndex
CREATE INDEX "Forecast_questionId_mode_createdAt_idx" ON "Forecast"("questionId", "mode", "createdAt");

-- CreateIndex
CREATE INDEX "Forecast_userId_mode_createdAt_idx" ON "Forecast"("userId", "mode", "createdAt");

-- CreateIndex
CREATE INDEX "Forecast_questionId_userId_createdAt_idx" ON "Forecast"("questionId", "userId", "createdAt");

-- CreateIndex
CREATE INDEX "Forecast_practiceRunId_idx" ON "Forecast"("practiceRunId");

-- CreateIndex
CREATE INDEX "Forecast_sessionId_sessionRound_idx" ON "Forecast"("sessionId", "sessionRound");

-- CreateIndex
CREATE INDEX "ForecastOptionProbability_optionId_idx" ON "ForecastOptionProbability"("optionId");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeEvent_seedKey_key" ON "OutcomeEvent"("seedKey");

-- CreateIndex
CREATE INDEX "OutcomeEvent_occurredAt_idx" ON "OutcomeEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "Resolution_questionId_recordedAt_idx" ON "Resolution"("questionId", "recordedAt");

-- CreateIndex
CREATE INDEX "Resolution_recordedById_idx" ON "Resolution"("recordedById");

-- CreateIndex
CREATE INDEX "Resolution_eventId_idx" ON "Resolution"("eventId");

-- CreateIndex
CREATE INDEX "Resolution_optionId_idx" ON "Resolution"("optionId");

-- CreateIndex
CREATE INDEX "QuestionScore_userId_computedAt_idx" ON "QuestionScore"("userId", "computedAt");

-- CreateIndex
CREATE INDEX "QuestionScore_resolutionId_idx" ON "QuestionScore"("resolutionId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionScore_questionId_userId_key" ON "QuestionScore"("questionId", "userId");

-- CreateIndex
CREATE INDEX "PracticeRun_userId_createdAt_idx" ON "PracticeRun"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "CalibrationSession_teamId_createdAt_idx" ON "CalibrationSession"("teamId", "createdAt");

-- CreateIndex
CREATE INDEX "CalibrationSession_facilitatorId_idx" ON "CalibrationSession"("facilitatorId");

-- CreateIndex
CREATE INDEX "SessionQuestion_questionId_idx" ON "SessionQuestion"("questionId");
