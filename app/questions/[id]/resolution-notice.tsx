"use client";
// "Resolution recorded" belongs beside the resolution it reports, not inside the form that sent
// it (which becomes the Re-resolve form once the page refreshes). The form announces here; the
// Resolution section shows it and takes the focus, so a keyboard user lands on the result.
import { useEffect, useRef, useSyncExternalStore } from "react";

type Notice = { questionId: string; text: string; at: number };

let current: Notice | null = null;
const listeners = new Set<() => void>();

export function announceResolution(questionId: string, text: string) {
  current = { questionId, text, at: Date.now() };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function ResolutionNotice({ questionId }: { questionId: string }) {
  const notice = useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
  const shown = notice?.questionId === questionId ? notice : null;
  const paragraph = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (shown) paragraph.current?.focus();
  }, [shown]);
  return (
    <div aria-live="polite">
      {shown && (
        <p ref={paragraph} tabIndex={-1} className="form-success" role="status">
          {shown.text}
        </p>
      )}
    </div>
  );
}
