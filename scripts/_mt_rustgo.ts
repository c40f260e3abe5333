import { readFileSync } from 'node:fs'
import { parse } from '@ast-grep/napi'
import { ensureLanguagesRegistered } from '../src/verify/engine/languages.js'
ensureLanguagesRegistered()
const src = readFileSync('/tmp/sg/samples/app.rs', 'utf8')
const root = parse('rust', src).root()
const tests: Record<string, any> = {
  kind: { rule: { kind: 'call_expression' } },
  hasKind: { rule: { kind: 'call_expression', has: { field: 'function', kind: 'scoped_identifier' } } },
  hasSmallRegex: { rule: { kind: 'call_expression', has: { field: 'function', kind: 'scoped_identifier', regex: '^fastrand::' } } },
  hasBigRegex: { rule: { kind: 'call_expression', has: { field: 'function', kind: 'scoped_identifier', regex: '^(?:fastrand|nanorand|oorandom)::|(?:SmallRng|XorShiftRng|Pcg\\w+|Xoshiro\\w+|Xoroshiro\\w+|WyRand|StdRng|ChaCha\\d*Rng)::' } } },
  anyTwo: { rule: { kind: 'call_expression', any: [{ has: { field: 'function', kind: 'scoped_identifier', regex: '^fastrand::' } }, { has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: '^(?:gen|gen_range)$' } } }] } },
  regexOnly: { rule: { regex: '^fastrand' , kind: 'scoped_identifier'} },
}
for (const [k, r] of Object.entries(tests)) {
  root.findAll(r)
  const t = performance.now()
  for (let i = 0; i < 50; i++) root.findAll(r)
  console.log(k, ((performance.now() - t) / 50).toFixed(3))
}
