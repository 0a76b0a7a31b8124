// The backup file: one JSON document, written one row per line so that it can be read back a
// line at a time (bounded memory, whatever its size) and still parsed whole by any JSON tool.
//
//   {"format":"forecast-workbench-backup","version":1,"exportedAt":"…","schema":"<last migration>","tables":{
//   "User":[
//   {"id":"c…","email":"…",…},
//   {"id":"c…",…}
//   ],
//   "AuthSession":[
//   ],
//   …
//   "PasswordResetToken":[
//   ]
//   }}
//
// Tables come in lib/backup/tables.ts order, rows in key order; each row holds every column
// under its Prisma field name: dates as ISO 8601 UTC strings, numbers as JSON numbers (a double
// prints back to the same double), enums as their names, null as null. A version change is a
// change of this layout; readers refuse versions they do not know.
export const BACKUP_FORMAT = "forecast-workbench-backup";
export const BACKUP_VERSION = 1;

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  /** The last migration of the schema the rows fit. */
  schema: string;
};

export function headerLine(header: BackupHeader): string {
  return `${JSON.stringify(header).slice(0, -1)},"tables":{\n`;
}

export function parseHeaderLine(line: string): BackupHeader {
  const json = line.endsWith(',"tables":{') ? `${line.slice(0, -',"tables":{'.length)}}` : null;
  const header = json ? (JSON.parse(json) as Partial<BackupHeader>) : null;
  if (!header || header.format !== BACKUP_FORMAT)
    throw new Error("not a workbench backup (its first line is not a backup header)");
  if (header.version !== BACKUP_VERSION) {
    throw new Error(`backup format version ${header.version} is not one this version reads (${BACKUP_VERSION})`);
  }
  return header as BackupHeader;
}
