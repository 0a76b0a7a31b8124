import type { Metadata } from "next";
import { safeReturnPath } from "@/lib/auth/schemas";
import { AuthForm } from "../auth-form";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<{ next?: string }> };

export default async function Page({ searchParams }: Props) {
  const next = safeReturnPath((await searchParams).next);
  return (
    <div className="narrow">
      <h1>Create an account</h1>
      <p className="lede">The first account on a new workbench becomes its administrator.</p>
      <AuthForm mode="sign-up" next={next} />
    </div>
  );
}
