// Keyboard users scroll a region by focusing it: every horizontally or vertically scrollable box
// the reference renders without anything focusable inside gets tabindex="0" (axe's
// scrollable-region-focusable). The reference renders and re-renders on its own, so this runs
// after each change it makes, once per frame at most.

function isScrollable(element: HTMLElement): boolean {
  const style = getComputedStyle(element);
  const scrollsX = /(auto|scroll)/.test(style.overflowX) && element.scrollWidth > element.clientWidth;
  const scrollsY = /(auto|scroll)/.test(style.overflowY) && element.scrollHeight > element.clientHeight;
  return scrollsX || scrollsY;
}

const FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])";

function markScrollRegions(root: HTMLElement) {
  for (const element of root.querySelectorAll<HTMLElement>("*")) {
    if (element.hasAttribute("tabindex") || !isScrollable(element)) continue;
    if (element.querySelector(FOCUSABLE)) continue;
    element.tabIndex = 0;
  }
}

/** Watches `root` until the returned function is called. */
export function keepScrollRegionsFocusable(root: HTMLElement): () => void {
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      markScrollRegions(root);
    });
  };
  const observer = new MutationObserver(schedule);
  observer.observe(root, { childList: true, subtree: true });
  window.addEventListener("resize", schedule);
  schedule();
  return () => {
    observer.disconnect();
    window.removeEventListener("resize", schedule);
    cancelAnimationFrame(frame);
  };
}
