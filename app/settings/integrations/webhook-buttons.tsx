"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/http/action-result";

type Props = {
  webhookId: string;
  url: string;
  sendTest: (id: unknown) => Promise<ActionResult<{ deliveryId: string }>>;
  remove: (id: unknown) => Promise<ActionResult<{ id: string }>>;
};

/** "Send test" queues a ping; "Delete" asks once more before it removes the webhook and its log. */
export function WebhookButtons({ webhookId, url, sendTest, remove }: Props) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function run(action: () => Promise<ActionResult<unknown>>, done: string) {
    setPending(true);
    try {
      const result = await action();
      setMessage(result.ok ? { error: false, text: done } : { error: true, text: result.message });
      if (result.ok) router.refresh();
    } finally {
      setPending(false);
    }
  }

  return (
    <div>
      <p role="group" aria-label={`Actions for the webhook to ${url}`}>
        <button
          type="button"
          disabled={pending}
          onClick={() => run(() => sendTest(webhookId), "Test queued: it appears in the deliveries below.")}
        >
          Send test
        </button>{" "}
        {confirming ? (
          <>
            <button
              type="button"
              disabled={pending}
              onClick={() => run(() => remove(webhookId), "Webhook deleted.")}
              autoFocus
            >
              Yes, delete it and its log
            </button>{" "}
            <button type="button" className="secondary-button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" className="secondary-button" onClick={() => setConfirming(true)}>
            Delete
          </button>
        )}
      </p>
      <p role="status" aria-live="polite" className={message?.error ? "form-error" : undefined}>
        {message?.text}
      </p>
    </div>
  );
}
