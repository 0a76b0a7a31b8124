-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "forecasterCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "liveForecastCount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "LatestForecast" (
    "questionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "forecastId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "probs" TEXT NOT NULL,

    CONSTRAINT "LatestForecast_pkey" PRIMARY KEY ("questionId","userId")
);

-- CreateTable
CREATE TABLE "CrowdPoint" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "forecastId" TEXT NOT NULL,
    "t" TIMESTAMP(3) NOT NULL,
    "forecasters" INTEGER NOT NULL,
    "values" TEXT NOT NULL,

    CONSTRAINT "CrowdPoint_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "LatestForecast" ADD CONSTRAINT "LatestForecast_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LatestForecast" ADD CONSTRAINT "LatestForecast_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LatestForecast" ADD CONSTRAINT "LatestForecast_forecastId_fkey" FOREIGN KEY ("forecastId") REFERENCES "Forecast"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrowdPoint" ADD CONSTRAINT "CrowdPoint_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrowdPoint" ADD CONSTRAINT "CrowdPoint_forecastId_fkey" FOREIGN KEY ("forecastId") REFERENCES "Forecast"("id") ON DELETE CASCADE ON UPDATE CASCADE;
