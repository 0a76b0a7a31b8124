// The feed URL's token: what the route accepts, with or without the ".ics" calendar clients like.
import { z } from "zod";
import { text } from "../validation/common";

export const calendarTokenParam = z.object({
  token: text("token")
    .max(200, { error: "token is not a calendar token" })
    .transform((token) => token.replace(/\.ics$/, "")),
});
