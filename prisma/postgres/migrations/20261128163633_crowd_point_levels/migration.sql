-- AlterTable
ALTER TABLE "CrowdPoint" ADD COLUMN     "level" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "seq" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "CrowdPoint_questionId_level_seq_idx" ON "CrowdPoint"("questionId", "level", "seq");

-- Existing points get their position in the question's log (time, then forecast id) and its level.
UPDATE "CrowdPoint" SET "seq" = "ranked"."n"
FROM (SELECT "id", ROW_NUMBER() OVER (PARTITION BY "questionId" ORDER BY "t", "forecastId") AS "n" FROM "CrowdPoint") AS "ranked"
WHERE "ranked"."id" = "CrowdPoint"."id";
UPDATE "CrowdPoint" SET "level" = CASE WHEN "seq" % 16777216 = 0 THEN 24 WHEN "seq" % 8388608 = 0 THEN 23 WHEN "seq" % 4194304 = 0 THEN 22 WHEN "seq" % 2097152 = 0 THEN 21 WHEN "seq" % 1048576 = 0 THEN 20 WHEN "seq" % 524288 = 0 THEN 19 WHEN "seq" % 262144 = 0 THEN 18 WHEN "seq" % 131072 = 0 THEN 17 WHEN "seq" % 65536 = 0 THEN 16 WHEN "seq" % 32768 = 0 THEN 15 WHEN "seq" % 16384 = 0 THEN 14 WHEN "seq" % 8192 = 0 THEN 13 WHEN "seq" % 4096 = 0 THEN 12 WHEN "seq" % 2048 = 0 THEN 11 WHEN "seq" % 1024 = 0 THEN 10 WHEN "seq" % 512 = 0 THEN 9 WHEN "seq" % 256 = 0 THEN 8 WHEN "seq" % 128 = 0 THEN 7 WHEN "seq" % 64 = 0 THEN 6 WHEN "seq" % 32 = 0 THEN 5 WHEN "seq" % 16 = 0 THEN 4 WHEN "seq" % 8 = 0 THEN 3 WHEN "seq" % 4 = 0 THEN 2 WHEN "seq" % 2 = 0 THEN 1 ELSE 0 END;
