"use client";
// The people the discussion's forms suggest after "@", sent once for the whole section.
import { createContext, useContext, type ReactNode } from "react";
import type { Mentionable } from "@/lib/comments/mentionable";

const MentionableContext = createContext<Mentionable[]>([]);

export function MentionablePeople({ people, children }: { people: Mentionable[]; children: ReactNode }) {
  return <MentionableContext value={people}>{children}</MentionableContext>;
}

export const useMentionablePeople = () => useContext(MentionableContext);
