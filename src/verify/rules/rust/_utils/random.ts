/** crypto.random: does the value of a non-cryptographic generator become a security value? */
import type { SgNode } from '@ast-grep/napi'
import type { RuleContext } from '../../../engine/rule.js'
import { assignedNames, enclosingFunctionName, isSecurityName } from './shared.js'

const FUNCTION_KINDS = new Set(['function_item', 'function_declaration', 'method_declaration'])

function enclosingNamedFunction(node: SgNode): SgNode | null {
  let cur = node.parent()
  while (cur && !FUNCTION_KINDS.has(String(cur.kind()))) cur = cur.parent()
  return cur
}

/** Per file, keyed by its tree. */
const callerCache = new WeakMap<SgNode, Map<string, string | undefined>>()

/** Whether a call of function `name` elsewhere in the file stores its result under a security name. */
function securityCaller(name: string, ctx: RuleContext): string | undefined {
  let cache = callerCache.get(ctx.root)
  if (!cache) callerCache.set(ctx.root, (cache = new Map()))
  if (cache.has(name)) return cache.get(name)
  let found: string | undefined
  // cheap test first: the name must be called somewhere besides its own definition
  const uses = ctx.source.match(new RegExp(`\\b${name}\\s*\\(`, 'g'))?.length ?? 0
  const calls = uses > 1 ? ctx.root.findAll({ rule: { kind: 'call_expression', has: { field: 'function', regex: `(?:^|\\.|::)${name}$` } } }) : []
  for (const call of calls) {
    const names = assignedNames(call)
    const hit = names.find(isSecurityName) ?? [enclosingFunctionName(call, ctx)].find((n) => n !== undefined && n !== name && isSecurityName(n))
    if (hit) {
      found = hit
      break
    }
  }
  cache.set(name, found)
  return found
}

/** The security name the generated value ends up under, or undefined. */
export function securityUse(gen: SgNode, ctx: RuleContext): string | undefined {
  const assigned = assignedNames(gen).find(isSecurityName)
  if (assigned) return assigned
  const fn = enclosingNamedFunction(gen)
  const fnName = fn?.field('name')?.text()
  if (fnName && isSecurityName(fnName)) return `${fnName}()`
  if (fnName && fnName !== 'main') {
    const caller = securityCaller(fnName, ctx)
    if (caller) return `${caller} (via ${fnName}())`
  }
  return undefined
}
