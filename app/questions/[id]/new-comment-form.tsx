"use client";
import { postComment } from "./comment-actions";
import { CommentForm } from "./comment-form";

export function NewCommentForm({ questionId }: { questionId: string }) {
  return (
    <CommentForm
      formId="new-comment"
      label="Add a comment"
      submitLabel="Comment"
      send={(input) => postComment(questionId, input)}
    />
  );
}
