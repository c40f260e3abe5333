import type { SgNode } from '@ast-grep/napi'
import type { RuleContext } from '../../../engine/rule.js'
import { calleeName, castOperand, enclosingFunctionNode, identifierUses } from './c.js'
import { BUFFER_WRITERS, PRINTF_FORMAT_AT, STRING_READERS } from './strings.js'

/** Argument positions of stdio and dirent functions that dereference a FILE* / DIR*. */
const STREAM_USERS: Record<string, number[]> = {
  fgets: [2],
  fputs: [1],
  fprintf: [0],
  vfprintf: [0],
  fscanf: [0],
  fread: [3],
  fwrite: [3],
  fseek: [0],
  fseeko: [0],
  ftell: [0],
  ftello: [0],
  fgetc: [0],
  getc: [0],
  fputc: [1],
  putc: [1],
  fclose: [0],
  pclose: [0],
  rewind: [0],
  fileno: [0],
  feof: [0],
  ferror: [0],
  setvbuf: [0],
  setbuf: [0],
  getline: [2],
  getdelim: [3],
  readdir: [0],
  closedir: [0],
  fgetws: [2],
  fputws: [1],
}

/** Whether passing a pointer at argument `index` of `callee` dereferences it. */
export function dereferencesArgument(callee: string, index: number): boolean {
  if (STREAM_USERS[callee]?.includes(index)) return true
  if (BUFFER_WRITERS[callee]?.includes(index)) return true
  const readers = STRING_READERS[callee]
  if (readers === 'all') return index >= (PRINTF_FORMAT_AT[callee] ?? 0)
  return readers?.includes(index) ?? false
}

const CHECKERS = /^(?:assert|ASSERT|g_assert|CHECK|DCHECK|ENSURE|REQUIRE|g_return_if_fail|g_return_val_if_fail|assert_non_null|require_non_null|Expects)$/

/** Part of a test of the pointer: `if (p)`, `!p`, `p == NULL`, `p && …`, `p ? … : …`, `assert(p)`. */
export function isNullTest(occ: SgNode): boolean {
  let cur = occ
  for (let i = 0; i < 6; i++) {
    const p = cur.parent()
    if (!p) return false
    const k = p.kind()
    if (k === 'unary_expression' && p.text().trim().startsWith('!')) return true
    if (k === 'binary_expression' && /^(?:==|!=|&&|\|\|)$/.test(p.field('operator')?.text() ?? '')) return true
    if (k === 'conditional_expression' && p.field('condition')?.id() === cur.id()) return true
    if ((k === 'if_statement' || k === 'while_statement' || k === 'for_statement' || k === 'do_statement') && p.field('condition')?.id() === cur.id()) return true
    if (k === 'condition_clause') return true
    if (k === 'argument_list') {
      const call = p.parent()
      return !!call && CHECKERS.test(calleeName(call))
    }
    if (k !== 'parenthesized_expression' && k !== 'cast_expression') return false
    cur = p
  }
  return false
}

const STRING_TYPES = /^(?:std::)?(?:string|wstring|string_view|wstring_view|filesystem::path)$/

/**
 * C++ consumers of a `const char *` that must not be NULL: `std::string s = p;`, `std::string s(p);`,
 * `std::string(p)`, `std::cout << p`.
 */
function cppStringSink(value: SgNode): SgNode | null {
  const p = value.parent()
  if (!p) return null
  if (p.kind() === 'init_declarator' && p.field('value')?.id() === value.id()) {
    const decl = p.parent()
    return decl && STRING_TYPES.test(decl.field('type')?.text().replace(/\s+/g, '') ?? '') ? p : null
  }
  if (p.kind() === 'argument_list' && p.namedChildren().length === 1) {
    const owner = p.parent()
    if (owner?.kind() === 'init_declarator') {
      const decl = owner.parent()
      return decl && STRING_TYPES.test(decl.field('type')?.text().replace(/\s+/g, '') ?? '') ? owner : null
    }
    if (owner?.kind() === 'call_expression' && STRING_TYPES.test(owner.field('function')?.text().replace(/\s+/g, '') ?? '')) return owner
  }
  if (p.kind() === 'binary_expression' && p.field('operator')?.text() === '<<' && p.field('right')?.id() === value.id()) {
    let left = p.field('left')
    while (left?.kind() === 'binary_expression') left = left.field('left')
    if (left && /^(?:std::)?(?:cout|cerr|clog|wcout|os|out|stream|ss|oss)$/.test(left.text().replace(/\s+/g, ''))) return p
  }
  return null
}

/** The dereference an occurrence of a pointer is part of, if any: `*p`, `p->f`, `p[i]`, `strlen(p)`. */
export function dereferenceAt(occ: SgNode): SgNode | null {
  const p = occ.parent()
  if (!p) return null
  const sink = cppStringSink(occ)
  if (sink) return sink
  const k = p.kind()
  if (k === 'pointer_expression' && p.text().trim().startsWith('*')) return p
  if (k === 'field_expression' && p.field('argument')?.id() === occ.id() && /->/.test(p.text())) return p
  if (k === 'subscript_expression' && p.field('argument')?.id() === occ.id()) return p
  if (k === 'argument_list') {
    const call = p.parent()
    if (!call || call.kind() !== 'call_expression') return null
    const index = p.namedChildren().filter((c) => c.kind() !== 'comment').findIndex((c) => c.id() === occ.id())
    return dereferencesArgument(calleeName(call), index) ? call : null
  }
  return null
}

/** The outermost cast or parenthesis around `node` (C casts, `static_cast<T>(…)`), and its parent. */
function climbCasts(node: SgNode): { node: SgNode; parent: SgNode | null } {
  let cur = node
  let p = cur.parent()
  for (;;) {
    if (p && (p.kind() === 'cast_expression' || p.kind() === 'parenthesized_expression')) {
      cur = p
      p = p.parent()
      continue
    }
    // static_cast<T>(x): x → argument_list → call_expression
    const call = p?.kind() === 'argument_list' ? p.parent() : null
    if (call && castOperand(call)?.id() === cur.id()) {
      cur = call
      p = call.parent()
      continue
    }
    return { node: cur, parent: p }
  }
}

/** The variable a call's result is stored in: `p = f()`, `T *p = (T *)f()`. */
export function resultVariable(expr: SgNode): SgNode | null {
  const { node: cur, parent: p } = climbCasts(expr)
  if (!p) return null
  if (p.kind() === 'init_declarator' && p.field('value')?.id() === cur.id()) {
    let d = p.field('declarator')
    while (d && d.kind() !== 'identifier') d = d.field('declarator')
    return d
  }
  if (p.kind() === 'assignment_expression' && p.field('right')?.id() === cur.id() && (p.field('operator')?.text() ?? '=') === '=') {
    const l = p.field('left')
    return l?.kind() === 'identifier' ? l : null
  }
  return null
}

/**
 * For a call that may return NULL: the first dereference of its result before any null check,
 * either directly (`strlen(getenv("X"))`) or through the variable it is stored in.
 */
export function uncheckedDereference(expr: SgNode, _ctx: RuleContext): SgNode | null {
  // direct use as an argument or operand
  const { node: cur, parent: p } = climbCasts(expr)
  if (p) {
    const sink = cppStringSink(cur)
    if (sink) return sink
    if (p.kind() === 'argument_list') {
      const call = p.parent()
      if (call?.kind() === 'call_expression') {
        const index = p.namedChildren().filter((c) => c.kind() !== 'comment').findIndex((c) => c.id() === cur.id())
        if (dereferencesArgument(calleeName(call), index)) return call
      }
      return null
    }
    if (p.kind() === 'field_expression' && /->/.test(p.text()) && p.field('argument')?.id() === cur.id()) return p
    if (p.kind() === 'pointer_expression' && p.text().trim().startsWith('*')) return p
    if (p.kind() === 'subscript_expression' && p.field('argument')?.id() === cur.id()) return p
  }
  const target = resultVariable(expr)
  if (!target) return null
  const fn = enclosingFunctionNode(expr)
  if (!fn) return null
  const end = expr.range().end.index
  for (const occ of identifierUses(target.text(), fn)) {
    if (occ.range().start.index <= end) continue
    if (enclosingFunctionNode(occ)?.id() !== fn.id()) continue
    const parent = occ.parent()
    if (parent?.kind() === 'sizeof_expression' || parent?.parent()?.kind() === 'sizeof_expression') continue
    if (isNullTest(occ)) return null
    if (parent?.kind() === 'assignment_expression' && parent.field('left')?.id() === occ.id()) return null
    if (parent?.kind() === 'return_statement') return null
    const deref = dereferenceAt(occ)
    if (deref) return deref
  }
  return null
}
