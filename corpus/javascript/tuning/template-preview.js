'use strict';
const express = require('express');
const ejs = require('ejs');
const Handlebars = require('handlebars');

const app = express();
app.set('view engine', 'ejs');
app.use(express.urlencoded({ extended: false }));

const SAMPLE = { firstName: 'Ada', plan: 'Pro', company: 'Example Ltd' };
const FOOTER = Handlebars.compile('<footer>Sent by {{company}}</footer>');

app.post('/templates/preview', (req, res) => {
  const source = req.body.template;
  // expect: injection.template
  const html = ejs.render(source, SAMPLE);
  res.type('html').send(html + FOOTER(SAMPLE));
});

app.post('/templates/preview-hbs', (req, res) => {
  // expect: injection.template
  const tpl = Handlebars.compile(req.body.template);
  res.type('html').send(tpl(SAMPLE));
});

app.get('/templates/welcome', (req, res) => {
  // ok: injection.template
  res.render('welcome', { name: req.query.name || 'friend' });
});

app.get('/templates/greeting', (req, res) => {
  // ok: injection.template
  const html = ejs.render('<p>Hello <%= name %>!</p>', { name: req.query.name });
  res.type('html').send(html);
});

function renderStored(templateRow, data) {
  // expect: injection.template
  return ejs.render(templateRow.body, { ...SAMPLE, ...data }, { async: false });
}

module.exports = { app, renderStored };
