import type { Metadata } from "next";
import { requireViewer } from "@/lib/http/session";
import { NewQuestionForm } from "./new-question-form";

export const metadata: Metadata = { title: "New question" };
export const dynamic = "force-dynamic";

export default async function NewQuestionPage() {
  await requireViewer("/questions/new");
  return (
    <div className="narrow-wide">
      <h1>New question</h1>
      <p className="lede">
        A good question can be settled by anyone reading the criteria on the resolve-by date, without asking you what
        you meant.
      </p>
      <NewQuestionForm />
    </div>
  );
}
