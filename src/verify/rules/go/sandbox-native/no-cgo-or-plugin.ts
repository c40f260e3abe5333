import { defineRule } from '../../../engine/rule.js'
import { packageCall } from '../_utils/go.js'

/** import path → functions that load native code */
const LOADERS: Record<string, RegExp> = {
  plugin: /^Open$/,
  syscall: /^(?:LoadLibrary|LoadLibraryEx|LoadDLL|MustLoadDLL|NewLazyDLL)$/,
  'golang.org/x/sys/windows': /^(?:LoadLibrary|LoadLibraryEx|LoadDLL|MustLoadDLL|NewLazyDLL|NewLazySystemDLL|LoadLibraryEx)$/,
  'github.com/ebitengine/purego': /^(?:Dlopen)$/,
}

export default defineRule({
  id: 'go/no-cgo-or-plugin',
  languages: ['go'],
  title: 'cgo import or native library loading',
  property: 'sandbox.native',
  cwe: ['CWE-111', 'CWE-114'],
  severity: 'high',
  confidence: 'high',
  message: '{{WHAT}} runs native code outside Go\'s safety checks',
  rationale:
    '`import "C"` links C code into the binary and `plugin.Open` / `LoadLibrary` / `NewLazyDLL` load a shared library at run time; either way native code runs with this process\'s privileges and none of Go\'s memory or type safety, so a bug or a swapped library file takes over the process (CWE-111, CWE-114).',
  safeAlternative: 'Use a pure-Go package for the functionality, or run the native component as a separate process behind a narrow RPC interface.',
  match: {
    rule: {
      any: [
        { kind: 'import_spec', has: { kind: 'interpreted_string_literal', regex: '^"C"$' } },
        { kind: 'call_expression', has: { field: 'function', kind: 'selector_expression', has: { field: 'field', regex: '^(?:Open|LoadLibrary|LoadLibraryEx|LoadDLL|MustLoadDLL|NewLazyDLL|NewLazySystemDLL|Dlopen)$' } } },
      ],
    },
  },
  check(node, ctx) {
    if (node.kind() === 'import_spec') return { data: { WHAT: 'import "C" (cgo)' } }
    const pc = packageCall(node, ctx)
    if (!pc || !LOADERS[pc[0]]?.test(pc[1])) return false
    return { data: { WHAT: node.field('function')!.text() } }
  },
})
