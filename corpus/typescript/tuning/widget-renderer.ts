import Handlebars from 'handlebars';

export interface WidgetConfig {
  id: string;
  title: string;
  template?: string;
  data: Record<string, unknown>;
}

function mount(id: string): HTMLElement {
  const el = document.getElementById(`widget-${id}`);
  if (!el) throw new Error(`missing mount point for ${id}`);
  return el;
}

export function renderWidget(cfg: WidgetConfig): void {
  const el = mount(cfg.id);
  if (!cfg.template) {
    // ok: injection.xss
    el.textContent = `${cfg.title} has no data`;
    return;
  }
  // expect: injection.template
  const compiled = Handlebars.compile(cfg.template);
  // expect: injection.xss
  el.innerHTML = compiled(cfg.data);
}

export function renderTitle(cfg: WidgetConfig): void {
  const h = document.createElement('h3');
  // ok: injection.xss
  h.textContent = cfg.title;
  mount(cfg.id).prepend(h);
}

export function renderAll(configs: WidgetConfig[]): void {
  for (const cfg of configs) {
    try {
      renderTitle(cfg);
      renderWidget(cfg);
    } catch (err) {
      console.warn('widget failed', cfg.id, err);
    }
  }
}
