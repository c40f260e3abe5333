import { defineRule } from '../../../engine/rule.js'
import { argvElements } from '../_utils/java.js'
import { args, argvProblem, callName, isConstantCode, receiver, receiverType } from '../_utils/managed.js'

export default defineRule({
  id: 'java/no-process-builder-injection',
  languages: ['java'],
  title: 'Process spawned with a non-constant program or shell command',
  property: 'sandbox.process',
  cwe: ['CWE-78', 'CWE-88'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} starts {{WHAT}}',
  rationale:
    'When the program of a ProcessBuilder or commons-exec CommandLine comes from data, the data chooses what runs; with sh -c / cmd /c the data is parsed by a shell and any ;, | or $() in it starts commands of its own (CWE-78, CWE-88).',
  safeAlternative:
    'Keep the program a constant (new ProcessBuilder("convert", in, out)) and pass untrusted values only as separate arguments, never through sh -c or cmd /c; map user choices to programs with an allow-list.',
  match: {
    rule: {
      any: [
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^(java\\.lang\\.)?ProcessBuilder$|^(org\\.apache\\.commons\\.exec\\.)?CommandLine$' } },
        { kind: 'method_invocation', has: { field: 'name', regex: '^(command|parse)$' } },
      ],
    },
  },
  // `command` only on a ProcessBuilder and `parse` only on CommandLine; the derived `parse` is everywhere
  requires: { words: ['ProcessBuilder', 'CommandLine'] },
  check(node, ctx) {
    const name = callName(node)
    const a = args(node)
    if (a.length === 0) return false
    if (name === 'parse') {
      // CommandLine.parse("prog " + x): the string is split into program and arguments.
      if (!/(?:^|\.)CommandLine$/.test(receiver(node)?.text() ?? '')) return false
      return isConstantCode(a[0]!, ctx) ? false : { data: { CALL: 'CommandLine.parse', WHAT: 'a command line built from non-constant data' } }
    }
    if (name === 'command') {
      const recv = receiver(node)
      const type = receiverType(recv, ctx) ?? ''
      if (!/ProcessBuilder$/.test(type)) return false
    }
    if (name === 'CommandLine') {
      return isConstantCode(a[0]!, ctx) ? false : { data: { CALL: 'new CommandLine', WHAT: 'a non-constant program' } }
    }
    const elements = a.length === 1 ? (argvElements(a[0]!, ctx) ?? (a[0]!.kind() === 'string_literal' ? a : undefined)) : a
    const label = name === 'command' ? 'ProcessBuilder.command' : 'new ProcessBuilder'
    if (!elements) {
      // A list from elsewhere: its first element, the program, cannot be seen.
      return isConstantCode(a[0]!, ctx) ? false : { data: { CALL: label, WHAT: 'a command list built from non-constant data' } }
    }
    const problem = argvProblem(elements, ctx)
    return problem ? { data: { CALL: label, WHAT: problem.reason } } : false
  },
})
