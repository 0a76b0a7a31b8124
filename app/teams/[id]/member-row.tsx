"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { changeRoleAction, removeMemberAction } from "../actions";

type Props = {
  teamId: string;
  member: { userId: string; name: string; role: "OWNER" | "FACILITATOR" | "MEMBER"; joined: string };
  isSelf: boolean;
  viewerIsOwner: boolean;
  lastOwner: boolean;
};

export function MemberRow({ teamId, member, isSelf, viewerIsOwner, lastOwner }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<{ ok: boolean; message?: string }>, after?: () => void) => {
    const result = await action();
    if (!result.ok) return setError(result.message ?? "Could not change the membership");
    setError(null);
    if (after) after();
    else router.refresh();
  };
  return (
    <tr>
      <td>
        {member.name}
        {isSelf ? " (you)" : ""}
      </td>
      <td>
        {viewerIsOwner ? (
          <select
            aria-label={`Role of ${member.name}`}
            defaultValue={member.role}
            onChange={(event) => void run(() => changeRoleAction(teamId, member.userId, event.target.value))}
          >
            <option value="OWNER">Owner</option>
            <option value="FACILITATOR">Facilitator</option>
            <option value="MEMBER">Member</option>
          </select>
        ) : (
          member.role.toLowerCase()
        )}
        {error && (
          <span className="field-error" role="alert">
            {" "}
            {error}
          </span>
        )}
      </td>
      <td>{member.joined}</td>
      <td>
        {(isSelf || viewerIsOwner) && !lastOwner && (
          <button
            type="button"
            className="secondary-button"
            onClick={() =>
              void run(
                () => removeMemberAction(teamId, member.userId),
                isSelf ? () => router.push("/teams") : undefined,
              )
            }
          >
            {isSelf ? "Leave team" : `Remove ${member.name}`}
          </button>
        )}
      </td>
    </tr>
  );
}
