import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { requireViewer } from "@/lib/http/session";
import { listMyTeams } from "@/lib/teams/teams";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import forecasts" };
export const dynamic = "force-dynamic";

export default async function ImportPage() {
  const viewer = await requireViewer("/import");
  const teams = await listMyTeams(getDb(), viewer);
  return (
    <div className="narrow-wide">
      <h1>Import forecasts</h1>
      <p className="lede">
        Bring your history: a Fatebook export, or a spreadsheet of your own forecasts saved as CSV. You see what the
        file holds, and any problem by row and column, before anything is written; then everything is imported at once,
        or nothing. Importing the same file again adds only what is new.
      </p>
      <ImportForm yourName={viewer.name} teams={teams.map((membership) => membership.team)} />
    </div>
  );
}
