import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { callWords, methodName, unwrap } from '../../c/_utils/c.js'

const STRING_FACTORIES = /^(?:std::)?(?:string|wstring|u8string|u16string|u32string|to_string|to_wstring|format|fmt::format|absl::StrCat|absl::StrFormat|filesystem::path|fs::path)$/
const BY_VALUE_METHODS = /^(?:substr|str|string|u8string|wstring|generic_string|toStdString|toUtf8|toLocal8Bit|toLatin1|what_str|dump)$/

/** Whether `recv` evaluates to a temporary string object (not a named one or a reference). */
function isTemporaryString(recv: SgNode): boolean {
  const n = unwrap(recv)
  if (n.kind() === 'binary_expression') return n.field('operator')?.text() === '+'
  if (n.kind() !== 'call_expression') return false
  const fn = n.field('function')
  if (!fn) return false
  const text = fn.text().replace(/\s+/g, '')
  if (fn.kind() === 'field_expression') return BY_VALUE_METHODS.test(methodName(n))
  if (STRING_FACTORIES.test(text)) return true
  // a free function returning an object with c_str(): by value in practice
  return fn.kind() === 'identifier' || fn.kind() === 'qualified_identifier'
}

/** The c_str()/data() result outlives its statement: stored in a variable or field, or returned. */
function kept(call: SgNode): SgNode | null {
  const p = call.parent()
  if (!p) return null
  if (p.kind() === 'init_declarator' && p.field('value')?.id() === call.id()) return p.parent()
  if (p.kind() === 'assignment_expression' && p.field('right')?.id() === call.id()) return p
  if (p.kind() === 'return_statement') return p
  return null
}

export default defineRule({
  id: 'cpp/no-dangling-c-str',
  languages: ['cpp'],
  title: 'c_str()/data() of a temporary string kept beyond the statement',
  property: 'memory.lifetime',
  cwe: ['CWE-416', 'CWE-825'],
  severity: 'high',
  confidence: 'medium',
  message: 'the pointer from {{CALL}} points into a temporary string destroyed at the end of the statement',
  rationale:
    'A temporary std::string is destroyed at the end of the full expression, freeing its buffer; a pointer obtained from its c_str() or data() and kept in a variable, field or return value then dangles, and every later read is a use after free (CWE-416).',
  safeAlternative: 'Keep the string in a named std::string for as long as the pointer is needed (std::string s = a + b; const char *p = s.c_str();), or pass the temporary\'s c_str() directly as a call argument.',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: '^(?:c_str|data)$' } },
      any: [{ inside: { kind: 'init_declarator', stopBy: 'neighbor' } }, { inside: { kind: 'assignment_expression', stopBy: 'neighbor' } }, { inside: { kind: 'return_statement', stopBy: 'neighbor' } }],
    },
  },
  // `data` (a common word) only as a call
  requires: { words: ['c_str', ...callWords(['data'])] },
  check(node) {
    const fn = node.field('function')
    const recv = fn?.field('argument') ?? fn?.namedChildren()[0]
    if (!recv || !isTemporaryString(recv)) return false
    const site = kept(node)
    if (!site) return false
    return { node: site, data: { CALL: node.text() } }
  },
})
