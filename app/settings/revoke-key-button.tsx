"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/http/action-result";

type Props = {
  keyId: string;
  name: string;
  revoke: (keyId: unknown) => Promise<ActionResult<{ id: string }>>;
};

/** Two steps: "Revoke" asks for confirmation, and only "Yes, revoke" calls the server. */
export function RevokeKeyButton({ keyId, name, revoke }: Props) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) startRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function confirm() {
    setPending(true);
    try {
      const result = await revoke(keyId);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setError(null);
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  return (
    <div>
      {confirming ? (
        <p role="group" aria-label={`Confirm revoking key ${name}`}>
          <span>Programs using “{name}” will stop working. </span>
          <button type="button" ref={confirmRef} onClick={confirm} disabled={pending}>
            {pending ? "Revoking…" : "Yes, revoke"}
            <span className="visually-hidden"> key {name}</span>
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
        <button type="button" ref={startRef} className="secondary-button" onClick={() => setConfirming(true)}>
          Revoke<span className="visually-hidden"> key {name}</span>
        </button>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
