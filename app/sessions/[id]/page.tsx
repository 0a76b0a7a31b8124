import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { orNotFound } from "@/lib/http/page-guards";
import { requireViewer } from "@/lib/http/session";
import { sessionIdParam } from "@/lib/sessions/schemas";
import { sessionView } from "@/lib/sessions/sessions";
import { parseInput } from "@/lib/validation/parse";
import { SessionRoom } from "./session-room";

export const metadata: Metadata = { title: "Calibration session" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export default async function SessionPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/sessions/${id}`);
  const view = await orNotFound(() => sessionView(getDb(), viewer, parseInput(sessionIdParam, { id }).id));
  return <SessionRoom view={view} />;
}
