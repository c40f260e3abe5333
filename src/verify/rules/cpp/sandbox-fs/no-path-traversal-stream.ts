import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { constructorArgs, methodName } from '../../c/_utils/c.js'
import { unsafePath } from '../../c/_utils/paths.js'
import escapeStringRegexp from 'escape-string-regexp'

const STREAM_TYPES = '(?:std::)?(?:w?[io]?fstream|basic_[io]?fstream<[^>]*>|filebuf)|QFile|QDir|(?:std::)?(?:filesystem|fs)::(?:recursive_)?directory_iterator|boost::filesystem::(?:[io]?fstream|(?:recursive_)?directory_iterator)'
const FS_FUNCTIONS = '(?:std::)?(?:filesystem|fs|boost::filesystem)::(?:remove|remove_all|rename|copy|copy_file|create_directory|create_directories|resize_file|permissions|create_symlink|directory_iterator|recursive_directory_iterator)|(?:std::)?w?[io]?fstream|QFile::(?:remove|rename|copy)'

export default defineRule({
  id: 'cpp/no-path-traversal-stream',
  languages: ['cpp'],
  title: 'File stream or std::filesystem call on a path built from input',
  property: 'sandbox.fs',
  cwe: ['CWE-22', 'CWE-73'],
  severity: 'high',
  confidence: 'high',
  message: '{{WHAT}} accesses a path from {{WHY}} with no containment check',
  rationale:
    'std::ifstream, std::ofstream, std::filesystem and QFile open whatever path they are given; a path from input, or a base directory joined with input, escapes the intended directory with ../ or an absolute path and reads, overwrites or deletes arbitrary files (CWE-22).',
  safeAlternative: 'Reject names containing "/" or "..", or build the path, resolve it with std::filesystem::weakly_canonical and check that it still starts with the canonical base directory before opening it.',
  match: {
    rule: {
      any: [
        { kind: 'declaration', has: { field: 'type', regex: `^(?:${STREAM_TYPES})$` } },
        { kind: 'call_expression', has: { field: 'function', regex: `^(?:${FS_FUNCTIONS})$` } },
        { kind: 'call_expression', has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: '^(?:open|setFileName)$' } } },
      ],
    },
  },
  // every type of STREAM_TYPES and callee of FS_FUNCTIONS contains one of these; `open` and
  // `setFileName` count only on a variable declared with such a type
  requires: { words: ['fstream', 'filebuf', 'QFile', 'QDir', 'directory_iterator', 'filesystem::', 'fs::'] },
  check(node, ctx) {
    let paths: SgNode[] = []
    let what: string
    if (node.kind() === 'declaration') {
      what = node.field('type')?.text() ?? 'the stream'
      for (const d of node.namedChildren()) {
        if (d.kind() === 'init_declarator' || d.kind() === 'function_declarator') paths.push(...constructorArgs(d).slice(0, 1))
      }
    } else {
      const fn = node.field('function')!
      what = fn.text()
      const args = ctx.flow.callArguments(node)
      if (fn.kind() === 'field_expression') {
        const recv = fn.field('argument')?.text().replace(/\s+/g, '') ?? ''
        if (!/^\w+$/.test(recv)) return false
        const declared = new RegExp(`(?:${STREAM_TYPES})\\s*[*&]?\\s*${escapeStringRegexp(recv)}\\s*[;({=,]`)
        if (!declared.test(ctx.source)) return false
        what = `${recv}.${methodName(node)}`
        paths = args.slice(0, 1)
      } else paths = /rename|copy|symlink/.test(what) ? args.slice(0, 2) : args.slice(0, 1)
    }
    for (const p of paths) {
      const verdict = unsafePath(p, node, ctx)
      if (verdict) return { data: { WHAT: what, WHY: verdict.why } }
    }
    return false
  },
})
