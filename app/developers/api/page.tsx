import type { Metadata } from "next";
import Link from "next/link";
import { ApiReference } from "@/components/api-reference/api-reference";

export const metadata: Metadata = { title: "API reference" };

export default function ApiReferencePage() {
  return (
    <>
      <h1>API reference</h1>
      <p className="lede">
        Every operation of <code>/api/v1</code>, from its <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a>. Call
        it with <code>Authorization: Bearer &lt;api key&gt;</code>; make keys on <Link href="/settings">Settings</Link>.
      </p>
      <ApiReference />
    </>
  );
}
