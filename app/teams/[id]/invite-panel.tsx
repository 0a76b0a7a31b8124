"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useCopyToClipboard } from "@/components/forms/use-copy";
import { useFieldIssues } from "@/components/forms/use-field-issues";
import { useKeptInputSubmit } from "@/components/forms/use-kept-input-submit";
import { FieldError, hasIssue } from "@/components/forms/field-error";
import { createInviteAction, revokeInviteAction } from "../actions";
import { ScrollBox } from "@/components/scroll-box";

type Invite = { id: string; email: string | null; role: string; expiresAt: string; revoked: boolean; expired: boolean };

export function InvitePanel({ teamId, invites }: { teamId: string; invites: Invite[] }) {
  const router = useRouter();
  const { issues, setIssues, onInput } = useFieldIssues();
  const [created, setCreated] = useState<{ url: string; expiresAt: string } | null>(null);
  const { status: copyStatus, copy } = useCopyToClipboard("the link");
  async function submit(form: FormData) {
    const email = String(form.get("email") ?? "").trim();
    const result = await createInviteAction(teamId, {
      ...(email ? { email } : {}),
      role: String(form.get("role")),
      expiresInDays: Number(form.get("expiresInDays")),
    });
    if (!result.ok)
      return setIssues(result.issues.length ? result.issues : [{ path: "email", message: result.message }]);
    setIssues([]);
    setCreated(result.data);
    router.refresh();
  }
  const { pending, onSubmit } = useKeptInputSubmit(submit);
  return (
    <section aria-labelledby="invites">
      <h2 id="invites">Invite people</h2>
      <form onSubmit={onSubmit} onInput={onInput} className="filters" aria-label="Create an invite link">
        <label>
          Email (optional: only this address can accept)
          <input
            name="email"
            type="email"
            aria-invalid={hasIssue(issues, "email") || undefined}
            aria-describedby={hasIssue(issues, "email") ? "invite-email-error" : undefined}
          />
          <FieldError issues={issues} path="email" id="invite-email-error" label="The email address" />
        </label>
        <label>
          Role
          <select name="role" defaultValue="MEMBER">
            <option value="MEMBER">Member</option>
            <option value="FACILITATOR">Facilitator</option>
          </select>
        </label>
        <label>
          Expires after
          <select name="expiresInDays" defaultValue="7">
            <option value="1">1 day</option>
            <option value="7">7 days</option>
            <option value="30">30 days</option>
          </select>
        </label>
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create invite link"}
        </button>
      </form>
      {created && (
        <div className="form-success" role="status">
          <p>
            Send this link (valid until {created.expiresAt.slice(0, 10)}):{" "}
            <input
              readOnly
              value={created.url}
              aria-label="Invite link"
              className="invite-link"
              onFocus={(e) => e.target.select()}
            />{" "}
            <button type="button" className="secondary-button" onClick={() => copy(created.url)}>
              Copy link
            </button>
          </p>
          <p aria-live="polite">{copyStatus}</p>
        </div>
      )}
      {invites.length > 0 && (
        <ScrollBox label="Invites">
          <table className="data-table">
            <caption className="visually-hidden">Invites</caption>
            <thead>
              <tr>
                <th scope="col">For</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invites.map((invite) => {
                const expired = invite.expired;
                const status = invite.revoked
                  ? "Revoked"
                  : expired
                    ? "Expired"
                    : `Valid until ${invite.expiresAt.slice(0, 10)}`;
                return (
                  <tr key={invite.id}>
                    <td>{invite.email ?? "Anyone with the link"}</td>
                    <td>{invite.role.toLowerCase()}</td>
                    <td>{status}</td>
                    <td>
                      {!invite.revoked && !expired && (
                        <button
                          type="button"
                          className="secondary-button"
                          onClick={async () => {
                            await revokeInviteAction(teamId, invite.id);
                            router.refresh();
                          }}
                        >
                          Revoke invite {invite.email ? `for ${invite.email}` : ""}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
