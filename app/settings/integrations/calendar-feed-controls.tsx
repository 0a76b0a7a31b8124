"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useCopyToClipboard } from "@/components/forms/use-copy";
import type { ActionResult } from "@/lib/http/action-result";

type Props = {
  /** When the live feed URL was made (formatted), or null when there is none. */
  since: string | null;
  create: () => Promise<ActionResult<{ url: string }>>;
  revoke: () => Promise<ActionResult<null>>;
};

/** The URL is shown once, right after it is made: only a hash of its token is kept. */
export function CalendarFeedControls({ since, create, revoke }: Props) {
  const router = useRouter();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const { status: copyStatus, copy } = useCopyToClipboard("the address");

  async function run<T>(action: () => Promise<ActionResult<T>>, then: (data: T) => void) {
    setPending(true);
    try {
      const result = await action();
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setError(null);
      then(result.data);
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="card stack-form">
      {url ? (
        <>
          <p className="form-success">
            <strong>Copy this address now: it will not be shown again.</strong>
          </p>
          <label>
            Your calendar feed address
            <input
              type="text"
              readOnly
              value={url}
              spellCheck={false}
              onFocus={(event) => event.currentTarget.select()}
            />
          </label>
          <p>
            <button type="button" onClick={() => copy(url)}>
              Copy address
            </button>
          </p>
          <p role="status" aria-live="polite">
            {copyStatus}
          </p>
        </>
      ) : (
        <p>{since ? `You have a feed address, made ${since}.` : "You have no feed address."}</p>
      )}
      <p>
        <button type="button" disabled={pending} onClick={() => run(create, (data) => setUrl(data.url))}>
          {since || url ? "Make a new address (the old one stops working)" : "Make a feed address"}
        </button>{" "}
        {(since || url) && (
          <button
            type="button"
            className="secondary-button"
            disabled={pending}
            onClick={() => run(revoke, () => setUrl(null))}
          >
            Revoke the address
          </button>
        )}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
