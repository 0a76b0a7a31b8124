"use client";
// Follows a session live: server-sent events announce each new version and the page re-renders
// from the server; where EventSource is unavailable or keeps failing, it polls instead.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

const POLL_MS = 3000;

export function useLiveVersion(sessionId: string, version: number) {
  const router = useRouter();
  const current = useRef(version);
  const [mode, setMode] = useState<"live" | "polling">("live");
  useEffect(() => {
    current.current = version;
  }, [version]);
  useEffect(() => {
    const check = (next: number) => {
      if (next !== current.current) {
        current.current = next;
        router.refresh();
      }
    };
    let poll: ReturnType<typeof setInterval> | null = null;
    const startPolling = () => {
      setMode("polling");
      poll ??= setInterval(async () => {
        const response = await fetch(`/api/v1/sessions/${sessionId}`, { cache: "no-store" }).catch(() => null);
        if (response?.ok) check(((await response.json()) as { version: number }).version);
      }, POLL_MS);
    };
    if (typeof EventSource === "undefined") {
      startPolling();
      return () => clearInterval(poll!);
    }
    const source = new EventSource(`/api/v1/sessions/${sessionId}/events`);
    let failures = 0;
    source.addEventListener("version", (event) => {
      failures = 0;
      check((JSON.parse((event as MessageEvent<string>).data) as { version: number }).version);
    });
    source.onerror = () => {
      failures += 1;
      if (failures >= 3) {
        source.close();
        startPolling();
      }
    };
    return () => {
      source.close();
      if (poll) clearInterval(poll);
    };
  }, [sessionId, router]);
  return mode;
}
