"use client";
// On a phone the navigation and the account links fold behind one disclosure button; from a
// laptop's width up they are always shown and the button is hidden (globals.css, .site-menu).
import { usePathname } from "next/navigation";
import { useId, useState, type ReactNode } from "react";

export function SiteMenu({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  // The menu stays open on the page it was opened on: following a link closes it, so the page it
  // opened is not hidden behind it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  const panelId = useId();

  return (
    <div
      className="site-menu"
      data-open={open ? "true" : "false"}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          setOpen(false);
          document.getElementById(`${panelId}-toggle`)?.focus();
        }
      }}
    >
      <button
        type="button"
        id={`${panelId}-toggle`}
        className="menu-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? "✕" : "☰"}</span> Menu
      </button>
      <div id={panelId} className="site-menu-panel">
        {children}
      </div>
    </div>
  );
}
