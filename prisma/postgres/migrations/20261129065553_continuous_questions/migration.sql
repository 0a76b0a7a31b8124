-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "QuestionType" ADD VALUE 'NUMERIC';
ALTER TYPE "QuestionType" ADD VALUE 'DATE';

-- AlterEnum
ALTER TYPE "ResolutionOutcome" ADD VALUE 'VALUE';

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "openLower" BOOLEAN,
ADD COLUMN     "openUpper" BOOLEAN,
ADD COLUMN     "rangeMax" DOUBLE PRECISION,
ADD COLUMN     "rangeMin" DOUBLE PRECISION,
ADD COLUMN     "scale" TEXT,
ADD COLUMN     "unit" TEXT;

-- AlterTable
ALTER TABLE "Forecast" ADD COLUMN     "cdf" TEXT;

-- AlterTable
ALTER TABLE "Resolution" ADD COLUMN     "value" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "QuestionScore" ADD COLUMN     "baselineScore" DOUBLE PRECISION,
ADD COLUMN     "crps" DOUBLE PRECISION,
ADD COLUMN     "scaledCrps" DOUBLE PRECISION;
