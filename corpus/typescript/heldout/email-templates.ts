import Handlebars from 'handlebars';
import * as ejs from 'ejs';

export interface Tenant {
  id: string;
  name: string;
  welcomeTemplate?: string;
  invoiceTemplate?: string;
}

const DEFAULT_WELCOME = Handlebars.compile('<h1>Welcome to {{tenant}}, {{name}}!</h1>');
const DEFAULT_INVOICE = '<p>Invoice <%= number %> for <%= amount %> is due on <%= due %>.</p>';

export function renderWelcome(tenant: Tenant, name: string): string {
  if (tenant.welcomeTemplate) {
    // expect: injection.template
    const tpl = Handlebars.compile(tenant.welcomeTemplate);
    return tpl({ tenant: tenant.name, name });
  }
  // ok: injection.template
  return DEFAULT_WELCOME({ tenant: tenant.name, name });
}

export function renderInvoice(tenant: Tenant, data: { number: string; amount: string; due: string }): string {
  const source = tenant.invoiceTemplate ?? DEFAULT_INVOICE;
  // expect: injection.template
  return ejs.render(source, data);
}

export function renderReminder(data: { number: string; amount: string; due: string }): string {
  // ok: injection.template
  return ejs.render(DEFAULT_INVOICE, data);
}

export function renderPreview(body: string, sample: Record<string, string>): string {
  // expect: injection.template
  return ejs.render(`<div class="preview">${body}</div>`, sample);
}
