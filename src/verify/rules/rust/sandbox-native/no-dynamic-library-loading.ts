import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'rust/no-dynamic-library-loading',
  languages: ['rust'],
  title: 'Native library loaded at run time',
  property: 'sandbox.native',
  cwe: ['CWE-114'],
  severity: 'high',
  confidence: 'high',
  message: '{{F}} loads a native library at run time',
  rationale:
    'A shared library loaded with `libloading` or `dlopen` runs its initialisers and any symbol called from it as native code with this process\'s privileges; whoever can place or name that file controls the process (CWE-114).',
  safeAlternative: 'Link the functionality statically through a reviewed crate, or implement plug-ins as separate processes or WebAssembly modules with a narrow interface.',
  match: {
    rule: {
      kind: 'call_expression',
      has: {
        field: 'function',
        kind: 'scoped_identifier',
        regex: '(?:^|::)(?:libloading::(?:Library::new|os::unix::Library::new|os::windows::Library::new|os::unix::Library::open)|Library::new|Library::open|libc::dlopen|dlopen|LoadLibraryA|LoadLibraryW|LoadLibraryExW|Container::load|Container::load_self)$',
      },
    },
  },
  check(node, ctx) {
    const callee = ctx.flow.calleeText(node)
    // `Library::new` is only libloading's when the file uses that crate.
    if (/^(?:\w+::)?Library::(?:new|open)$/.test(callee) && !/\blibloading\b/.test(ctx.source)) return false
    if (/Container::load/.test(callee) && !/\bdlopen2?\b/.test(ctx.source)) return false
    return { data: { F: callee } }
  },
})
