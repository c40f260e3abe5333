'use strict';
const express = require('express');
const vm = require('vm');

const app = express();
app.use(express.json({ limit: '32kb' }));

const FORMULAS = {
  vat: 'net * 1.19',
  margin: '(price - cost) / price',
};

app.post('/calc', (req, res) => {
  const { expression, vars = {} } = req.body;
  try {
    // expect: sandbox.dynamic-code
    const result = vm.runInNewContext(expression, { ...vars }, { timeout: 100 });
    res.json({ result });
  } catch (err) {
    res.status(400).json({ error: err.message });
  }
});

app.post('/calc/legacy', (req, res) => {
  const { a, b, op } = req.body;
  // expect: sandbox.dynamic-code
  const result = eval(`${Number(a)} ${op} ${Number(b)}`);
  res.json({ result });
});

app.get('/calc/formula/:name', (req, res) => {
  const source = FORMULAS[req.params.name];
  if (!source) return res.status(404).end();
  // ok: sandbox.dynamic-code
  const script = new vm.Script(FORMULAS.vat);
  res.json({ formula: req.params.name, vat: script.runInNewContext({ net: Number(req.query.net) || 0 }) });
});

app.post('/calc/parse', (req, res) => {
  // ok: sandbox.dynamic-code
  const data = JSON.parse(req.body.json);
  res.json({ keys: Object.keys(data) });
});

module.exports = app;
