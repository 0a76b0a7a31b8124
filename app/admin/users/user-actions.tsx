"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/http/action-result";
import { useCopyToClipboard } from "@/components/forms/use-copy";

type Props = {
  user: { id: string; name: string; email: string; deactivated: boolean; isSelf: boolean };
  deactivate: (userId: unknown) => Promise<ActionResult<null>>;
  reactivate: (userId: unknown) => Promise<ActionResult<null>>;
  issueResetLink: (userId: unknown) => Promise<ActionResult<{ url: string; expiresAt: string }>>;
};

/**
 * An account's buttons. Deactivating asks for confirmation first; a reset link is shown once,
 * with its expiry, for the administrator to pass on (there is no mail server).
 */
export function UserActions({ user, deactivate, reactivate, issueResetLink }: Props) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const { status: copyStatus, copy, reset: resetCopyStatus } = useCopyToClipboard("the link");
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) startRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  useEffect(() => {
    if (link) linkRef.current?.select();
  }, [link]);

  // After (de)activating, the other button takes the place of the one pressed: keep focus there.
  const acted = useRef(false);
  useEffect(() => {
    if (acted.current) startRef.current?.focus();
    acted.current = false;
  }, [user.deactivated]);

  async function run<T>(action: () => Promise<ActionResult<T>>): Promise<{ data: T } | null> {
    setPending(true);
    try {
      const result = await action();
      if (!result.ok) {
        setError(result.message);
        return null;
      }
      setError(null);
      return { data: result.data };
    } finally {
      setPending(false);
    }
  }

  async function confirmDeactivate() {
    if (await run(() => deactivate(user.id))) {
      acted.current = true;
      setConfirming(false);
      setLink(null);
      router.refresh();
    }
  }

  const who = `${user.name} (${user.email})`;
  return (
    <div>
      {user.deactivated ? (
        <button
          type="button"
          ref={startRef}
          className="secondary-button"
          disabled={pending}
          onClick={async () => {
            if (await run(() => reactivate(user.id))) {
              acted.current = true;
              router.refresh();
            }
          }}
        >
          Reactivate<span className="visually-hidden"> {who}</span>
        </button>
      ) : confirming ? (
        <p role="group" aria-label={`Confirm deactivating ${who}`}>
          <span>They will be signed out everywhere and their API keys will stop working. </span>
          <button type="button" ref={confirmRef} onClick={confirmDeactivate} disabled={pending}>
            {pending ? "Deactivating…" : "Yes, deactivate"}
            <span className="visually-hidden"> {who}</span>
          </button>{" "}
          <button
            type="button"
            className="secondary-button"
            onClick={() => {
              setConfirming(false);
              setError(null);
            }}
            disabled={pending}
          >
            Cancel
          </button>
        </p>
      ) : (
        <>
          {!user.isSelf && (
            <button
              type="button"
              ref={startRef}
              className="secondary-button"
              onClick={() => setConfirming(true)}
              disabled={pending}
            >
              Deactivate<span className="visually-hidden"> {who}</span>
            </button>
          )}{" "}
          <button
            type="button"
            className="secondary-button"
            disabled={pending}
            onClick={async () => {
              resetCopyStatus();
              setLink((await run(() => issueResetLink(user.id)))?.data ?? null);
            }}
          >
            Reset link<span className="visually-hidden"> for {who}</span>
          </button>
        </>
      )}
      {link && (
        <div className="stack-form" role="status">
          <label>
            One-time reset link for {user.name} (shown once; works until {link.expiresAt.slice(0, 16).replace("T", " ")}{" "}
            UTC)
            <input ref={linkRef} type="text" readOnly value={link.url} spellCheck={false} autoComplete="off" />
          </label>
          <p>
            <button type="button" className="secondary-button" onClick={() => copy(link.url)}>
              Copy link
            </button>{" "}
            <button type="button" className="link-button" onClick={() => setLink(null)}>
              Hide
            </button>
          </p>
          {copyStatus && <p className="muted">{copyStatus}</p>}
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
