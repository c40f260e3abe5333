// Comment thread widget embedded on article pages.
import { formatDistanceToNow } from 'date-fns';

const API = '/api/comments';

function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function renderComment(comment) {
  const li = document.createElement('li');
  li.className = 'comment';
  // ok: injection.xss
  li.innerHTML = `<strong>${escapeHtml(comment.author)}</strong> <time>${formatDistanceToNow(new Date(comment.createdAt))} ago</time>`;
  const body = document.createElement('p');
  // expect: injection.xss
  body.innerHTML = comment.body.replace(/\n/g, '<br>');
  li.appendChild(body);
  return li;
}

export async function loadThread(articleId, container) {
  const resp = await fetch(`${API}?article=${encodeURIComponent(articleId)}`);
  const { comments, title } = await resp.json();
  // ok: injection.xss
  container.innerHTML = '';
  const heading = document.createElement('h3');
  // ok: injection.xss
  heading.textContent = `${comments.length} comments on ${title}`;
  container.appendChild(heading);
  const list = document.createElement('ul');
  comments.forEach((c) => list.appendChild(renderComment(c)));
  container.appendChild(list);
}

export function showPreview(textarea, previewEl) {
  const draft = textarea.value;
  // expect: injection.xss
  previewEl.insertAdjacentHTML('beforeend', `<div class="draft">${draft}</div>`);
}
