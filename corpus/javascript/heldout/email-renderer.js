'use strict';
const path = require('path');
const pug = require('pug');
const _ = require('lodash');
const Handlebars = require('handlebars');

const TEMPLATE_DIR = path.join(__dirname, 'emails');
// ok: injection.template
const layout = pug.compileFile(path.join(TEMPLATE_DIR, 'layout.pug'));
// ok: injection.template
const subjectLine = _.template('Your <%- plan %> plan renews on <%- date %>');

class EmailRenderer {
  constructor(tenant) {
    this.tenant = tenant;
  }

  subject(data) {
    if (this.tenant.subjectTemplate) {
      // expect: injection.template
      return _.template(this.tenant.subjectTemplate)(data);
    }
    return subjectLine(data);
  }

  body(data) {
    const custom = this.tenant.bodyPug;
    if (custom) {
      // expect: injection.template
      const fn = pug.compile(custom, { pretty: false });
      return layout({ content: fn(data) });
    }
    return layout({ content: `<p>Hello ${_.escape(data.name)}</p>` });
  }

  signature(data) {
    // ok: injection.template
    const tpl = Handlebars.compile('<p>{{name}}<br>{{title}}</p>');
    return tpl({ name: data.senderName, title: this.tenant.name });
  }
}

function renderAdHoc(markup, data) {
  // expect: injection.template
  return Handlebars.compile(markup)(data);
}

module.exports = { EmailRenderer, renderAdHoc };
