import type { Metadata } from "next";
import { requireViewer } from "@/lib/http/session";
import { NewSourceForm } from "./new-source-form";

export const metadata: Metadata = { title: "Add a source" };
export const dynamic = "force-dynamic";

export default async function NewSourcePage() {
  await requireViewer("/sources/new");
  return (
    <div className="narrow-wide">
      <h1>Add a source</h1>
      <p className="lede">
        Paste an article’s text. The workbench finds the forecasts in it, says what probability the words imply, and
        notices when it is the same article as one already in the library.
      </p>
      <NewSourceForm />
    </div>
  );
}
