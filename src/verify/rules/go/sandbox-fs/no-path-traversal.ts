import { defineRule } from '../../../engine/rule.js'
import { GO_PATHS, unconfinedPath } from '../../rust/_utils/paths.js'
import { methodCall, packageCall } from '../_utils/go.js'

/** import path → function → indexes of its path arguments */
const PKG_SINKS: Record<string, Record<string, number[]>> = {
  os: {
    Open: [0], OpenFile: [0], Create: [0], CreateTemp: [0], ReadFile: [0], WriteFile: [0], Remove: [0], RemoveAll: [0], ReadDir: [0],
    Mkdir: [0], MkdirAll: [0], Rename: [0, 1], Truncate: [0], Chmod: [0], Chown: [0], Symlink: [0, 1], Link: [0, 1], DirFS: [0],
  },
  'io/ioutil': { ReadFile: [0], WriteFile: [0], ReadDir: [0] },
  'net/http': { ServeFile: [2] },
  'path/filepath': { Walk: [0], WalkDir: [0], Glob: [0] },
}
/** framework context methods (gin, echo, fiber) → path argument indexes */
const CTX_SINKS: Record<string, number[]> = { File: [0], FileAttachment: [0], SaveUploadedFile: [1], Attachment: [0], Inline: [0], SendFile: [0], Download: [0], SaveFile: [1] }

export default defineRule({
  id: 'go/no-path-traversal',
  languages: ['go'],
  title: 'File access with an unconfined path',
  property: 'sandbox.fs',
  cwe: ['CWE-22', 'CWE-73'],
  severity: 'high',
  confidence: 'high',
  message: '{{F}} uses a path built from {{WHY}} without a containment check',
  rationale:
    'A path that carries `../` segments or an absolute path escapes the intended directory, so a request for `../../etc/passwd` reads, overwrites or deletes files the caller was never meant to reach; `filepath.Join` cleans `..` but does not confine it (CWE-22).',
  safeAlternative:
    'Keep only the base name (`filepath.Base(name)`), check `filepath.IsLocal(name)` or `filepath.Rel(base, full)` before opening, or open through `os.OpenRoot(base)` (Go 1.24) so the path cannot leave the directory.',
  match: {
    rule: {
      kind: 'call_expression',
      has: {
        field: 'function',
        kind: 'selector_expression',
        has: { field: 'field', regex: `^(?:${[...new Set([...Object.values(PKG_SINKS).flatMap((m) => Object.keys(m)), ...Object.keys(CTX_SINKS)])].join('|')})$` },
      },
    },
  },
  check(node, ctx) {
    let indexes: number[] | undefined
    const pc = packageCall(node, ctx)
    if (pc) indexes = PKG_SINKS[pc[0]]?.[pc[1]]
    else {
      const m = methodCall(node, ctx)
      if (m && /^(?:c|ctx|context|e|echoCtx|gc)$/.test(m.recv.text())) indexes = CTX_SINKS[m.method]
    }
    if (!indexes) return false
    const args = ctx.flow.callArguments(node)
    for (const i of indexes) {
      const p = args[i]
      if (!p) continue
      const why = unconfinedPath(p, node, ctx, GO_PATHS)
      if (why) return { data: { F: node.field('function')!.text(), WHY: why } }
    }
    return false
  },
})
