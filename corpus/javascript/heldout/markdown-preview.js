// Live markdown preview for the issue editor.
import { marked } from 'marked';

const editor = document.querySelector('#issue-body');
const preview = document.querySelector('#preview');
const titleInput = document.querySelector('#issue-title');
const titlePreview = document.querySelector('#title-preview');

function escapeHtml(s) {
  const div = document.createElement('div');
  div.textContent = s;
  return div.innerHTML;
}

function renderPreview() {
  const html = marked.parse(editor.value);
  // expect: injection.xss
  preview.innerHTML = html;
}

function renderTitle() {
  // ok: injection.xss
  titlePreview.innerHTML = `<h1>${escapeHtml(titleInput.value)}</h1>`;
}

function renderMentions(users) {
  const items = users.map((u) => `<li data-id="${u.id}">@${u.login}</li>`).join('');
  // expect: injection.xss
  document.querySelector('#mentions').outerHTML = `<ul id="mentions">${items}</ul>`;
}

function clearPreview() {
  // ok: injection.xss
  preview.innerHTML = '<p class="muted">Nothing to preview</p>';
}

let timer = null;
editor.addEventListener('input', () => {
  clearTimeout(timer);
  // ok: sandbox.dynamic-code
  timer = setTimeout(renderPreview, 150);
});
titleInput.addEventListener('input', renderTitle);

fetch('/api/mentionable')
  .then((r) => r.json())
  .then(renderMentions)
  .catch(clearPreview);
