// Checks on pasted article text, before anything is stored: size (413), emptiness and binary
// content (400), each with a message that says what to do.
import { AppError } from "../errors";
import { MAX_SOURCE_TEXT_BYTES } from "./create-schemas";

export function checkSourceText(text: string): void {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_SOURCE_TEXT_BYTES) {
    throw new AppError(
      "payload_too_large",
      `text is ${(bytes / 1024 / 1024).toFixed(2)} MB; the limit is 1 MB. Paste the article body without page debris.`,
      [{ path: "text", message: "larger than 1 MB" }],
    );
  }
  if (text.trim() === "") {
    throw new AppError("bad_request", "text is empty: paste the article's text", [
      { path: "text", message: "is empty" },
    ]);
  }
  if (looksBinary(text)) {
    throw new AppError("bad_request", "text looks like binary data, not an article: paste plain text", [
      { path: "text", message: "is not plain text" },
    ]);
  }
}

/** NUL bytes, or more than 1% control or replacement characters, mean this is not prose. */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const suspicious = text.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return suspicious > Math.max(2, text.length * 0.01);
}
