import { defineRule } from '../../../engine/rule.js'
import { args, callee, untrusted } from '../_utils/js.js'

const UNSAFE = /^(?:node-serialize\.unserialize|serialize-to-js\.deserialize|funcster\.deepDeserialize|funcster\.deserialize|cryo\.parse|node-serialize|serialize-javascript-unsafe\.deserialize|jsonpickle\.decode|java\.deserialize|unserialize\.unserialize|php-serialize\.unserialize|php-unserialize\.unserialize|locutus\/php\/var\/unserialize)$/

export default defineRule({
  id: 'javascript/no-unsafe-deserialization',
  languages: ['javascript', 'typescript'],
  title: 'Deserialization of non-constant data with a code-reviving library',
  property: 'sandbox.deserialization',
  cwe: ['CWE-502'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} deserializes non-constant data and can revive functions',
  rationale:
    'node-serialize, serialize-to-js, funcster and cryo rebuild functions from the payload (node-serialize evaluates "_$$ND_FUNC$$_" strings, with an immediately invoked function running at once), so a crafted cookie or body executes code on the server (CWE-502).',
  safeAlternative: 'Exchange plain data with JSON.parse and validate it with a schema (zod, ajv); never revive functions or classes from client-supplied data.',
  match: {
    rule: { kind: 'call_expression', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:unserialize|deserialize|deepDeserialize|parse|decode)$' } },
  },
  // Every name of UNSAFE contains one of these (in the callee or in the module it is imported from).
  requires: { words: ['unserialize', 'deserialize', 'node-serialize', 'funcster', 'cryo', 'jsonpickle'] },
  check(node, ctx) {
    const name = callee(ctx, node)
    if (!UNSAFE.test(name)) return false
    const data = args(ctx, node)[0]
    if (!data || !untrusted(ctx, data)) return false
    return { data: { CALL: name } }
  },
})
