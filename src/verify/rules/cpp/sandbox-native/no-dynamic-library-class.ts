import { defineRule } from '../../../engine/rule.js'

const TYPES = '(?:boost::dll::|dll::)shared_library|QLibrary|QPluginLoader|(?:Poco::)?SharedLibrary|(?:Poco::)?ClassLoader<[^>]*>'

export default defineRule({
  id: 'cpp/no-dynamic-library-class',
  languages: ['cpp'],
  title: 'Shared library loaded through a C++ plugin API',
  property: 'sandbox.native',
  cwe: ['CWE-114', 'CWE-111'],
  severity: 'medium',
  confidence: 'high',
  message: '{{WHAT}} loads a shared library into the process at run time',
  rationale:
    'boost::dll, QLibrary, QPluginLoader and Poco::SharedLibrary map native code into the process and run it with full privileges; a replaced or attacker-chosen library file escapes every sandbox (CWE-114).',
  safeAlternative: 'Link the functionality at build time; if plugins are unavoidable, load only fixed absolute paths from a root-owned directory after verifying a signature.',
  match: {
    rule: {
      any: [
        { kind: 'declaration', has: { field: 'type', regex: `^(?:${TYPES})$` } },
        { kind: 'call_expression', has: { field: 'function', regex: `^(?:boost::dll::|dll::)(?:import|import_symbol|import_alias|import_mangled|shared_library)(?:<[\\s\\S]*>)?$|^(?:${TYPES})$|^QLibrary::resolve$` } },
        { kind: 'new_expression', has: { field: 'type', regex: `^(?:${TYPES})$` } },
      ],
    },
  },
  check(node) {
    const what = node.kind() === 'call_expression' ? (node.field('function')?.text() ?? '') : (node.field('type')?.text() ?? '')
    return { data: { WHAT: what } }
  },
})
