"use client";
import { useCallback, useState } from "react";

/**
 * Copies text to the clipboard and says how it went, for a polite live region beside the button.
 * `what` names the thing in the fallback ("the link", "the key").
 */
export function useCopyToClipboard(what: string) {
  const [status, setStatus] = useState<string | null>(null);
  const copy = useCallback(
    async (text: string) => {
      try {
        await navigator.clipboard.writeText(text);
        setStatus("Copied to the clipboard.");
      } catch {
        setStatus(`Could not copy automatically: select ${what} and copy it by hand.`);
      }
    },
    [what],
  );
  const reset = useCallback(() => setStatus(null), []);
  return { status, copy, reset };
}
