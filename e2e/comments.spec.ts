// A comment with a mention: one person writes on a question and mentions another with @name,
// sending with Ctrl+Enter; the other sees the bell's unread count, the inbox entry, and follows
// it to the comment on the question page.
import { expect, test } from "./fixtures";
import { createQuestion, seriousViolations, signUp } from "./support";

test("a mention reaches the person mentioned, through the bell and the inbox to the comment", async ({ browser }) => {
  test.setTimeout(120_000);
  const writerContext = await browser.newContext();
  const writer = await writerContext.newPage();
  const writerName = await signUp(writer, "Commenter");
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const readerName = await signUp(reader, "Mentioned");
  const handle = readerName.replace(/\s+/g, "");

  const title = "Will the discussion reach the right person?";
  const questionId = await createQuestion(writer, title);
  await writer.goto(`/questions/${questionId}`);
  const discussion = writer.getByRole("region", { name: /Discussion/ });
  await expect(discussion.getByText("No comments yet.")).toBeVisible();

  // An empty comment is refused beside the field.
  const field = discussion.getByLabel("Add a comment");
  await field.fill("   ");
  await field.press("Control+Enter");
  await expect(discussion.getByRole("alert")).toContainText("comment");

  await field.fill(`What do you make of the criteria, @${handle}? **Bold** claims need evidence.`);
  await field.press("Control+Enter");
  const comment = discussion.locator(".comment").first();
  await expect(comment).toContainText(`What do you make of the criteria, @${handle}?`);
  await expect(comment.locator("strong", { hasText: "Bold" })).toBeVisible();
  await expect(field).toHaveValue("");
  expect(await seriousViolations(writer)).toEqual([]);

  // The server's outbox loop writes the notification within moments.
  await expect(async () => {
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await reader.getByRole("link", { name: "Notifications, 1 unread" }).click();
  const entry = reader.locator(".inbox-item").first();
  await expect(entry).toContainText(`${writerName} mentioned you on “${title}”`);
  await entry.getByRole("link", { name: new RegExp(writerName) }).click();
  await expect(reader).toHaveURL(new RegExp(`/questions/${questionId}#comment-c[a-z0-9]+$`));
  // The comment the link names (a client-side navigation does not update :target).
  const target = reader.locator(`[id="${new URL(reader.url()).hash.slice(1)}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toContainText(`@${handle}`);

  // The reader replies; the writer hears of it.
  await target.getByRole("button", { name: "Reply" }).click();
  // "@" suggests the question's commenters; picking one completes the handle.
  const reply = reader.getByLabel("Your reply");
  await reply.pressSequentially("Fair question, @Comm");
  await reader.getByRole("button", { name: new RegExp(`^@${writerName.replace(/\s+/g, "")}`) }).click();
  await expect(reply).toHaveValue(`Fair question, @${writerName.replace(/\s+/g, "")} `);
  await reply.pressSequentially("see the second source.");
  await reader.getByRole("button", { name: "Reply", exact: true }).last().click();
  await expect(reader.locator(".comment-replies .comment")).toContainText("Fair question");
  await expect(async () => {
    await writer.goto("/inbox");
    await expect(writer.locator(".inbox-item").first()).toContainText(`${readerName} replied to your comment`, {
      timeout: 1000,
    });
  }).toPass({ timeout: 20_000 });
  await writerContext.close();
  await readerContext.close();
});
