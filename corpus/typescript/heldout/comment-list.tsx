import React, { useEffect, useState } from 'react';

interface Comment {
  id: string;
  author: string;
  bodyHtml: string;
  text: string;
}

const EMPTY_STATE_HTML = '<p class="empty">No comments yet. <em>Be the first!</em></p>';

function CommentItem({ comment }: { comment: Comment }) {
  // expect: injection.xss
  const body = <div className="comment-body" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />;
  return (
    <li className="comment">
      <strong>{comment.author}</strong>
      {body}
    </li>
  );
}

function PlainCommentItem({ comment }: { comment: Comment }) {
  // ok: injection.xss
  const body = <p className="comment-text">{comment.text}</p>;
  return (
    <li className="comment">
      <strong>{comment.author}</strong>
      {body}
    </li>
  );
}

export function CommentList({ articleId, richText }: { articleId: string; richText: boolean }) {
  const [comments, setComments] = useState<Comment[]>([]);

  useEffect(() => {
    fetch(`/api/articles/${encodeURIComponent(articleId)}/comments`)
      .then((r) => r.json())
      .then(setComments);
  }, [articleId]);

  if (comments.length === 0) {
    // ok: injection.xss
    return <div dangerouslySetInnerHTML={{ __html: EMPTY_STATE_HTML }} />;
  }
  const Item = richText ? CommentItem : PlainCommentItem;
  return (
    <ul className="comments">
      {comments.map((c) => (
        <Item key={c.id} comment={c} />
      ))}
    </ul>
  );
}
