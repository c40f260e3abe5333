import type { SgNode } from '@ast-grep/napi'
import type { RuleContext } from '../../../engine/rule.js'
import { constantPrefix, enclosingFunctionNode, isConstantOrigin, valueOrigin } from './c.js'
import { nodesOfKind } from './file-index.js'

/** Calls that reduce a path to its last component: the result cannot climb out of a directory. */
export const PATH_SANITIZERS = /^(?:basename|(?:std::)?to_w?string|__xpg_basename|g_path_get_basename|g_basename|PathFindFileNameA|PathFindFileNameW|PathFindFileName|.*\.filename|.*\.stem)$/
const NUMERIC = /^[diouxXfFeEgGaAcp]$/

const CANONICALIZE = /\b(?:realpath|canonicalize_file_name|canonical|weakly_canonical|lexically_normal|GetFullPathNameA?W?|PathCanonicalizeA?W?|_fullpath|PathCchCanonicalize)\s*\(/
const PREFIX_TEST = /\b(?:strncmp|strcmp|memcmp|compare|starts_with|rfind|find|mismatch|lexically_relative|strstr|wcsncmp|_strnicmp|has_prefix|g_str_has_prefix)\s*\(|\brelative\s*\(/
const DOTDOT_TEST = /(?:strstr|find|contains|std::search|wcsstr)\s*\([^)]*"\.\."|"\.\."/
const SLASH_TEST = /(?:strchr|strpbrk|strrchr|find|find_first_of|strcspn|wcschr|contains)\s*\([^)]*(?:'\/'|"\/"|'\\\\'|"\/\\\\"|"\\\\\/")/
const VALIDATOR = /\b\w*(?:valid|safe|sanit|allow|whitelist|contain|inside|within|is_?good|is_?ok|check_?(?:name|path|file))\w*\s*\(|\b(?:regex_match|regexec|fnmatch|all_of|any_of|none_of|find_first_not_of|strspn)\s*\(/i

/** A containment check before `sink` in its function: canonicalise + prefix test, `..`/`/` rejection, or a validator. */
export function containmentChecked(sink: SgNode, ctx: RuleContext): boolean {
  const fn = enclosingFunctionNode(sink)
  if (!fn) return false
  const before = ctx.source.slice(fn.range().start.index, sink.range().start.index)
  if (CANONICALIZE.test(before) && PREFIX_TEST.test(before.slice(before.search(CANONICALIZE)))) return true
  const conditions = (['if_statement', 'while_statement', 'conditional_expression']).flatMap((k) => nodesOfKind(k, fn))
    .filter((s) => s.range().start.index < sink.range().start.index)
    .map((s) => (s.field('condition') ?? s).text())
    .join('\n')
  return DOTDOT_TEST.test(conditions) || SLASH_TEST.test(conditions) || VALIDATOR.test(conditions)
}

export interface PathVerdict {
  why: string
}

/**
 * Whether a file path at `sink` is a sandbox.fs finding: it derives from external input, or it
 * joins a constant base directory with non-constant data, and no containment check precedes it.
 */
export function unsafePath(path: SgNode, sink: SgNode, ctx: RuleContext): PathVerdict | undefined {
  const origin = valueOrigin(path, ctx, { numericSanitizes: true, sanitizers: PATH_SANITIZERS, inertConversions: NUMERIC })
  if (isConstantOrigin(origin)) return undefined
  let why: string | undefined
  if (origin.external) why = `external input (${(origin.source ?? path.text()).replace(/\s+/g, ' ').slice(0, 40)})`
  else {
    const prefix = constantPrefix(path, ctx)
    if (prefix && /[/\\]/.test(prefix)) why = `the base directory "${prefix.slice(0, 40)}" joined with non-constant data`
  }
  if (!why) return undefined
  if (containmentChecked(sink, ctx)) return undefined
  return { why }
}
