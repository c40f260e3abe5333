// Toast notifications for the admin SPA.
export type ToastKind = 'info' | 'success' | 'error';

export interface ToastOptions {
  kind?: ToastKind;
  timeoutMs?: number;
  linkHtml?: string;
}

const ICONS: Record<ToastKind, string> = {
  info: '<svg class="icon"><use href="#info"/></svg>',
  success: '<svg class="icon"><use href="#check"/></svg>',
  error: '<svg class="icon"><use href="#alert"/></svg>',
};

function container(): HTMLElement {
  let el = document.getElementById('toasts');
  if (!el) {
    el = document.createElement('div');
    el.id = 'toasts';
    document.body.appendChild(el);
  }
  return el;
}

export function showToast(message: string, opts: ToastOptions = {}): HTMLElement {
  const kind = opts.kind ?? 'info';
  const toast = document.createElement('div');
  toast.className = `toast toast-${kind}`;
  // ok: injection.xss
  toast.innerHTML = ICONS.info;
  const text = document.createElement('span');
  // ok: injection.xss
  text.textContent = message;
  toast.appendChild(text);
  if (opts.linkHtml) {
    // expect: injection.xss
    toast.insertAdjacentHTML('beforeend', opts.linkHtml);
  }
  container().appendChild(toast);
  window.setTimeout(() => toast.remove(), opts.timeoutMs ?? 4000);
  return toast;
}

export function showServerError(err: { status: number; detail: string }): void {
  const toast = showToast('Request failed', { kind: 'error' });
  const detail = document.createElement('pre');
  // expect: injection.xss
  detail.innerHTML = `HTTP ${err.status}: ${err.detail}`;
  toast.appendChild(detail);
}
