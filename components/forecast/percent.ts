// Percent as people type it ("35", "35%", "35.5") to probabilities, and back.
export function parsePercent(text: string): number | null {
  const cleaned = text.trim().replace(/%$/, "").trim().replace(",", ".");
  if (cleaned === "" || !/^-?\d*\.?\d+$/.test(cleaned)) return null;
  return Number(cleaned);
}

export function roundPercent(value: number): number {
  return Math.round(value * 10) / 10;
}

export function clampPercent(value: number): number {
  return Math.min(99.9, Math.max(0.1, roundPercent(value)));
}

/** Arrow keys move by 1 percentage point, with Shift by 5. */
export function stepFromKey(event: { key: string; shiftKey: boolean }): number {
  const size = event.shiftKey ? 5 : 1;
  if (event.key === "ArrowUp" || event.key === "ArrowRight") return size;
  if (event.key === "ArrowDown" || event.key === "ArrowLeft") return -size;
  return 0;
}
