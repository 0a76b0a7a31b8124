-- AlterTable
ALTER TABLE "CalibrationSession" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;
