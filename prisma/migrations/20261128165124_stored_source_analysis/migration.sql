-- AlterTable
ALTER TABLE "Source" ADD COLUMN "analysis" TEXT;
ALTER TABLE "Source" ADD COLUMN "analysisVersion" TEXT;
