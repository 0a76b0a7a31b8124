"use client";
import { useCallback, useState, type FormEvent } from "react";
import type { FieldIssue } from "@/lib/errors";

/**
 * A form's field issues, each dropped as soon as its field is edited (a fixed field must not
 * keep saying it is wrong until the next submit). Spread `onInput` on the <form>.
 */
export function useFieldIssues() {
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const onInput = useCallback((event: FormEvent<HTMLFormElement>) => {
    const name = (event.target as { name?: unknown }).name;
    if (typeof name !== "string" || name === "") return;
    setIssues((current) =>
      current.some((issue) => issue.path === name) ? current.filter((issue) => issue.path !== name) : current,
    );
  }, []);
  return { issues, setIssues, onInput };
}
