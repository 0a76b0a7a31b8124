// A consistent copy of a live SQLite database, through SQLite's online backup API (better-sqlite3's
// backup()): pages are copied in steps while the server keeps reading and writing, and the copy
// is of one moment. The copy is an ordinary database file: point DATABASE_URL at it to restore.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";

export async function copySqliteDatabase(
  sourcePath: string,
  destinationPath: string,
  onProgress: (copiedPages: number, totalPages: number) => void = () => {},
): Promise<{ totalPages: number }> {
  if (!existsSync(sourcePath)) throw new Error(`no database at ${sourcePath}`);
  if (existsSync(destinationPath)) throw new Error(`${destinationPath} exists: choose a new file name`);
  const source = new Database(sourcePath, { readonly: true, fileMustExist: true });
  try {
    const result = await source.backup(destinationPath, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress(totalPages - remainingPages, totalPages);
        return 1000;
      },
    });
    return { totalPages: result.totalPages };
  } finally {
    source.close();
  }
}
