import { parse, type SgNode } from '@ast-grep/napi'
import { describe, expect, it } from 'vitest'
import type { LanguageId } from '../../core/properties.js'
import { DataFlow } from './dataflow.js'
import { ensureLanguagesRegistered, grammarFor } from './languages.js'

/** The first argument of the last call to `sink(...)` in `code`, and the flow over its file. */
function sinkArg(language: LanguageId, code: string, selector = 'sink'): { flow: DataFlow; arg: SgNode; call: SgNode } {
  ensureLanguagesRegistered()
  const root = parse(grammarFor(language), code).root()
  const flow = new DataFlow(root, language)
  const calls = root.findAll({ rule: { kind: language === 'python' ? 'call' : language === 'java' ? 'method_invocation' : language === 'csharp' ? 'invocation_expression' : language === 'php' ? 'function_call_expression' : 'call_expression' } })
  const call = calls.filter((c) => flow.calleeText(c) === selector).at(-1)
  if (!call) throw new Error(`no call to ${selector} in: ${code}`)
  return { flow, arg: flow.callArguments(call)[0]!, call }
}

describe('DataFlow.origin', () => {
  it.each<[LanguageId, string]>([
    ['python', 'def f():\n    cmd = "ls " + "-l"\n    sink(cmd)'],
    ['python', 'BASE = "/srv"\ndef f():\n    sink(BASE + "/x")'],
    ['javascript', 'const q = `SELECT 1`; sink(q)'],
    ['go', 'package main\nfunc f() { q := fmt.Sprintf("%d", 1); sink(q) }'],
    ['c', '#define CMD "ls"\nvoid f() { sink(CMD); }'],
    ['java', 'class A { static final String Q = "SELECT 1"; void f() { sink(Q); } }'],
    ['php', '<?php function f() { $q = "SELECT " . "1"; sink($q); }'],
    ['rust', 'fn f() { let q = format!("{}", 1); sink(&q); }'],
    ['csharp', 'class A { const string K = "x"; void F() { var s = $"a{K}"; sink(s); } }'],
  ])('%s: constants stay constant', (language, code) => {
    const { flow, arg } = sinkArg(language, code)
    expect(flow.isConstant(arg)).toBe(true)
  })

  it.each<[LanguageId, string]>([
    ['python', 'def f(name):\n    cmd = f"ls {name}"\n    sink(cmd)'],
    ['javascript', 'function f(a) { let q = "x"; q += a; sink(q) }'],
    ['go', 'package main\nfunc f(p string) { q := "a" + p; sink(q) }'],
    ['java', 'class A { void f(String a) { String q = String.format("%s", a); sink(q); } }'],
    ['php', '<?php function f($id) { $q = "SELECT * FROM t WHERE id = $id"; sink($q); }'],
    ['rust', 'fn f(a: &str) { let q = format!("x {a}"); sink(&q); }'],
    ['c', 'void f(const char *p) { char *q = p; sink(q); }'],
  ])('%s: parameters flow through assignment, concatenation and formatting', (language, code) => {
    const { flow, arg } = sinkArg(language, code)
    const origin = flow.origin(arg)
    expect(origin.parameter).toBe(true)
    expect(origin.external).toBe(false)
  })

  it.each<[LanguageId, string]>([
    ['python', 'import sys\ndef f():\n    sink("x" + sys.argv[1])'],
    ['python', 'from flask import request\ndef f():\n    q = request.args.get("q")\n    sink(q)'],
    ['javascript', 'app.get("/", (req, res) => { const { id } = req.query; sink(id) })'],
    ['go', 'package main\nfunc h(w http.ResponseWriter, r *http.Request) { n := r.FormValue("n"); sink(n) }'],
    ['java', 'class A { void f(HttpServletRequest req) { String p = req.getParameter("p"); sink(p); } }'],
    ['java', 'class A { @GetMapping("/") String f(@RequestParam String q) { sink(q); return q; } }'],
    ['php', '<?php function f() { $x = $_GET["x"]; sink($x); }'],
    ['c', 'int main(int argc, char **argv) { sink(argv[1]); }'],
    ['c', 'void f() { char buf[64]; fgets(buf, sizeof buf, stdin); sink(buf); }'],
    ['csharp', 'class A { void F() { var s = Console.ReadLine(); sink(s); } }'],
    ['rust', 'fn f() { let mut s = String::new(); std::io::stdin().read_line(&mut s); sink(&s); }'],
  ])('%s: external input is recognised', (language, code) => {
    const { flow, arg } = sinkArg(language, code)
    expect(flow.isExternal(arg)).toBe(true)
  })

  it('a sanitizer makes the value constant for its sink only', () => {
    const code = 'import shlex\ndef f(name):\n    sink("ls " + shlex.quote(name))'
    const { flow, arg } = sinkArg('python', code)
    expect(flow.isUntrusted(arg)).toBe(true)
    expect(flow.isUntrusted(arg, { sanitizers: /^shlex\.quote$/ })).toBe(false)
  })

  it('numeric conversion is safe for injection sinks but still carries a size', () => {
    const { flow, arg } = sinkArg('python', 'import sys\ndef f():\n    n = int(sys.argv[1])\n    sink(n)')
    expect(flow.isUntrusted(arg)).toBe(false)
    expect(flow.isExternal(arg)).toBe(true)
  })

  it('the latest dominating assignment wins; a conditional one adds to it', () => {
    const killed = sinkArg('python', 'def f(x):\n    x = "safe"\n    sink(x)')
    expect(killed.flow.isConstant(killed.arg)).toBe(true)
    const conditional = sinkArg('python', 'def f(x, c):\n    y = "a"\n    if c:\n        y = x\n    sink(y)')
    expect(conditional.flow.origin(conditional.arg).parameter).toBe(true)
  })

  it('unknown calls are not constant (fail closed)', () => {
    const { flow, arg } = sinkArg('python', 'def f():\n    sink(load_command())')
    expect(flow.origin(arg).unknown).toBe(true)
    expect(flow.isUntrusted(arg)).toBe(true)
    expect(flow.isExternal(arg)).toBe(false)
  })
})

describe('DataFlow.isGuarded', () => {
  const guarded = (code: string): boolean => {
    const { flow, call } = sinkArg('c', code)
    return flow.isGuarded(call, ['n'])
  }

  it('sees an enclosing upper-bound check', () => {
    expect(guarded('void f(int n) { if (n < 16) { sink(n); } }')).toBe(true)
    expect(guarded('void f(int n) { if (16 > n) sink(n); }')).toBe(true)
  })

  it('sees an earlier check that leaves the path', () => {
    expect(guarded('void f(int n) { if (n > 16) return; sink(n); }')).toBe(true)
    expect(guarded('void f(int n) { if (n >= 16) { abort(); } sink(n); }')).toBe(true)
  })

  it('does not take a lower bound or a check that does not leave for a guard', () => {
    expect(guarded('void f(int n) { if (n > 0) { sink(n); } }')).toBe(false)
    expect(guarded('void f(int n) { if (n > 16) { log(n); } sink(n); }')).toBe(false)
    expect(guarded('void f(int n) { if (n < 16) { } else { sink(n); } }')).toBe(false)
  })
})
