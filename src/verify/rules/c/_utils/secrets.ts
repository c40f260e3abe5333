import type { SgNode } from '@ast-grep/napi'
import { calleeName, enclosingFunctionNode, functionName, isSecurityName, unwrap } from './c.js'
import { BUFFER_WRITERS } from './strings.js'

/** The base name of an assignment target: `token`, `s->nonce`, `key[i]` → key. */
function targetName(left: SgNode): string {
  const n = unwrap(left)
  if (n.kind() === 'subscript_expression') return targetName(n.field('argument') ?? n)
  if (n.kind() === 'pointer_expression') return targetName(n.field('argument') ?? n.namedChildren()[0] ?? n)
  if (n.kind() === 'field_expression') return n.field('field')?.text() ?? n.text()
  return n.text()
}

/**
 * The names a value flows into within its statement: the variable or field it is assigned to,
 * the buffer a formatting call writes it into, the function it is returned from, the call it
 * configures (`set_session_id(x)`), plus the enclosing function's name.
 */
export function destinationNames(value: SgNode): string[] {
  const names: string[] = []
  let cur = value
  let p = cur.parent()
  while (p) {
    const k = p.kind()
    if (k === 'init_declarator' && p.field('value')?.id() === cur.id()) {
      let d = p.field('declarator')
      while (d && d.kind() !== 'identifier') d = d.field('declarator')
      if (d) names.push(d.text())
      break
    }
    if (k === 'assignment_expression' && p.field('right')?.id() === cur.id()) {
      const l = p.field('left')
      if (l) names.push(targetName(l))
    }
    if (k === 'initializer_pair') {
      const f = p.namedChildren()[0]
      if (f) names.push(f.text().replace(/^\./, ''))
    }
    if (k === 'argument_list') {
      const call = p.parent()
      if (call?.kind() === 'call_expression') {
        const callee = calleeName(call)
        names.push(callee)
        const args = p.namedChildren().filter((c) => c.kind() !== 'comment')
        if (BUFFER_WRITERS[callee]?.includes(0) && args[0] && args[0].id() !== cur.id()) names.push(targetName(args[0]))
      }
    }
    if (k === 'return_statement') {
      names.push(functionName(enclosingFunctionNode(p)))
      break
    }
    if (k === 'expression_statement' || k === 'declaration' || k === 'compound_statement' || k === 'function_definition') break
    cur = p
    p = p.parent()
  }
  names.push(functionName(enclosingFunctionNode(value)))
  return names.filter(Boolean)
}

/** The first destination name that marks a security value, if any. */
export function securityDestination(value: SgNode): string | undefined {
  return destinationNames(value).find((n) => isSecurityName(n))
}
