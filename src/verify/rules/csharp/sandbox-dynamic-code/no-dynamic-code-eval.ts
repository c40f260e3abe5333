import { defineRule } from '../../../engine/rule.js'
import { args, callName, isConstantCode, receiver, receiverType } from '../../java/_utils/managed.js'

export default defineRule({
  id: 'csharp/no-dynamic-code-eval',
  languages: ['csharp'],
  title: 'C#, PowerShell or JavaScript code compiled or evaluated from non-constant data',
  property: 'sandbox.dynamic-code',
  cwe: ['CWE-94', 'CWE-95'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} evaluates code built from non-constant data',
  rationale:
    'Roslyn scripting (CSharpScript), CodeDom compilation, PowerShell AddScript and embedded JavaScript engines run the string as a program with the process\'s full rights: data that reaches them is remote code execution (System.IO.File.Delete, Process.Start, …) (CWE-94, CWE-95).',
  safeAlternative:
    'Never evaluate data as code. Parse input into data (JSON, a small expression grammar) or choose among pre-compiled delegates by key; pass user values to scripts only as globals/parameters (AddParameter) of a constant script.',
  // what check recognises: the CSharpScript/VisualBasicScript receivers, AddScript, the
  // …SyntaxTree/SyntaxFactory receivers, CompileAssemblyFromSource, ParseLambda, and the engines'
  // Execute/Evaluate methods; `Create`, `Parse` and `Run` alone are everywhere
  requires: { words: ['CSharpScript', 'VisualBasicScript', 'AddScript', 'SyntaxTree', 'SyntaxFactory', 'CompileAssemblyFromSource', 'ParseLambda', 'Execute', 'Evaluate'] },
  match: {
    rule: {
      kind: 'invocation_expression',
      has: { field: 'function', regex: '\\.(EvaluateAsync|RunAsync|Create|ParseText|CompileAssemblyFromSource|AddScript|Execute|Evaluate|ParseLambda|Parse|Run)(<.*>)?$' },
    },
  },
  check(node, ctx) {
    const name = callName(node)
    const recv = receiver(node)
    if (!recv) return false
    const recvText = recv.text().replace(/\s+/g, '')
    const type = (): string => receiverType(recv, ctx) ?? ''
    const a = args(node)
    let code
    if (/^(?:EvaluateAsync|RunAsync|Create|Run)$/.test(name) && /(?:^|\.)(?:CSharpScript|VisualBasicScript)$/.test(recvText)) code = a[0]
    else if (name === 'ParseText' && /(?:^|\.)(?:CSharpSyntaxTree|VisualBasicSyntaxTree|SyntaxFactory)$/.test(recvText)) code = a[0]
    else if (name === 'CompileAssemblyFromSource') code = a[1]
    else if (name === 'AddScript' && (/PowerShell/.test(type()) || /PowerShell\.Create\(\)|^(?:ps|powershell|shell|pwsh)$/i.test(recvText))) code = a[0]
    else if (/^(?:Execute|Evaluate)$/.test(name) && (/new(?:Jint\.)?Engine\(|new(?:V8|JScript)ScriptEngine\(/.test(recvText) || /(?:^|\.)(?:Engine|V8ScriptEngine|JScriptEngine|VBScriptEngine|ScriptEngine|JavaScriptEngine)$/.test(type()))) code = a[0]
    else if (name === 'ParseLambda' && /DynamicExpressionParser$/.test(recvText)) code = a.at(-1)
    else return false
    if (!code || isConstantCode(code, ctx)) return false
    return { data: { CALL: `${recvText.replace(/^.*\./, '').replace(/\(.*$/, '')}.${name}` } }
  },
})
