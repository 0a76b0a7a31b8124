"use client";
// A link that takes focus when it appears, so Enter moves a keyboard user on to the next step.
import Link from "next/link";
import { useEffect, useRef, type ReactNode } from "react";

export function FocusLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [href]);
  return (
    <Link ref={ref} href={href} className={className}>
      {children}
    </Link>
  );
}
