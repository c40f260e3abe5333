import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { RUST_PATHS, unconfinedPath } from '../_utils/paths.js'

const TWO_PATHS = /(?:^|::)(?:copy|rename|hard_link|symlink)$/

export default defineRule({
  id: 'rust/no-path-traversal',
  languages: ['rust'],
  title: 'File access with an unconfined path',
  property: 'sandbox.fs',
  cwe: ['CWE-22', 'CWE-73'],
  severity: 'high',
  confidence: 'high',
  message: '{{F}} opens a path built from {{WHY}} without a containment check',
  rationale:
    'A path that carries `../` segments or an absolute path escapes the intended directory, so a request for `../../etc/shadow` or `/home/app/.ssh/id_rsa` reads, overwrites or deletes files the caller was never meant to reach (CWE-22).',
  safeAlternative:
    'Keep only the file name (`Path::new(&name).file_name()`), or canonicalize the joined path and require `resolved.starts_with(&base)` before opening it; reject names with `..` components.',
  match: {
    rule: {
      kind: 'call_expression',
      any: [
        {
          has: {
            field: 'function',
            kind: 'scoped_identifier',
            regex:
              '(?:^|::)(?:fs::(?:read|read_to_string|read_dir|write|remove_file|remove_dir|remove_dir_all|create_dir|create_dir_all|copy|rename|read_link|hard_link|set_permissions|symlink)|File::(?:open|create|create_new|options)|NamedFile::(?:open|open_async)|ServeFile::new|ServeDir::new)$',
          },
        },
        { has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: '^open$' } }, regex: '^(?:(?:std::|tokio::)?fs::)?OpenOptions::new\\(\\)' },
      ],
    },
  },
  check(node, ctx) {
    const callee = ctx.flow.calleeText(node)
    const args = ctx.flow.callArguments(node)
    const paths: SgNode[] = TWO_PATHS.test(callee) ? args.slice(0, 2) : args.slice(0, 1)
    for (const p of paths) {
      const why = unconfinedPath(p, node, ctx, RUST_PATHS)
      if (why) return { data: { F: callee.replace(/^.*\)\./, 'OpenOptions::…::'), WHY: why } }
    }
    return false
  },
})
