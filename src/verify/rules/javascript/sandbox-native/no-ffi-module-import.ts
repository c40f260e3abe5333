import { defineRule } from '../../../engine/rule.js'

const FFI_MODULES = '(?:node:)?(?:ffi-napi|ffi|node-ffi|@makeomatic/ffi-napi|ffi-cross|koffi|ffi-rs|@napi-ffi/ffi-napi|bun:ffi|node-ffi-napi|bindings|node-gyp-build|@mapbox/node-pre-gyp|node-pre-gyp|nan)'
const SPEC = `^['"\`](?:${FFI_MODULES}|[^'"\`]*\\.node)['"\`]$`

export default defineRule({
  id: 'javascript/no-ffi-module-import',
  languages: ['javascript', 'typescript'],
  title: 'FFI module or native addon loaded',
  property: 'sandbox.native',
  cwe: ['CWE-111', 'CWE-114'],
  severity: 'high',
  confidence: 'high',
  message: '{{MODULE}} brings native code into the JavaScript process',
  rationale:
    'Native addons (.node files) and FFI libraries (ffi-napi, koffi, bun:ffi) run machine code inside the process with none of the memory or permission guarantees of JavaScript: a bug is memory corruption, and a swapped library file runs arbitrary code (CWE-111, CWE-114).',
  safeAlternative: 'Prefer a pure-JavaScript or WebAssembly implementation; if native code is unavoidable, depend on a reviewed, pinned package rather than loading libraries by path at run time.',
  match: {
    // SPEC once, as a utility rule: ast-grep compiles a regex for every place it appears.
    utils: { spec: { regex: SPEC } },
    rule: {
      any: [
        { kind: 'call_expression', all: [{ has: { field: 'function', regex: '^(?:require|module\\.require)$' } }, { has: { field: 'arguments', has: { kind: 'string', matches: 'spec', stopBy: 'end' } } }] },
        { kind: 'import_statement', has: { field: 'source', matches: 'spec' } },
        { kind: 'call_expression', has: { field: 'function', kind: 'import' }, all: [{ has: { field: 'arguments', has: { kind: 'string', matches: 'spec' } } }] },
      ],
    },
  },
  // The FFI_MODULES (`nan` as the whole specifier) and `.node` files of SPEC. Every ffi module ends in
  // `ffi` or has `ffi-` in it: `ffi` alone is in every `suffix`.
  requires: { words: ["ffi'", 'ffi"', 'ffi`', 'ffi-', 'bindings', 'gyp', "nan'", 'nan"', 'nan`', ".node'", '.node"', '.node`'] },
  check(node) {
    const text = node.kind() === 'import_statement' ? (node.field('source')?.text() ?? '') : (node.field('arguments')?.text() ?? '')
    const spec = /(['"`])([^'"`]*\.node|[^'"`]+)\1(?![\s\S]*\.node['"`])/.exec(text)
    return { data: { MODULE: spec ? spec[2]! : 'this module' } }
  },
})
