"use client";
// The list's filters, applied as they change: the URL's query is replaced (so the state can still
// be bookmarked, shared and reloaded) and the server renders the new list. Typing waits for a
// pause; Enter applies at once. Without JavaScript the form submits with its Apply button.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import styles from "./questions-list.module.css";

export type FilterValues = { q: string; status: string; theme: string; sort: string };
type Choice = { value: string; label: string };

type Props = {
  values: FilterValues;
  defaultSort: string;
  statuses: Choice[];
  themes: Choice[];
  sorts: Choice[];
};

const TYPING_PAUSE_MS = 350;

function hrefOf(values: FilterValues, defaultSort: string): string {
  const params = new URLSearchParams();
  if (values.q.trim()) params.set("q", values.q.trim());
  if (values.status) params.set("status", values.status);
  if (values.theme) params.set("theme", values.theme);
  if (values.sort && values.sort !== defaultSort) params.set("sort", values.sort);
  const query = params.toString();
  return query ? `/questions?${query}` : "/questions";
}

export function ListFilters({ values: fromUrl, defaultSort, statuses, themes, sorts }: Props) {
  const router = useRouter();
  const [values, setValues] = useState(fromUrl);
  const [pending, startTransition] = useTransition();
  const typing = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The list the URL asks for, and the one we last asked for.
  const urlHref = hrefOf(fromUrl, defaultSort);
  const [seenUrl, setSeenUrl] = useState(urlHref);
  const [applied, setApplied] = useState(urlHref);
  // The URL moved without us (back, forward, "Clear filters"): show its filters. When it is our
  // own change arriving, what has been typed since stays.
  if (urlHref !== seenUrl) {
    setSeenUrl(urlHref);
    if (urlHref !== applied) {
      setApplied(urlHref);
      setValues(fromUrl);
    }
  }

  useEffect(() => () => clearTimeout(typing.current ?? undefined), []);

  function apply(next: FilterValues) {
    clearTimeout(typing.current ?? undefined);
    const href = hrefOf(next, defaultSort);
    if (href === applied) return;
    setApplied(href);
    startTransition(() => router.replace(href, { scroll: false }));
  }

  function change(field: keyof FilterValues, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    if (field !== "q") return apply(next);
    clearTimeout(typing.current ?? undefined);
    typing.current = setTimeout(() => apply(next), TYPING_PAUSE_MS);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply(values);
  }

  const filtered = Boolean(values.q.trim() || values.status || values.theme);
  return (
    <form
      className={`filters ${styles.filters}`}
      method="get"
      action="/questions"
      role="search"
      aria-label="Filter questions"
      onSubmit={submit}
    >
      <label>
        Search
        <input
          type="search"
          name="q"
          value={values.q}
          onChange={(event) => change("q", event.target.value)}
          placeholder="truce, Baghdadi, Iraq…"
        />
      </label>
      <Select label="Status" name="status" value={values.status} choices={statuses} onChange={change} />
      <Select label="Theme" name="theme" value={values.theme} choices={themes} onChange={change} />
      <Select label="Sort" name="sort" value={values.sort} choices={sorts} onChange={change} />
      <noscript>
        <button type="submit">Apply</button>
      </noscript>
      {filtered && (
        <Link href="/questions" className="button button-secondary" scroll={false}>
          Clear filters
        </Link>
      )}
      {pending && <span className={styles.pending}>Updating…</span>}
    </form>
  );
}

type SelectProps = {
  label: string;
  name: "status" | "theme" | "sort";
  value: string;
  choices: Choice[];
  onChange: (field: keyof FilterValues, value: string) => void;
};

function Select({ label, name, value, choices, onChange }: SelectProps) {
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(event) => onChange(name, event.target.value)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
