import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { allowListed, dataNames } from '../_utils/common.js'
import { callee, kwarg, positional, PY, untrusted } from '../_utils/py.js'

/** Loader → index of the argument that names the code (module name or file path). */
const LOADERS: Record<string, number> = {
  'importlib.import_module': 0,
  __import__: 0,
  'importlib.__import__': 0,
  'builtins.__import__': 0,
  'imp.load_source': 1,
  'imp.load_module': 0,
  'imp.load_compiled': 1,
  'imp.find_module': 0,
  'importlib.util.spec_from_file_location': 1,
  'importlib.machinery.SourceFileLoader': 1,
  'importlib.machinery.SourcelessFileLoader': 1,
  'runpy.run_path': 0,
  'runpy.run_module': 0,
  'pydoc.locate': 0,
  'zipimport.zipimporter': 0,
}

export default defineRule({
  id: 'python/no-dynamic-import',
  languages: ['python'],
  title: 'Module or file loaded as code by a non-constant name',
  property: 'sandbox.dynamic-code',
  cwe: ['CWE-94', 'CWE-470'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} loads code whose name or path is non-constant',
  rationale:
    'Importing a module runs its top-level code. When the name or path comes from data, an attacker picks which code runs: any installed module with side effects, or a file they uploaded (CWE-94, CWE-470).',
  safeAlternative: 'Map the allowed names to modules with a constant dict ({"csv": csv_exporter}) or check the name against a constant allow-list before importing it.',
  match: {
    rule: {
      kind: 'call',
      has: { field: 'function', regex: '^(?s:.*?\\.)?(?:import_module|__import__|load_source|load_module|load_compiled|find_module|spec_from_file_location|SourceFileLoader|SourcelessFileLoader|run_path|run_module|locate|zipimporter)$' },
    },
  },
  check(node, ctx) {
    const name = callee(ctx, node)
    const index = LOADERS[name]
    if (index === undefined) return false
    const target: SgNode | undefined | null = positional(node)[index] ?? kwarg(node, index === 0 ? 'name' : 'location') ?? kwarg(node, 'path') ?? kwarg(node, 'mod_name')
    if (!target || !untrusted(ctx, target)) return false
    if (allowListed(ctx, node, dataNames(ctx, target, PY))) return false
    return { data: { CALL: name } }
  },
})
