"use client";
// Keeps an unsaved estimate in the browser until the server confirms it, so a failed save, an
// expired session or a closed tab never loses what someone typed.
import { useEffect, useState } from "react";

export function useDraft<T>(key: string, initial: T) {
  const [value, setValue] = useState<T>(initial);
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    try {
      const saved = window.localStorage.getItem(key);
      if (saved) {
        // Restoring from storage must happen after hydration, so the server and client first render agree.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setValue(JSON.parse(saved) as T);
        setRestored(true);
      }
    } catch {
      // Storage can be unavailable (private mode); the form still works without drafts.
    }
  }, [key]);
  const update = (next: T) => {
    setValue(next);
    try {
      window.localStorage.setItem(key, JSON.stringify(next));
    } catch {}
  };
  const clear = () => {
    setRestored(false);
    try {
      window.localStorage.removeItem(key);
    } catch {}
  };
  return { value, update, clear, restored };
}
