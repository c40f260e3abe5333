import * as path from 'path';
import pug from 'pug';
import _ from 'lodash';

export interface ReportSection {
  title: string;
  rows: Array<Record<string, string | number>>;
}

export interface ReportOptions {
  customLayout?: string;
  captionTemplate?: string;
}

const TEMPLATE_DIR = path.join(__dirname, 'templates');
// ok: injection.template
const defaultLayout = pug.compileFile(path.join(TEMPLATE_DIR, 'report.pug'));
// ok: injection.template
const defaultCaption = _.template('Generated <%- date %> for <%- owner %>');

export class ReportBuilder {
  constructor(private readonly owner: string, private readonly options: ReportOptions = {}) {}

  private layout(): pug.compileTemplate {
    if (this.options.customLayout) {
      // expect: injection.template
      return pug.compile(this.options.customLayout, { filename: 'custom-layout.pug' });
    }
    return defaultLayout;
  }

  caption(date: Date): string {
    const source = this.options.captionTemplate;
    if (source) {
      // expect: injection.template
      const tpl = _.template(source);
      return tpl({ date: date.toISOString(), owner: this.owner });
    }
    return defaultCaption({ date: date.toISOString(), owner: this.owner });
  }

  render(sections: ReportSection[]): string {
    return this.layout()({ owner: this.owner, sections, caption: this.caption(new Date()) });
  }
}

export function renderTotalsRow(totals: Record<string, number>): string {
  // ok: injection.template
  const row = _.template('<tr><% _.forEach(cells, function(c) { %><td><%- c %></td><% }); %></tr>');
  return row({ cells: Object.values(totals) });
}
