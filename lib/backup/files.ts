// Backup files on disk: gzip when the name ends in .gz, read back a line at a time.
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";

const gzipped = (path: string) => path.endsWith(".gz");

/** A writable for the file, and a promise that settles once everything is on disk. */
export function backupWriter(path: string): { out: Writable; finished: Promise<void> } {
  const file = createWriteStream(path);
  const out = gzipped(path) ? createGzip() : file;
  if (out !== file) out.pipe(file);
  const finished = new Promise<void>((resolve, reject) => {
    file.on("finish", resolve);
    file.on("error", reject);
    out.on("error", reject);
  });
  return { out, finished };
}

/**
 * The file's lines. The file is opened on the first read, not before: readline emits lines as
 * soon as it has a reader-less stream, and lines emitted before anyone iterates are lost.
 */
export async function* backupLines(path: string): AsyncGenerator<string> {
  const file = createReadStream(path);
  const input = gzipped(path) ? file.pipe(createGunzip()) : file;
  yield* createInterface({ input, crlfDelay: Infinity });
}
