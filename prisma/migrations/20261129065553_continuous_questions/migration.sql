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

-- AlterTable
ALTER TABLE "QuestionScore" ADD COLUMN "baselineScore" REAL;
ALTER TABLE "QuestionScore" ADD COLUMN "crps" REAL;
ALTER TABLE "QuestionScore" ADD COLUMN "scaledCrps" REAL;
