import type { Metadata } from "next";
import Link from "next/link";
import { listApiKeys } from "@/lib/auth/api-keys";
import { getDb } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { requireViewer } from "@/lib/http/session";
import { ownAccount } from "@/lib/users/own-account";
import { createKey, revokeKey } from "./actions";
import { CreateKeyForm } from "./create-key-form";
import { RevokeKeyButton } from "./revoke-key-button";
import { ScrollBox } from "@/components/scroll-box";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

const when = (date: Date) => (
  <time dateTime={date.toISOString()} title={`${date.toISOString().slice(0, 16).replace("T", " ")} UTC`}>
    {formatDate(date)}
  </time>
);

export default async function SettingsPage() {
  const viewer = await requireViewer("/settings");
  const db = getDb();
  const [user, keys] = await Promise.all([ownAccount(db, viewer), listApiKeys(db, viewer.userId)]);
  const activeCount = keys.filter((key) => !key.revokedAt).length;

  return (
    <>
      <h1>Settings</h1>
      <p className="lede">Your account, and the API keys that let scripts read and write on your behalf.</p>

      <section aria-labelledby="account">
        <h2 id="account">Account</h2>
        <div className="card">
          <dl className="facts">
            <dt>Name</dt>
            <dd>{viewer.name}</dd>
            <dt>Email</dt>
            <dd>{user?.email ?? "—"}</dd>
            <dt>Role</dt>
            <dd>{viewer.role === "ADMIN" ? "Administrator" : "Forecaster"}</dd>
            {user && (
              <>
                <dt>Member since</dt>
                <dd>{when(user.createdAt)}</dd>
              </>
            )}
          </dl>
          <p className="muted">
            See how your forecasts have done in <Link href="/me">your track record</Link>.
          </p>
        </div>
      </section>

      <section aria-labelledby="integrations">
        <h2 id="integrations">Webhooks and calendar</h2>
        <p>
          Send what happens to your questions to a chat channel, and subscribe to their dates from your calendar:{" "}
          <Link href="/settings/integrations">webhooks and calendar feed</Link>.
        </p>
      </section>

      <section aria-labelledby="api-keys">
        <h2 id="api-keys">API keys</h2>
        <p>
          An API key authenticates requests to <code>/api/v1</code> as you: send it in an{" "}
          <code>Authorization: Bearer &lt;key&gt;</code> header. Treat it like a password, and revoke a key you no
          longer use or may have leaked. Revoking cannot be undone.
        </p>

        {keys.length === 0 ? (
          <p className="muted">You have no API keys yet.</p>
        ) : (
          <ScrollBox label="Your API keys">
            <table className="data-table">
              <caption>
                Your API keys ({activeCount} active, {keys.length - activeCount} revoked)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Key starts with</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {keys.map((key) => (
                  <tr key={key.id}>
                    <th scope="row">{key.name}</th>
                    <td>
                      <code>{key.prefix}…</code>
                    </td>
                    <td>{when(key.createdAt)}</td>
                    <td>{key.lastUsedAt ? when(key.lastUsedAt) : "Never"}</td>
                    <td>{key.revokedAt ? <>Revoked {when(key.revokedAt)}</> : "Active"}</td>
                    <td>
                      {key.revokedAt ? (
                        <span className="muted">—</span>
                      ) : (
                        <RevokeKeyButton keyId={key.id} name={key.name} revoke={revokeKey} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}

        <CreateKeyForm create={createKey} />
      </section>
    </>
  );
}
