// Renders configurable dashboard widgets (browser).
const container = document.getElementById('widgets');

function card(title) {
  const el = document.createElement('section');
  el.className = 'widget';
  const h = document.createElement('h2');
  // ok: injection.xss
  h.textContent = title;
  el.appendChild(h);
  return el;
}

function renderNote(widget) {
  const el = card(widget.title);
  // expect: injection.xss
  el.insertAdjacentHTML('beforeend', `<div class="note">${widget.config.html}</div>`);
  container.appendChild(el);
}

function renderLinks(widget) {
  const el = card(widget.title);
  const list = document.createElement('ul');
  for (const link of widget.config.links) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = link.url.startsWith('https://') ? link.url : '#';
    a.textContent = link.label;
    li.appendChild(a);
    list.appendChild(li);
  }
  el.appendChild(list);
  container.appendChild(el);
}

function renderStatus(widget, status) {
  const el = card(widget.title);
  const badge = status.up ? '<span class="up">UP</span>' : '<span class="down">DOWN</span>';
  // ok: injection.xss
  el.insertAdjacentHTML('beforeend', badge);
  const detail = document.createElement('div');
  // expect: injection.xss
  detail.innerHTML = `Last incident: ${status.lastIncident}`;
  el.appendChild(detail);
  container.appendChild(el);
}

export async function renderDashboard() {
  const widgets = await (await fetch('/api/dashboard/widgets')).json();
  for (const w of widgets) {
    if (w.type === 'note') renderNote(w);
    else if (w.type === 'links') renderLinks(w);
    else if (w.type === 'status') renderStatus(w, await (await fetch(`/api/status/${encodeURIComponent(w.id)}`)).json());
  }
}
