import { defineRule } from '../../../engine/rule.js'
import { argvElements } from '../_utils/java.js'
import { args, argvProblem, isConstantCode, receiver, receiverType } from '../_utils/managed.js'

export default defineRule({
  id: 'java/no-runtime-exec-injection',
  languages: ['java'],
  title: 'Runtime.exec with a non-constant command',
  property: 'sandbox.process',
  cwe: ['CWE-78', 'CWE-88'],
  severity: 'critical',
  confidence: 'high',
  message: 'Runtime.exec runs {{WHAT}}',
  rationale:
    'Runtime.exec(String) splits the whole string into a program and its arguments, so data in it chooses the program or injects options; with sh -c / cmd /c every ;, | or $() in the data runs as a command of its own (CWE-78, CWE-88).',
  safeAlternative:
    'Use new ProcessBuilder("fixed-program", arg1, arg2) with a constant program and untrusted values only as separate arguments; never pass them through sh -c or cmd /c.',
  match: { rule: { kind: 'method_invocation', has: { field: 'name', regex: '^exec$' } } },
  check(node, ctx) {
    const recv = receiver(node)
    if (!recv) return false
    if (!/(?:^|\.)getRuntime\(\)$/.test(recv.text()) && !/^Runtime$/.test(receiverType(recv, ctx) ?? '')) return false
    const first = args(node)[0]
    if (!first) return false
    const elements = argvElements(first, ctx)
    if (elements) {
      const problem = argvProblem(elements, ctx)
      return problem ? { data: { WHAT: problem.reason } } : false
    }
    if (isConstantCode(first, ctx)) return false
    return { data: { WHAT: 'a command string built from non-constant data' } }
  },
})
