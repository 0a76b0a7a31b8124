// `@handle` mentions. A person's handles are their name without spaces ("Ana Lima" → @AnaLima)
// and the part of their email address before the @ (ana.lima@example.org → @ana.lima), matched
// without regard to case. Both are shown to people where they could be typed, and either works;
// a handle two people share mentions both. Text in code (`…` and ``` blocks) mentions nobody, and
// neither does an email address in the text ("write to ana@example.org").
export const MAX_MENTIONS = 20;

const CODE = /```[\s\S]*?(```|$)|`[^`\n]*`/g;
// "@" not preceded by a letter, digit or handle character (so not inside an email address).
const MENTION = /(?<![\p{L}\p{N}_.@-])@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/gu;

export const normalizeHandle = (handle: string) => handle.normalize("NFKC").toLowerCase();

/** The distinct handles a comment mentions, lower-cased, at most MAX_MENTIONS. */
export function mentionedHandles(body: string): string[] {
  const handles = new Set<string>();
  for (const match of body.replace(CODE, " ").matchAll(MENTION)) {
    // A sentence may end right after a mention: "thanks, @ana."
    const handle = normalizeHandle(match[1]!.replace(/[.\-]+$/, ""));
    if (handle) handles.add(handle);
    if (handles.size >= MAX_MENTIONS) break;
  }
  return [...handles];
}

/** The handles someone answers to. */
export function handlesOf(user: { name: string; email: string }): string[] {
  const byName = normalizeHandle(user.name.replace(/\s+/g, ""));
  const byEmail = normalizeHandle(user.email.split("@")[0] ?? "");
  return [...new Set([byName, byEmail].filter(Boolean))];
}

/** The handle the page suggests for someone: their name without spaces. */
export const displayHandleOf = (user: { name: string }) => user.name.replace(/\s+/g, "");
