import { defineRule } from '../../../engine/rule.js'
import { args, isConstantCode, receiver, receiverType } from '../_utils/managed.js'

export default defineRule({
  id: 'java/no-spel-expression-injection',
  languages: ['java'],
  title: 'SpEL / EL expression parsed from untrusted data',
  property: 'injection.template',
  cwe: ['CWE-917', 'CWE-94'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} parses an expression built from non-constant data',
  rationale:
    'Spring Expression Language and Jakarta EL can call any method and construct any type (T(java.lang.Runtime).getRuntime().exec(…)); parsing an expression that contains request data is remote code execution (CWE-917).',
  safeAlternative: 'Parse only constant expressions and pass data as variables of an EvaluationContext (context.setVariable("name", value) with #name in the expression); use SimpleEvaluationContext.forReadOnlyDataBinding() to disable type references.',
  match: { rule: { kind: 'method_invocation', has: { field: 'name', regex: '^(parseExpression|parseRaw|createValueExpression|createMethodExpression|eval)$' } } },
  // `eval` only on an ELProcessor and `create…Expression` only on an ExpressionFactory; the derived `eval` is part of `evaluate`
  requires: { words: ['parseExpression', 'parseRaw', 'ELProcessor', 'ExpressionFactory'] },
  check(node, ctx) {
    const recv = receiver(node)
    if (!recv) return false
    const name = node.field('name')?.text() ?? ''
    const type = receiverType(recv, ctx) ?? ''
    const recvText = recv.text()
    if (/^(?:parseExpression|parseRaw)$/.test(name)) {
      const typedOk = /ExpressionParser/.test(type)
      const namedOk = (type === '' || type === 'var') && /^(?:parser|expressionParser|spelParser|PARSER|EXPRESSION_PARSER)$/.test(recvText)
      if (!typedOk && !namedOk && !/new\s+SpelExpressionParser/.test(recvText)) return false
    } else if (name === 'eval') {
      if (!/ELProcessor/.test(type) && !/new\s+ELProcessor/.test(recvText)) return false
    } else if (!/ExpressionFactory/.test(type) && !/ExpressionFactory/.test(recvText)) return false
    const a = args(node)
    const expr = /^create/.test(name) ? a[1] : a[0]
    if (!expr || isConstantCode(expr, ctx)) return false
    return { data: { CALL: name } }
  },
})
