import { defineRule } from '../../../engine/rule.js'
import { FUNCTION_CALL, nameOf } from '../_utils/php.js'

export default defineRule({
  id: 'php/no-dl-extension-loading',
  languages: ['php'],
  title: 'PHP extension loaded at run time with dl()',
  property: 'sandbox.native',
  cwe: ['CWE-111'],
  severity: 'high',
  confidence: 'high',
  message: 'dl() loads a native PHP extension into the running process',
  rationale:
    'dl() maps a shared library into the interpreter: its native code runs with the full rights of the worker and escapes every PHP-level restriction; with a non-constant name an attacker may load a library they uploaded.',
  safeAlternative: 'Enable the extensions the application needs in php.ini (extension=…) and keep enable_dl off.',
  // dl() itself
  requires: { words: ['dl'], ignoreCase: true },
  match: { rule: FUNCTION_CALL },
  check(node, ctx) {
    return nameOf(ctx, node) === 'dl'
  },
})
