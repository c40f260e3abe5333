import { defineRule } from '../../../engine/rule.js'
import { callee, kwarg, positional, untrusted } from '../_utils/py.js'

const SAFE_LOADERS = /(?:^|\.)(?:C?SafeLoader|C?BaseLoader)$/

export default defineRule({
  id: 'python/use-yaml-safe-load',
  languages: ['python'],
  title: 'yaml.load without SafeLoader on non-constant data',
  property: 'sandbox.deserialization',
  cwe: ['CWE-502'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} parses non-constant YAML with a loader that builds arbitrary Python objects',
  rationale:
    'PyYAML\'s unsafe loaders honour tags such as !!python/object/apply:os.system, so a YAML document runs code while it is parsed (CWE-502). yaml.load without Loader=SafeLoader and yaml.unsafe_load use them.',
  safeAlternative: 'Use yaml.safe_load(data) (or yaml.load(data, Loader=yaml.SafeLoader)); it only builds dicts, lists and scalars.',
  match: {
    rule: {
      any: [{ pattern: '$M.load($X)' }, { pattern: '$M.load($X, $$$R)' }, { pattern: '$M.unsafe_load($X)' }, { pattern: '$M.unsafe_load($X, $$$R)' }],
    },
  },
  // Only yaml.load and ruamel.yaml.load are reported: the callee or its import names yaml.
  requires: { words: ['yaml'] },
  check(node, ctx) {
    const name = callee(ctx, node)
    if (!/^(?:yaml|ruamel\.yaml)\.(?:load|unsafe_load)$/.test(name)) return false
    const data = positional(node)[0] ?? kwarg(node, 'stream')
    if (!data || !untrusted(ctx, data)) return false
    if (name.endsWith('.load')) {
      const loader = kwarg(node, 'Loader') ?? positional(node)[1]
      if (loader && SAFE_LOADERS.test(loader.text())) return false
    }
    return { data: { CALL: name } }
  },
  fix: { template: '$M.safe_load($X)', kind: 'safe', description: 'Parse with yaml.safe_load, which only builds plain data.' },
})
