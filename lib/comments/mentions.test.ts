import { describe, expect, it } from "vitest";
import { handlesOf, MAX_MENTIONS, mentionedHandles } from "./mentions";

describe("mentionedHandles", () => {
  it("finds each distinct handle once, lower-cased, without trailing punctuation", () => {
    expect(mentionedHandles("@AnaLima and @ben.ng, thanks. cc @analima.")).toEqual(["analima", "ben.ng"]);
    expect(mentionedHandles("(@Zoë) said so")).toEqual(["zoë"]);
  });

  it("ignores email addresses, lone @ signs and code", () => {
    expect(mentionedHandles("write to ana@example.org or @ alone")).toEqual([]);
    expect(mentionedHandles("run `@ana` or\n```\n@ben\n```\nthen @cara")).toEqual(["cara"]);
  });

  it("stops at the cap", () => {
    const body = Array.from({ length: MAX_MENTIONS + 5 }, (_, i) => `@user${i}`).join(" ");
    expect(mentionedHandles(body)).toHaveLength(MAX_MENTIONS);
  });
});

describe("handlesOf", () => {
  it("answers to the name without spaces and the email's local part", () => {
    expect(handlesOf({ name: "Ana  Lima", email: "a.lima@example.org" })).toEqual(["analima", "a.lima"]);
    expect(handlesOf({ name: "Ben", email: "ben@example.org" })).toEqual(["ben"]);
  });
});
