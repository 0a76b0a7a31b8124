-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "analysis" TEXT,
ADD COLUMN     "analysisVersion" TEXT;
