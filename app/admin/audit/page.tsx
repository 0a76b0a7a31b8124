import type { Metadata } from "next";
import Link from "next/link";
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from "@/lib/audit/actions";
import { listAuditEntries, type AuditEntry } from "@/lib/audit/list";
import { auditQuery, type AuditQuery } from "@/lib/audit/schemas";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireAdminPage } from "@/lib/http/admin-guard";
import { searchParamsObject } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The filters a page link carries forward (the cursor and limit are per page).
const FILTER_KEYS = ["actor", "action", "targetType", "targetId", "from", "to"] as const;

export default async function AuditPage({ searchParams }: Props) {
  const viewer = await requireAdminPage();
  const raw = searchParamsObject(await searchParams);
  let query: AuditQuery;
  let filterError: string | null = null;
  let kept: Record<string, string> = {};
  try {
    query = parseInput(auditQuery, raw);
    kept = Object.fromEntries(FILTER_KEYS.flatMap((key) => (raw[key] ? [[key, String(raw[key])]] : [])));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    filterError = error.message;
    query = parseInput(auditQuery, {});
  }
  const page = await listAuditEntries(getDb(), viewer, query);
  const filtered = Object.keys(kept).length > 0;
  const href = (params: Record<string, string>) => `/admin/audit?${new URLSearchParams(params)}`;
  const olderHref = page.nextCursor ? href({ ...kept, cursor: page.nextCursor }) : null;

  return (
    <>
      <p className="meta">
        <Link href="/admin">← Administration</Link>
      </p>
      <h1>Audit log</h1>
      <p className="lede">
        Every resolution, question, team change, invite, API key, report export and account change, newest first.
        Entries are never changed or removed.
      </p>

      <form className="filters" method="get" action="/admin/audit" role="search" aria-label="Filter the audit log">
        <label>
          Actor
          <input
            type="search"
            name="actor"
            defaultValue={kept.actor ?? ""}
            placeholder="name, email, user id or admin CLI"
            aria-describedby="actor-hint"
          />
        </label>
        <label>
          Action
          <select name="action" defaultValue={kept.action ?? ""}>
            <option value="">Any action</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </label>
        <label>
          Target type
          <select name="targetType" defaultValue={kept.targetType ?? ""}>
            <option value="">Any target</option>
            {AUDIT_TARGET_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>
        <label>
          Target id
          <input type="text" name="targetId" defaultValue={kept.targetId ?? ""} spellCheck={false} />
        </label>
        <label>
          From
          <input type="date" name="from" defaultValue={dayOf(kept.from)} />
        </label>
        <label>
          To (included)
          <input type="date" name="to" defaultValue={dayOf(kept.to)} />
        </label>
        <button type="submit">Apply</button>
        {filtered && (
          <Link href="/admin/audit" className="button button-secondary">
            Clear filters
          </Link>
        )}
      </form>
      <p id="actor-hint" className="muted">
        Actor matches a user id, the name recorded with the entry, or part of an account’s email. Dates are UTC.
      </p>

      {filterError && (
        <p className="notice" role="alert">
          Part of the filter was not understood ({filterError}); showing the newest entries instead.
        </p>
      )}

      {page.items.length === 0 ? (
        <div className="card">
          <p>
            {filtered
              ? "No entry matches these filters. Widen the dates or clear a filter."
              : query.cursor
                ? "There are no older entries."
                : "Nothing has been recorded yet. Entries appear as people resolve questions, change teams, manage keys and accounts."}
          </p>
        </div>
      ) : (
        <div className="table-scroll" role="region" aria-label="Audit entries" tabIndex={0}>
          <table className="data-table audit-table">
            <caption className="visually-hidden">
              Audit entries{filtered ? " matching the filters" : ""}, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">When (UTC)</th>
                <th scope="col">Actor</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.at.toISOString()}>
                      {entry.at.toISOString().slice(0, 19).replace("T", " ")}
                    </time>
                  </td>
                  <td>
                    <Actor entry={entry} href={href} />
                  </td>
                  <th scope="row">
                    <Link href={href({ action: entry.action })} title={`Only ${entry.action} entries`}>
                      <code>{entry.action}</code>
                    </Link>
                  </th>
                  <td>
                    {entry.target.type}{" "}
                    <Link
                      href={href({ targetType: entry.target.type, targetId: entry.target.id })}
                      title={`Everything about this ${entry.target.type}`}
                    >
                      <code>{entry.target.id}</code>
                    </Link>
                  </td>
                  <td>
                    <Snapshot value={entry.before} />
                  </td>
                  <td>
                    <Snapshot value={entry.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <nav className="pagination" aria-label="Pages">
        {query.cursor && <Link href={href(kept)}>Newest</Link>}
        {olderHref && <Link href={olderHref}>Older</Link>}
      </nav>
    </>
  );
}

function Actor({ entry, href }: { entry: AuditEntry; href: (params: Record<string, string>) => string }) {
  const { id, label, email } = entry.actor;
  return (
    <>
      <Link href={href({ actor: id ?? label })} title={`Only entries by ${label}`}>
        {label}
      </Link>
      {email && (
        <>
          <br />
          <span className="muted">{email}</span>
        </>
      )}
    </>
  );
}

function Snapshot({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted">—</span>;
  if (typeof value !== "object" || Array.isArray(value)) return <code>{JSON.stringify(value)}</code>;
  const fields = Object.entries(value as Record<string, unknown>);
  if (fields.length === 0) return <span className="muted">—</span>;
  return (
    <dl className="audit-snapshot">
      {fields.map(([key, field]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>
            <code>{typeof field === "string" ? field : JSON.stringify(field)}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The date input shows a day; a full date-time filter (from the API or a link) shows its day. */
function dayOf(value: string | undefined): string {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : "";
}
