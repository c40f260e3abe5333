// Minimal rich-text editor toolbar and preview pane.
interface Draft {
  title: string;
  html: string;
  signature: string;
}

const preview = document.querySelector<HTMLDivElement>('#preview')!;
const titleEl = document.querySelector<HTMLHeadingElement>('#preview-title')!;
const status = document.querySelector<HTMLSpanElement>('#status')!;

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

export function renderDraft(draft: Draft): void {
  // ok: injection.xss
  titleEl.textContent = draft.title;
  // expect: injection.xss
  preview.innerHTML = draft.html;
  const sig = document.createElement('div');
  // ok: injection.xss
  sig.innerHTML = `<hr><small>${escapeHtml(draft.signature)}</small>`;
  preview.appendChild(sig);
}

export function replaceSelectionWithLink(url: string, label: string): void {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0) return;
  const range = sel.getRangeAt(0);
  const span = document.createElement('span');
  range.surroundContents(span);
  // expect: injection.xss
  span.outerHTML = `<a href="${url}">${label}</a>`;
}

export function setStatus(saving: boolean): void {
  // ok: injection.xss
  status.innerHTML = saving ? '<em>Saving…</em>' : '<strong>Saved</strong>';
}

export function printDraft(draft: Draft): void {
  const w = window.open('', '_blank');
  if (!w) return;
  // expect: injection.xss
  w.document.write(`<html><head><title>${escapeHtml(draft.title)}</title></head><body>${draft.html}</body></html>`);
  w.document.close();
}
