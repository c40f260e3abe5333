import { readFileSync } from 'fs';
import * as yaml from 'js-yaml';
import { deserialize } from 'serialize-to-js';

export interface Step {
  name: string;
  run?: string;
  uses?: string;
}

export interface Workflow {
  name: string;
  steps: Step[];
}

export function loadWorkflow(file: string): Workflow {
  // ok: sandbox.fs
  const text = readFileSync(file, 'utf8');
  // expect: sandbox.deserialization
  return yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA }) as Workflow;
}

export function loadWorkflowSafely(file: string): Workflow {
  const text = readFileSync(file, 'utf8');
  // ok: sandbox.deserialization
  const doc = yaml.load(text, { schema: yaml.JSON_SCHEMA }) as Workflow;
  if (!doc || !Array.isArray(doc.steps)) throw new Error(`${file}: steps must be a list`);
  return doc;
}

export function restoreRunState(serialized: string): Record<string, unknown> {
  // expect: sandbox.deserialization
  return deserialize(serialized) as Record<string, unknown>;
}

export function summarize(wf: Workflow): string {
  return `${wf.name}: ${wf.steps.map((s) => s.name).join(' -> ')}`;
}

if (require.main === module) {
  const [, , file] = process.argv;
  // expect: sandbox.fs
  const text = readFileSync(file, 'utf8');
  // ok: sandbox.deserialization
  const wf = yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA }) as Workflow;
  console.log(summarize(wf));
}
