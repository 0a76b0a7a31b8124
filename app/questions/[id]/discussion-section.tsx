// The question's discussion: comments oldest first with their replies, each with its edit
// history and deletion markers, and the form to join in. Visible exactly as the question is;
// a comment shows its author's words, never their forecast.
import Link from "next/link";
import { Markdown } from "@/components/markdown";
import type { Db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { historiesOf, listComments, type CommentRevisionView } from "@/lib/comments/list";
import { mentionablePeople, type Mentionable } from "@/lib/comments/mentionable";
import type { CommentView } from "@/lib/comments/view";
import { formatDate } from "@/lib/format";
import { CommentTools } from "./comment-tools";
import { MentionablePeople } from "./mentionable-people";
import { NewCommentForm } from "./new-comment-form";

const TOP_LEVEL_SHOWN = 50;

type Props = {
  db: Db;
  viewer: Viewer;
  question: { id: string; teamId: string | null; hideForecastsUntilForecast: boolean; resolvedAt: Date | null };
  /** ?comments=<cursor>: the next page of top-level comments. */
  cursor: string | undefined;
};

function When({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} title={date.toISOString().replace("T", " ").slice(0, 16) + " UTC"}>
      {formatDate(date)}
    </time>
  );
}

function History({ revisions }: { revisions: CommentRevisionView[] }) {
  return (
    <details className="comment-history">
      <summary>
        Edit history ({revisions.length} earlier {revisions.length === 1 ? "version" : "versions"})
      </summary>
      <ol>
        {revisions.map((revision) => (
          <li key={revision.replacedAt.toISOString()}>
            <p className="muted">
              Written <When date={revision.writtenAt} />, replaced <When date={revision.replacedAt} />
            </p>
            <Markdown text={revision.body} />
          </li>
        ))}
      </ol>
    </details>
  );
}

function CommentBody({ comment, history }: { comment: CommentView; history: CommentRevisionView[] | undefined }) {
  if (comment.deleted) {
    return (
      <p className="muted comment-deleted">
        {comment.deleted.by === "author" ? "Deleted by its author" : "Deleted by an administrator"}{" "}
        <When date={comment.deleted.at} />.
      </p>
    );
  }
  return (
    <>
      <p className="comment-meta">
        <strong>{comment.author?.name ?? "A forecaster"}</strong> · <When date={comment.createdAt} />
        {comment.editedAt && (
          <>
            {" "}
            · <span className="muted">edited</span>
          </>
        )}
      </p>
      <Markdown text={comment.body ?? ""} />
      {history && history.length > 0 && <History revisions={history} />}
    </>
  );
}

function Comment({
  comment,
  questionId,
  canReply,
  history,
  children,
}: {
  comment: CommentView;
  questionId: string;
  canReply: boolean;
  history: CommentRevisionView[] | undefined;
  children?: React.ReactNode;
}) {
  return (
    <li className="comment" id={`comment-${comment.id}`}>
      <CommentTools questionId={questionId} comment={comment} canReply={canReply}>
        <CommentBody comment={comment} history={history} />
      </CommentTools>
      {children}
    </li>
  );
}

export async function DiscussionSection({ db, viewer, question, cursor }: Props) {
  const page = await listComments(db, viewer, question.id, { limit: TOP_LEVEL_SHOWN, ...(cursor ? { cursor } : {}) });
  const shown = page.items.flatMap((thread) => [thread, ...thread.replies]);
  const [histories, people] = await Promise.all([
    historiesOf(db, shown),
    viewer ? mentionablePeople(db, viewer, question) : Promise.resolve([] as Mentionable[]),
  ]);
  const hiding = question.hideForecastsUntilForecast && question.resolvedAt === null;

  return (
    <MentionablePeople people={people}>
      <section aria-labelledby="discussion-heading" id="discussion" className="discussion">
        <h2 id="discussion-heading">
          Discussion
          {page.total > 0 && <span className="muted"> ({page.total})</span>}
        </h2>
        {hiding && (
          <p className="muted">
            This question hides others’ forecasts until you forecast. Comments never show anyone’s forecast, but they
            are people’s own words: read them knowing they may discuss numbers.
          </p>
        )}
        {page.items.length === 0 ? (
          <div className="card">
            <p>No comments yet.</p>
            <p className="muted">
              {viewer ? (
                "Start the discussion below: how do you read the resolution criteria, what evidence moves you, what might others be missing? Mention someone with @ and they will be told."
              ) : (
                <>
                  <Link href={`/sign-in?next=${encodeURIComponent(`/questions/${question.id}`)}`}>Sign in</Link> to
                  start the discussion.
                </>
              )}
            </p>
          </div>
        ) : (
          <ol className="comment-list">
            {page.items.map((thread) => (
              <Comment
                key={thread.id}
                comment={thread}
                questionId={question.id}
                canReply={viewer !== null && thread.deleted === null}
                history={histories.get(thread.id)}
              >
                {thread.replies.length > 0 && (
                  <ol className="comment-list comment-replies" aria-label="Replies">
                    {thread.replies.map((reply) => (
                      <Comment
                        key={reply.id}
                        comment={reply}
                        questionId={question.id}
                        canReply={false}
                        history={histories.get(reply.id)}
                      />
                    ))}
                  </ol>
                )}
              </Comment>
            ))}
          </ol>
        )}
        {page.nextCursor && (
          <p>
            <Link href={`?comments=${page.nextCursor}#discussion`}>Later comments</Link>
          </p>
        )}
        {viewer ? (
          <NewCommentForm questionId={question.id} />
        ) : (
          page.items.length > 0 && (
            <p>
              <Link href={`/sign-in?next=${encodeURIComponent(`/questions/${question.id}`)}`}>Sign in</Link> to join the
              discussion.
            </p>
          )
        )}
      </section>
    </MentionablePeople>
  );
}
