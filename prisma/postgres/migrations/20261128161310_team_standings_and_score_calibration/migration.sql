-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "standingsVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "QuestionScore" ADD COLUMN     "calibration" TEXT;

-- CreateTable
CREATE TABLE "TeamStandings" (
    "teamId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" TEXT NOT NULL,

    CONSTRAINT "TeamStandings_pkey" PRIMARY KEY ("teamId")
);

-- AddForeignKey
ALTER TABLE "TeamStandings" ADD CONSTRAINT "TeamStandings_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
