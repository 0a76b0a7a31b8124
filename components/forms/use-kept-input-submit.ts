"use client";
import { useCallback, useState, type FormEvent } from "react";

/**
 * Submits a form through `submit` while keeping everything the person typed. A React form
 * `action` resets the form once it has run, which empties every field whenever the server
 * refuses the input; this handler runs on `onSubmit` instead and tracks the pending state.
 */
export function useKeptInputSubmit(submit: (form: FormData) => Promise<unknown>) {
  const [pending, setPending] = useState(false);
  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = new FormData(event.currentTarget);
      setPending(true);
      void submit(form).finally(() => setPending(false));
    },
    [submit],
  );
  return { pending, onSubmit };
}
