import { defineRule } from '../../../engine/rule.js'
import { callName, receiver } from '../_utils/managed.js'

export default defineRule({
  id: 'java/no-native-library-load',
  languages: ['java'],
  title: 'Native library loaded',
  property: 'sandbox.native',
  cwe: ['CWE-111', 'CWE-114'],
  severity: 'medium',
  confidence: 'high',
  message: '{{CALL}} loads native code into the JVM',
  rationale:
    'A native library runs outside the JVM\'s memory safety and security checks: a bug in it corrupts memory, and a library path an attacker can influence (or a writable library directory) loads their code with the full rights of the process (CWE-111, CWE-114).',
  safeAlternative: 'Prefer a pure-Java implementation; if native code is unavoidable, load a single library by constant name from a read-only, integrity-checked location and keep it out of request paths.',
  match: {
    rule: {
      kind: 'method_invocation',
      has: { field: 'name', regex: '^(load|loadLibrary|getInstance|nativeLinker|libraryLookup|create|register)$' },
    },
  },
  // load/loadLibrary (on System, Runtime or Native), Native/NativeLibrary, and the foreign-function
  // entry points; the derived `getInstance`, `create` and `register` are everywhere
  requires: { words: ['load', 'Native', 'nativeLinker', 'libraryLookup', 'LibraryLoader'] },
  check(node) {
    const name = callName(node)
    const recv = receiver(node)?.text().replace(/\s+/g, '') ?? ''
    let ok = false
    if (/^(?:load|loadLibrary)$/.test(name)) ok = /^(?:java\.lang\.)?System$|getRuntime\(\)$|^(?:com\.sun\.jna\.)?Native$/.test(recv)
    else if (name === 'getInstance') ok = /^(?:com\.sun\.jna\.)?NativeLibrary$/.test(recv)
    else if (name === 'nativeLinker') ok = /^(?:java\.lang\.foreign\.)?Linker$/.test(recv)
    else if (name === 'libraryLookup') ok = /^(?:java\.lang\.foreign\.)?SymbolLookup$/.test(recv)
    else if (name === 'create') ok = /^(?:jnr\.ffi\.)?LibraryLoader$/.test(recv)
    else if (name === 'register') ok = /^(?:com\.sun\.jna\.)?Native$/.test(recv)
    if (!ok) return false
    return { data: { CALL: `${recv.replace(/^.*\./, '').replace(/\(\)$/, '')}.${name}` } }
  },
})
