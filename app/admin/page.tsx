import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/http/admin-guard";

export const metadata: Metadata = { title: "Administration" };
export const dynamic = "force-dynamic";

export default async function AdminPage() {
  await requireAdminPage();
  return (
    <>
      <h1>Administration</h1>
      <ul className="question-list">
        <li className="card">
          <h2>
            <Link href="/admin/users">Users</Link>
          </h2>
          <p>Find accounts, deactivate or reactivate them, and issue one-time password-reset links.</p>
        </li>
        <li className="card">
          <h2>
            <Link href="/admin/audit">Audit log</Link>
          </h2>
          <p>Who changed what and when: resolutions, questions, teams, invites, API keys, exports and accounts.</p>
        </li>
      </ul>
    </>
  );
}
