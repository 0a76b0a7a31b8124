import type { ReactNode } from "react";

/**
 * A wide table's own scrolling box: on a phone the table scrolls sideways inside it while the page
 * stays put. Focusable and named, so keyboard users can scroll it too.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
