"use client";
// What a reader can do with one comment: reply (to a top-level comment), edit (its author) and
// delete (its author or an administrator, after a confirming second click). The comment itself
// is rendered on the server and passed in as children, replaced by the edit form while editing.
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { postComment, removeComment, saveCommentEdit } from "./comment-actions";
import { CommentForm } from "./comment-form";

type Props = {
  questionId: string;
  comment: { id: string; body: string | null; canEdit: boolean; canDelete: boolean; parentId: string | null };
  canReply: boolean;
  children: ReactNode;
};

export function CommentTools({ questionId, comment, canReply, children }: Props) {
  const router = useRouter();
  const [mode, setMode] = useState<"read" | "edit" | "reply">("read");
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);

  async function confirmDelete() {
    setDeleting(true);
    const result = await removeComment(comment.id);
    setDeleting(false);
    setConfirming(false);
    if (!result.ok) return setError(result.message);
    setError(null);
    router.refresh();
  }

  return (
    <>
      {mode === "edit" ? (
        <CommentForm
          formId={`edit-${comment.id}`}
          label="Edit your comment"
          submitLabel="Save edit"
          initialBody={comment.body ?? ""}
          send={(input) => saveCommentEdit(comment.id, input)}
          onSent={() => setMode("read")}
          onCancel={() => setMode("read")}
          autoFocus
        />
      ) : (
        children
      )}
      {mode === "read" && (canReply || comment.canEdit || comment.canDelete) && (
        <p className="comment-tools">
          {canReply && (
            <button type="button" className="link-button" onClick={() => setMode("reply")}>
              Reply
            </button>
          )}
          {comment.canEdit && (
            <button type="button" className="link-button" onClick={() => setMode("edit")}>
              Edit
            </button>
          )}
          {comment.canDelete &&
            (confirming ? (
              <>
                <button type="button" className="link-button danger-link" onClick={confirmDelete} disabled={deleting}>
                  {deleting ? "Deleting…" : "Yes, delete it"}
                </button>
                <button type="button" className="link-button" onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </>
            ) : (
              <button type="button" className="link-button" onClick={() => setConfirming(true)}>
                Delete
              </button>
            ))}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {mode === "reply" && (
        <CommentForm
          formId={`reply-${comment.id}`}
          label="Your reply"
          submitLabel="Reply"
          send={(input) => postComment(questionId, { ...input, parentId: comment.id })}
          onSent={() => setMode("read")}
          onCancel={() => setMode("read")}
          autoFocus
        />
      )}
    </>
  );
}
