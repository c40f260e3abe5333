'use strict';
const fs = require('fs');
const yaml = require('js-yaml');
const { deserialize } = require('serialize-to-js');

function importWorkflow(filePath) {
  // ok: sandbox.fs
  const text = fs.readFileSync(filePath, 'utf8');
  // expect: sandbox.deserialization
  return yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });
}

function importWorkflowStrict(filePath) {
  const text = fs.readFileSync(filePath, 'utf8');
  // ok: sandbox.deserialization
  return yaml.load(text, { schema: yaml.CORE_SCHEMA, json: true });
}

function restoreSnapshot(snapshotText) {
  // expect: sandbox.deserialization
  const state = deserialize(snapshotText);
  if (!state || typeof state !== 'object') throw new Error('invalid snapshot');
  return state;
}

function validate(workflow) {
  const errors = [];
  if (!Array.isArray(workflow.steps)) errors.push('steps must be a list');
  for (const step of workflow.steps || []) {
    if (!step.name) errors.push('every step needs a name');
    if (step.run && typeof step.run !== 'string') errors.push(`step ${step.name}: run must be a string`);
  }
  return errors;
}

function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: yaml-import <workflow.yml> [--strict]');
    process.exitCode = 2;
    return;
  }
  const strict = process.argv.includes('--strict');
  // expect: sandbox.fs
  const raw = fs.readFileSync(file, 'utf8');
  // expect: sandbox.deserialization
  const wf = strict ? yaml.load(raw, { schema: yaml.FAILSAFE_SCHEMA }) : yaml.load(raw, { schema: yaml.DEFAULT_FULL_SCHEMA });
  const errors = validate(wf);
  console.log(errors.length ? errors.join('\n') : 'workflow OK');
}

if (require.main === module) main();

module.exports = { importWorkflow, importWorkflowStrict, restoreSnapshot, validate };
