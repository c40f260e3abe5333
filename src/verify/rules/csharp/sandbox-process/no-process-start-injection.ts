import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callName, isConstantCode, receiver, receiverType, resolve, SHELL_PROGRAM, stringValue } from '../../java/_utils/managed.js'

interface Spawn {
  program?: SgNode
  arguments?: SgNode
}

/** Problem with a (program, arguments-string) pair, or undefined. */
function spawnProblem(s: Spawn, ctx: RuleContext): string | undefined {
  if (!s.program) return undefined
  if (!isConstantCode(s.program, ctx)) return 'a non-constant program'
  const prog = stringValue(s.program, ctx)
  if (prog === undefined || !SHELL_PROGRAM.test(prog.trim())) return undefined
  if (s.arguments && !isConstantCode(s.arguments, ctx)) return `a shell (${prog}) command line built from non-constant data`
  return undefined
}

/** FileName/Arguments of a ProcessStartInfo creation (constructor arguments or initializer). */
function startInfo(node: SgNode): Spawn {
  const a = args(node)
  const s: Spawn = { program: a[0], arguments: a[1] }
  const init = node.field('initializer')
  for (const assign of init?.namedChildren() ?? []) {
    if (assign.kind() !== 'assignment_expression') continue
    const left = assign.field('left')?.text()
    if (left === 'FileName') s.program = assign.field('right') ?? undefined
    if (left === 'Arguments') s.arguments = assign.field('right') ?? undefined
  }
  return s
}

/** For `psi.Arguments = …`: the FileName the same object was given in this function. */
function programOf(target: SgNode, ctx: RuleContext): SgNode | undefined {
  const made = resolve(target, ctx)
  if (made.kind() === 'object_creation_expression') {
    const p = startInfo(made).program
    if (p) return p
  }
  const fn = ctx.flow.enclosingFunction(target)
  if (!fn) return undefined
  const name = target.text()
  const set = fn.findAll({ rule: { kind: 'assignment_expression', has: { field: 'left', kind: 'member_access_expression', regex: '\\.FileName$' } } }).find((x) => x.field('left')?.text() === `${name}.FileName`)
  return set?.field('right') ?? undefined
}

function isStartInfo(target: SgNode, ctx: RuleContext): boolean {
  if (/(?:^|\.)StartInfo$/.test(target.text())) return true
  return /ProcessStartInfo$/.test(receiverType(target, ctx) ?? '')
}

export default defineRule({
  id: 'csharp/no-process-start-injection',
  languages: ['csharp'],
  title: 'Process started with a non-constant program or shell command',
  property: 'sandbox.process',
  cwe: ['CWE-78', 'CWE-88'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} starts {{WHAT}}',
  rationale:
    'When the FileName of a process comes from data, the data decides what runs; when cmd.exe /c, powershell -Command or sh -c receives a command line containing data, every &, |, ; or $() in it starts commands of the attacker\'s choosing (CWE-78, CWE-88).',
  safeAlternative:
    'Keep FileName a constant path to the tool, pass untrusted values through ProcessStartInfo.ArgumentList (one element each, no shell), and set UseShellExecute = false; map user choices to programs with an allow-list.',
  match: {
    rule: {
      any: [
        { kind: 'invocation_expression', has: { field: 'function', regex: '(^|\\.)(Process\\.Start|Cli\\.Wrap)$' } },
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^(System\\.Diagnostics\\.)?ProcessStartInfo$' } },
        { kind: 'assignment_expression', has: { field: 'left', kind: 'member_access_expression', regex: '\\.(FileName|Arguments)$' } },
      ],
    },
  },
  // `FileName =`/`Arguments =` count only on a StartInfo (isStartInfo: `….StartInfo` or a
  // ProcessStartInfo), so those common property names need not be looked for
  requires: { words: ['Process.Start', 'Cli.Wrap', 'StartInfo'] },
  check(node, ctx) {
    const k = node.kind()
    if (k === 'object_creation_expression') {
      const what = spawnProblem(startInfo(node), ctx)
      return what ? { data: { CALL: 'new ProcessStartInfo', WHAT: what } } : false
    }
    if (k === 'assignment_expression') {
      const left = node.field('left')!
      const target = left.field('expression')
      const right = node.field('right')
      if (!target || !right || !isStartInfo(target, ctx)) return false
      // Inside an object initializer the creation is reported instead.
      if (left.field('name')?.text() === 'FileName') {
        return isConstantCode(right, ctx) ? false : { data: { CALL: `${target.text()}.FileName =`, WHAT: 'a non-constant program' } }
      }
      const what = spawnProblem({ program: programOf(target, ctx), arguments: right }, ctx)
      return what && what !== 'a non-constant program' ? { data: { CALL: `${target.text()}.Arguments =`, WHAT: what } } : false
    }
    const a = args(node)
    if (callName(node) === 'Wrap') {
      return a[0] && !isConstantCode(a[0], ctx) ? { data: { CALL: 'Cli.Wrap', WHAT: 'a non-constant program' } } : false
    }
    if (!a[0]) return false
    const first = resolve(a[0], ctx)
    if (first.kind() === 'object_creation_expression' || /ProcessStartInfo$/.test(receiverType(a[0], ctx) ?? '')) return false
    if (receiver(node) === null && !/Process\.Start$/.test(ctx.flow.calleeText(node))) return false
    const what = spawnProblem({ program: a[0], arguments: a[1] }, ctx)
    return what ? { data: { CALL: 'Process.Start', WHAT: what } } : false
  },
})
