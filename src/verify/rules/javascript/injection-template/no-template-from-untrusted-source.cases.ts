import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const ejs = require('ejs');\napp.get('/hi', (req, res) => {\n  res.send(ejs.render('<h1>Hello <%= name %></h1>', { name: req.query.name }));\n});",
    "const ejs = require('ejs');\nconst fs = require('fs');\nconst tpl = fs.readFileSync('views/mail.ejs', 'utf8');\nfunction mail(user) {\n  return ejs.render(tpl, { user });\n}",
    "app.get('/p', (req, res) => {\n  res.render('profile', { user: req.query.user });\n});",
    "// ejs.render(req.body.template) is SSTI\nconst s = 'Handlebars.compile(src)';",
    "function f(view, data) {\n  return view.render(data);\n}",
    "const _ = require('lodash');\nconst greet = _.template('Hello <%- name %>');",
  ],
  invalid: [
    { code: "const ejs = require('ejs');\napp.post('/preview', (req, res) => {\n  res.send(ejs.render(req.body.template, {}));\n});", line: 3 },
    { code: "const Handlebars = require('handlebars');\nfunction page(title) {\n  const tpl = Handlebars.compile('<h1>' + title + '</h1>');\n  return tpl({});\n}", line: 3 },
    { code: "import pug from 'pug';\nexport function render(src) {\n  return pug.render(src);\n}", line: 3 },
    { code: "const _ = require('lodash');\napp.get('/g', (req, res) => {\n  res.send(_.template(`Hi ${req.query.name}`)({}));\n});", line: 3 },
    { code: "const nunjucks = require('nunjucks');\nconst env = new nunjucks.Environment();\nfunction f(src) {\n  return env.renderString(src, {});\n}", line: 4 },
  ],
})
