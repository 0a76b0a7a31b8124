import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { requireAdminPage } from "@/lib/http/admin-guard";
import { listUsers } from "@/lib/users/list";
import { listUsersQuery, type ListUsersQuery } from "@/lib/users/schemas";
import { searchParamsObject } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";
import { deactivateUserAction, issueResetLinkAction, reactivateUserAction } from "./actions";
import { UserActions } from "./user-actions";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const when = (date: Date) => (
  <time dateTime={date.toISOString()} title={`${date.toISOString().slice(0, 16).replace("T", " ")} UTC`}>
    {formatDate(date)}
  </time>
);

export default async function UsersPage({ searchParams }: Props) {
  const viewer = await requireAdminPage();
  const raw = searchParamsObject(await searchParams);
  let query: ListUsersQuery;
  let filterError: string | null = null;
  try {
    query = parseInput(listUsersQuery, raw);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    filterError = error.message;
    query = parseInput(listUsersQuery, {});
  }
  const page = await listUsers(getDb(), viewer, query);
  const kept = keep(query);
  const filtered = Object.keys(kept).length > 0;
  const nextHref = page.nextCursor ? `/admin/users?${new URLSearchParams({ ...kept, cursor: page.nextCursor })}` : null;

  return (
    <>
      <p className="meta">
        <Link href="/admin">← Administration</Link>
      </p>
      <h1>Users</h1>
      <p className="lede">
        Deactivating an account signs it out everywhere and stops its API keys; reactivating lets it sign in again.
        There is no mail server: a password-reset link is shown here once, for you to pass on. It works once, for 24
        hours. Every change is in the <Link href="/admin/audit?targetType=user">audit log</Link>.
      </p>

      <form className="filters" method="get" action="/admin/users" role="search" aria-label="Find users">
        <label>
          Name or email
          <input type="search" name="q" defaultValue={query.q ?? ""} />
        </label>
        <label>
          Status
          <select name="status" defaultValue={query.status ?? ""}>
            <option value="">Any status</option>
            <option value="active">Active</option>
            <option value="deactivated">Deactivated</option>
          </select>
        </label>
        <button type="submit">Search</button>
        {filtered && (
          <Link href="/admin/users" className="button button-secondary">
            Clear
          </Link>
        )}
      </form>

      {filterError && (
        <p className="notice" role="alert">
          Part of the search was not understood ({filterError}); showing all users instead.
        </p>
      )}

      <p className="muted" aria-live="polite">
        {page.total} {page.total === 1 ? "account" : "accounts"}
        {filtered ? " match" : ""}
      </p>

      {page.items.length === 0 ? (
        <div className="card">
          <p>
            {filtered ? "No account matches. Try part of the name or email, or clear the search." : "No accounts yet."}
          </p>
        </div>
      ) : (
        <div className="table-scroll" role="region" aria-label="Accounts" tabIndex={0}>
          <table className="data-table">
            <caption className="visually-hidden">Accounts, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Created</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    {user.name}
                    {user.id === viewer.userId ? " (you)" : ""}
                  </th>
                  <td>{user.email}</td>
                  <td>{user.role === "ADMIN" ? "Administrator" : "Forecaster"}</td>
                  <td>{when(user.createdAt)}</td>
                  <td>{user.deactivatedAt ? <>Deactivated {when(user.deactivatedAt)}</> : "Active"}</td>
                  <td>
                    <UserActions
                      user={{
                        id: user.id,
                        name: user.name,
                        email: user.email,
                        deactivated: Boolean(user.deactivatedAt),
                        isSelf: user.id === viewer.userId,
                      }}
                      deactivate={deactivateUserAction}
                      reactivate={reactivateUserAction}
                      issueResetLink={issueResetLinkAction}
                    />{" "}
                    <Link href={`/admin/audit?${new URLSearchParams({ targetType: "user", targetId: user.id })}`}>
                      History<span className="visually-hidden"> of {user.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <nav className="pagination" aria-label="Pages">
        {query.cursor && <Link href={`/admin/users?${new URLSearchParams(kept)}`}>First page</Link>}
        {nextHref && <Link href={nextHref}>Next page</Link>}
      </nav>
    </>
  );
}

function keep(query: ListUsersQuery): Record<string, string> {
  const kept: Record<string, string> = {};
  if (query.q) kept.q = query.q;
  if (query.status) kept.status = query.status;
  return kept;
}
