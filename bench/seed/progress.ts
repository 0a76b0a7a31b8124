// A progress bar on stderr (stdout carries the generator's JSON). On a terminal it redraws one
// line; otherwise it prints a line every tenth of the way.
export type Progress = { advance: (by: number) => void; done: () => void };

export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  const tty = Boolean(stream.isTTY);
  let count = 0;
  let lastTenth = -1;
  let lastDraw = 0;
  const draw = (final: boolean) => {
    const share = total === 0 ? 1 : Math.min(1, count / total);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const width = 30;
    const filled = Math.round(share * width);
    const line = `${label.padEnd(22)} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${count}/${total} ${seconds}s`;
    if (tty) stream.write(`\r${line}${final ? "\n" : ""}`);
    else stream.write(`${line}\n`);
  };
  return {
    advance: (by) => {
      count += by;
      const now = Date.now();
      const tenth = total === 0 ? 10 : Math.floor((count / total) * 10);
      if (tty ? now - lastDraw > 100 : tenth > lastTenth && tenth < 10) {
        lastDraw = now;
        lastTenth = tenth;
        draw(false);
      }
    },
    done: () => draw(true),
  };
}
