import { defineRule } from '../../../engine/rule.js'
import { isConstantOrigin, literalValue, methodName, valueOrigin } from '../../c/_utils/c.js'
import escapeStringRegexp from 'escape-string-regexp'

const SHELL = /(?:^|\/)(?:ba|da|z|k)?sh$|^cmd(?:\.exe)?$|^powershell(?:\.exe)?$/i

export default defineRule({
  id: 'cpp/no-nonconstant-process-launch',
  languages: ['cpp'],
  title: 'Boost.Process or QProcess launch with a non-constant command',
  property: 'sandbox.process',
  cwe: ['CWE-78', 'CWE-88'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} starts a process whose program or shell command comes from non-constant data',
  rationale:
    'boost::process::system/child/spawn and QProcess run whatever program their first argument names (a single string is split into program and arguments, and sh -c or cmd /c runs a whole shell line); a value from input or a caller there lets an attacker run any binary or shell command (CWE-78).',
  safeAlternative: 'Launch a constant absolute program and pass data as separate arguments (bp::child("/usr/bin/convert", bp::args({in, out})); process.start("/usr/bin/convert", {in, out})), never through sh -c.',
  match: {
    rule: {
      kind: 'call_expression',
      any: [
        { has: { field: 'function', regex: '^(?:boost::process::|bp::|process::)(?:v2::)?(?:system|child|spawn|async_system|execute)$' } },
        { has: { field: 'function', regex: '^QProcess::(?:execute|startDetached)$' } },
        { has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: '^(?:start|startDetached|startCommand)$' } } },
      ],
    },
  },
  // Boost.Process callees, and QProcess (the `start` methods count only on a QProcess variable)
  requires: { words: ['process::', 'bp::', 'QProcess'] },
  check(node, ctx) {
    const fn = node.field('function')!
    if (fn.kind() === 'field_expression') {
      const recv = fn.field('argument')?.text().replace(/\s+/g, '') ?? ''
      if (!/^\w+$/.test(recv) || !new RegExp(`QProcess\\s*[*&]?\\s*${escapeStringRegexp(recv)}\\b|${escapeStringRegexp(recv)}\\s*=\\s*new\\s+QProcess\\b`).test(ctx.source)) return false
    }
    const args = ctx.flow.callArguments(node)
    const program = args[0]
    if (!program) return false
    if (!isConstantOrigin(valueOrigin(program, ctx, { numericSanitizes: true }))) return { data: { CALL: fn.text() } }
    const lit = literalValue(program)
    if (lit !== undefined && SHELL.test(lit.split(/\s+/)[0] ?? '') && methodName(node) !== 'startCommand') {
      for (const a of args.slice(1)) if (!isConstantOrigin(valueOrigin(a, ctx, { numericSanitizes: true }))) return { data: { CALL: fn.text() } }
    }
    return false
  },
})
