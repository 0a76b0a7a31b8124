-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CalibrationSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "facilitatorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "step" TEXT NOT NULL DEFAULT 'ROUND1',
    "anonymousReasons" BOOLEAN NOT NULL DEFAULT true,
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stepChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    CONSTRAINT "CalibrationSession_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CalibrationSession_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_CalibrationSession" ("anonymousReasons", "createdAt", "facilitatorId", "id", "notes", "step", "stepChangedAt", "teamId", "title") SELECT "anonymousReasons", "createdAt", "facilitatorId", "id", "notes", "step", "stepChangedAt", "teamId", "title" FROM "CalibrationSession";
DROP TABLE "CalibrationSession";
ALTER TABLE "new_CalibrationSession" RENAME TO "CalibrationSession";
CREATE INDEX "CalibrationSession_teamId_createdAt_idx" ON "CalibrationSession"("teamId", "createdAt");
CREATE INDEX "CalibrationSession_facilitatorId_idx" ON "CalibrationSession"("facilitatorId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
