import type { Metadata } from "next";
import { safeReturnPath } from "@/lib/auth/schemas";
import { AuthForm } from "../auth-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string }> };

export default async function Page({ searchParams }: Props) {
  const next = safeReturnPath((await searchParams).next);
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <AuthForm mode="sign-in" next={next} />
    </div>
  );
}
