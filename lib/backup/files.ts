// Backup files on disk: gzip when the name ends in .gz, read back a line at a time.
import { createReadStream, createWriteStream } from "node:fs";
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
 * The file's lines, read as the consumer asks for them: the stream's own async iterator pauses the
 * file while a batch is written, so at most one chunk and one line are held (readline's iterator
 * would queue the whole file when reading outpaces the database).
 */
export async function* backupLines(path: string): AsyncGenerator<string> {
  const file = createReadStream(path);
  const input = gzipped(path) ? file.pipe(createGunzip()) : file;
  input.setEncoding("utf8");
  let rest = "";
  for await (const chunk of input as AsyncIterable<string>) {
    const parts = (rest + chunk).split("\n");
    rest = parts.pop()!;
    for (const line of parts) yield line.endsWith("\r") ? line.slice(0, -1) : line;
  }
  if (rest) yield rest;
}
