-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('USER', 'ADMIN');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('OWNER', 'FACILITATOR', 'MEMBER');

-- CreateEnum
CREATE TYPE "QuestionType" AS ENUM ('BINARY', 'MULTIPLE_CHOICE');

-- CreateEnum
CREATE TYPE "ConditionOutcome" AS ENUM ('YES', 'NO');

-- CreateEnum
CREATE TYPE "ForecastMode" AS ENUM ('LIVE', 'PRACTICE', 'SESSION');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'HALF_YEAR', 'YEAR');

-- CreateEnum
CREATE TYPE "ResolutionOutcome" AS ENUM ('YES', 'NO', 'OPTION', 'AMBIGUOUS', 'ANNULLED');

-- CreateEnum
CREATE TYPE "SessionStep" AS ENUM ('ROUND1', 'REVEAL', 'ROUND2', 'CLOSED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "UserRole" NOT NULL DEFAULT 'USER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMembership" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "TeamRole" NOT NULL DEFAULT 'MEMBER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamInvite" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT,
    "role" "TeamRole" NOT NULL DEFAULT 'MEMBER',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "seedKey" TEXT,
    "title" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "url" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "publishedAtNote" TEXT,
    "summary" TEXT,
    "contentHash" TEXT NOT NULL,
    "text" TEXT,
    "duplicateOfId" TEXT,
    "addedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Excerpt" (
    "id" TEXT NOT NULL,
    "seedKey" TEXT,
    "sourceId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,
    "cue" TEXT NOT NULL,
    "cueProbability" DOUBLE PRECISION NOT NULL,
    "negated" BOOLEAN NOT NULL DEFAULT false,
    "attribution" TEXT,
    "condition" TEXT,
    "topics" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Excerpt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "seedKey" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "resolutionCriteria" TEXT NOT NULL,
    "type" "QuestionType" NOT NULL DEFAULT 'BINARY',
    "openAt" TIMESTAMP(3) NOT NULL,
    "closeAt" TIMESTAMP(3) NOT NULL,
    "resolveBy" TIMESTAMP(3) NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "teamId" TEXT,
    "createdById" TEXT,
    "hideForecastsUntilForecast" BOOLEAN NOT NULL DEFAULT false,
    "conditionQuestionId" TEXT,
    "conditionOutcome" "ConditionOutcome",
    "resolvedAt" TIMESTAMP(3),
    "currentResolutionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionOption" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "QuestionOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "QuestionTheme" (
    "questionId" TEXT NOT NULL,
    "themeSlug" TEXT NOT NULL,

    CONSTRAINT "QuestionTheme_pkey" PRIMARY KEY ("questionId","themeSlug")
);

-- CreateTable
CREATE TABLE "QuestionExcerpt" (
    "questionId" TEXT NOT NULL,
    "excerptId" TEXT NOT NULL,
    "impliedProbability" DOUBLE PRECISION NOT NULL,
    "optionId" TEXT,
    "note" TEXT,

    CONSTRAINT "QuestionExcerpt_pkey" PRIMARY KEY ("questionId","excerptId")
);

-- CreateTable
CREATE TABLE "Forecast" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "probability" DOUBLE PRECISION,
    "rationale" TEXT,
    "mode" "ForecastMode" NOT NULL DEFAULT 'LIVE',
    "asOf" TIMESTAMP(3),
    "practiceRunId" TEXT,
    "sessionId" TEXT,
    "sessionRound" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Forecast_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForecastOptionProbability" (
    "forecastId" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,
    "probability" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "ForecastOptionProbability_pkey" PRIMARY KEY ("forecastId","optionId")
);

-- CreateTable
CREATE TABLE "OutcomeEvent" (
    "id" TEXT NOT NULL,
    "seedKey" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "precision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "summary" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "evidenceUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutcomeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resolution" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "outcome" "ResolutionOutcome" NOT NULL,
    "optionId" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "occurredAtPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,
    "note" TEXT NOT NULL,
    "evidence" TEXT,
    "evidenceUrl" TEXT,
    "eventId" TEXT,
    "reason" TEXT,

    CONSTRAINT "Resolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionScore" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "resolutionId" TEXT NOT NULL,
    "finalBrier" DOUBLE PRECISION NOT NULL,
    "timeAvgBrier" DOUBLE PRECISION NOT NULL,
    "coverage" DOUBLE PRECISION NOT NULL,
    "relativeBrier" DOUBLE PRECISION,
    "logScore" DOUBLE PRECISION NOT NULL,
    "peerScore" DOUBLE PRECISION,
    "forecastCount" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeRun" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "theme" TEXT,
    "questionIds" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "PracticeRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalibrationSession" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "facilitatorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "step" "SessionStep" NOT NULL DEFAULT 'ROUND1',
    "anonymousReasons" BOOLEAN NOT NULL DEFAULT true,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stepChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalibrationSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionQuestion" (
    "sessionId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SessionQuestion_pkey" PRIMARY KEY ("sessionId","questionId")
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

-- AddForeignKey
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamInvite" ADD CONSTRAINT "TeamInvite_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamInvite" ADD CONSTRAINT "TeamInvite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Excerpt" ADD CONSTRAINT "Excerpt_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_conditionQuestionId_fkey" FOREIGN KEY ("conditionQuestionId") REFERENCES "Question"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_currentResolutionId_fkey" FOREIGN KEY ("currentResolutionId") REFERENCES "Resolution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionOption" ADD CONSTRAINT "QuestionOption_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionTheme" ADD CONSTRAINT "QuestionTheme_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionTheme" ADD CONSTRAINT "QuestionTheme_themeSlug_fkey" FOREIGN KEY ("themeSlug") REFERENCES "Theme"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionExcerpt" ADD CONSTRAINT "QuestionExcerpt_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionExcerpt" ADD CONSTRAINT "QuestionExcerpt_excerptId_fkey" FOREIGN KEY ("excerptId") REFERENCES "Excerpt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionExcerpt" ADD CONSTRAINT "QuestionExcerpt_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "QuestionOption"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forecast" ADD CONSTRAINT "Forecast_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forecast" ADD CONSTRAINT "Forecast_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forecast" ADD CONSTRAINT "Forecast_practiceRunId_fkey" FOREIGN KEY ("practiceRunId") REFERENCES "PracticeRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forecast" ADD CONSTRAINT "Forecast_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CalibrationSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForecastOptionProbability" ADD CONSTRAINT "ForecastOptionProbability_forecastId_fkey" FOREIGN KEY ("forecastId") REFERENCES "Forecast"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForecastOptionProbability" ADD CONSTRAINT "ForecastOptionProbability_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "QuestionOption"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "QuestionOption"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "OutcomeEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionScore" ADD CONSTRAINT "QuestionScore_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionScore" ADD CONSTRAINT "QuestionScore_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionScore" ADD CONSTRAINT "QuestionScore_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeRun" ADD CONSTRAINT "PracticeRun_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalibrationSession" ADD CONSTRAINT "CalibrationSession_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalibrationSession" ADD CONSTRAINT "CalibrationSession_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionQuestion" ADD CONSTRAINT "SessionQuestion_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CalibrationSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionQuestion" ADD CONSTRAINT "SessionQuestion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;
