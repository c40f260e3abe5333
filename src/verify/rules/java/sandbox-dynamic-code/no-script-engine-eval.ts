import { defineRule } from '../../../engine/rule.js'
import { args, callName, isConstantCode, receiver, receiverType } from '../_utils/managed.js'

/** Receivers that evaluate source code: by declared type, or by how they were obtained. */
const ENGINE_TYPE = /(?:^|\.)(?:ScriptEngine|NashornScriptEngine|Compilable|GroovyShell|JShell|JexlEngine|JexlBuilder|GroovyScriptEngine|Interpreter|PythonInterpreter|Context|ScriptEvaluator|ExpressionEvaluator|SimpleCompiler)$/
const ENGINE_EXPR = /getEngineBy(?:Name|Extension|MimeType)\s*\(|new\s+(?:GroovyShell|PythonInterpreter|ScriptEvaluator|SimpleCompiler|ExpressionEvaluator)\b|JShell\.create\(\)|Context\.(?:create|newBuilder)\(|new\s+JexlBuilder\(\)/

/** Static evaluators: Groovy Eval, MVEL, OGNL. */
const STATIC = /^(?:(?:groovy\.util\.)?Eval\.(?:me|x|xy|xyz)|(?:org\.mvel2\.)?MVEL\.(?:eval|evalToString|compileExpression|executeExpression)|(?:ognl\.)?Ognl\.(?:getValue|setValue|parseExpression))$/

export default defineRule({
  id: 'java/no-script-engine-eval',
  languages: ['java'],
  title: 'Script or expression engine evaluates non-constant code',
  property: 'sandbox.dynamic-code',
  cwe: ['CWE-94', 'CWE-95'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} evaluates code built from non-constant data',
  rationale:
    'ScriptEngine (Nashorn/Rhino/Graal), Groovy, JShell, MVEL, OGNL and JEXL run the string as a program inside the JVM with full access to Java classes: data that reaches it executes arbitrary code, for example java.lang.Runtime.getRuntime().exec(…) (CWE-94, CWE-95).',
  safeAlternative:
    'Do not evaluate data as code. Parse the input into a data structure (JSON, a small expression grammar) or choose among pre-written scripts by key; if scripting is unavoidable, use a sandboxed engine with class access disabled and pass data only as bindings.',
  // STATIC's classes, and the engine types and factories of ENGINE_TYPE / ENGINE_EXPR one of which
  // the receiver's text or declared type names
  requires: {
    words: ['Eval', 'MVEL', 'Ognl', 'ScriptEngine', 'Compilable', 'GroovyShell', 'JShell', 'Jexl', 'Interpreter', 'Context', 'ScriptEvaluator', 'ExpressionEvaluator', 'SimpleCompiler', 'getEngineBy'],
  },
  match: {
    rule: {
      kind: 'method_invocation',
      has: { field: 'name', regex: '^(eval|evaluate|parse|run|compile|createExpression|createScript|cook|me|x|xy|xyz|evalToString|compileExpression|executeExpression|getValue|setValue|parseExpression|exec)$' },
    },
  },
  check(node, ctx) {
    const name = callName(node)
    const recv = receiver(node)
    const recvText = recv?.text().replace(/\s+/g, '') ?? ''
    const a = args(node)
    let code = a[0]
    if (STATIC.test(`${recvText}.${name}`)) {
      if (name === 'xy') code = a[2]
      else if (name === 'x') code = a[1]
      else if (name === 'xyz') code = a[3]
    } else {
      if (!recv) return false
      if (/^(?:getValue|setValue|parseExpression|me|x|xy|xyz|evalToString|compileExpression|executeExpression)$/.test(name)) return false
      if (!ENGINE_EXPR.test(recv.text()) && !ENGINE_TYPE.test(receiverType(recv, ctx) ?? '')) return false
      // Graal: context.eval("js", code); JShell: jshell.eval(code)
      if (name === 'eval' && a.length === 2 && a[0]!.kind() === 'string_literal' && /Context/.test(receiverType(recv, ctx) ?? recv.text())) code = a[1]
      if (name === 'exec' && !/Interpreter/.test(receiverType(recv, ctx) ?? recv.text())) return false
    }
    if (!code) return false
    if (code.kind() === 'object_creation_expression' && /File|Reader/.test(code.field('type')?.text() ?? '') && isConstantCode(code, ctx)) return false
    if (isConstantCode(code, ctx)) return false
    return { data: { CALL: `${recv ? recvText.replace(/\(.*$/, '') + '.' : ''}${name}` } }
  },
})
