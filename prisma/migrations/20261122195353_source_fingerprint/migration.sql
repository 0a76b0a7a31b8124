-- AlterTable
ALTER TABLE "Source" ADD COLUMN "fingerprint" TEXT;
