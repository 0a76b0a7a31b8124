// Inputs of the team use cases (forms, actions and the API share them).
import { z } from "zod";
import { offsetCursor } from "../validation/offset-cursor";
import { limitUpTo, recordId, text } from "../validation/common";

export const TEAM_ROLES = ["OWNER", "FACILITATOR", "MEMBER"] as const;
export type TeamRoleName = (typeof TEAM_ROLES)[number];

export const createTeamInput = z
  .object({
    name: text("name", { error: "name is required" })
      .trim()
      .min(2, { error: "name must be at least 2 characters" })
      .max(80, { error: "name must be at most 80 characters" }),
  })
  .strict();

export const createInviteInput = z
  .object({
    email: z
      .email({ error: "email must be an email address" })
      .transform((value) => value.toLowerCase())
      .optional(),
    role: z.enum(["FACILITATOR", "MEMBER"], { error: "role must be FACILITATOR or MEMBER" }).default("MEMBER"),
    expiresInDays: z.coerce
      .number({ error: "expiresInDays must be a number" })
      .int({ error: "expiresInDays must be a whole number" })
      .min(1, { error: "expiresInDays must be at least 1" })
      .max(90, { error: "expiresInDays must be at most 90" })
      .default(7),
  })
  .strict();

export const changeRoleInput = z
  .object({ role: z.enum(TEAM_ROLES, { error: `role must be one of ${TEAM_ROLES.join(", ")}` }) })
  .strict();

export const teamIdParam = z.object({ id: recordId("team id") });
/** Members per page of a team (the team page and GET /teams/{id}), oldest members first. */
export const DEFAULT_MEMBERS_PAGE = 100;
export const MAX_MEMBERS_PAGE = 500;
export const teamMembersQuery = z.object({
  limit: limitUpTo(MAX_MEMBERS_PAGE).optional(),
  cursor: offsetCursor.optional(),
});

export const memberParams = z.object({ id: recordId("team id"), userId: recordId("user id") });
export const inviteTokenParam = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: "invite token is malformed" }),
});
