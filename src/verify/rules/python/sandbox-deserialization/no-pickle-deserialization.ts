import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { callee, kwarg, positional, untrusted } from '../_utils/py.js'

const PICKLE_LIKE =
  /^(?:pickle|cPickle|_pickle|dill|cloudpickle|marshal|jsonpickle|joblib|pandas|pd|torch|numpy|np|shelve|keras\.models|tensorflow\.keras\.models)\.(?:loads|load|Unpickler|decode|read_pickle|open|load_model)$|^(?:pickle|cPickle|dill)\.Unpickler$/
const NAMES = /^(?:pickle|cPickle|_pickle|dill|cloudpickle|marshal|jsonpickle|shelve)\./

export default defineRule({
  id: 'python/no-pickle-deserialization',
  languages: ['python'],
  title: 'pickle-family deserialization of non-constant data',
  property: 'sandbox.deserialization',
  cwe: ['CWE-502'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} deserializes non-constant data into arbitrary objects',
  rationale:
    'pickle (and dill, marshal, shelve, jsonpickle, joblib, torch.load, pandas.read_pickle) rebuilds objects by calling whatever the stream names: a crafted payload runs os.system during loading, before any check of the result (CWE-502).',
  safeAlternative: 'Exchange data as JSON (json.loads) or another data-only format with a schema; if pickles must be accepted, sign them with hmac and verify before loading, and only load files the program wrote itself.',
  match: {
    rule: {
      kind: 'call',
      has: { field: 'function', regex: '^(?s:.*?\\.)?(?:loads|load|Unpickler|decode|read_pickle|open|load_model)$' },
    },
  },
  check(node, ctx) {
    const name = callee(ctx, node)
    if (!PICKLE_LIKE.test(name)) return false
    const method = name.split('.').at(-1)!
    const module = name.slice(0, -method.length - 1)
    if (method === 'decode' && module !== 'jsonpickle') return false
    if (method === 'open' && module !== 'shelve') return false
    if (method === 'read_pickle' && !/^(?:pandas|pd)$/.test(module)) return false
    if (/^(?:pandas|pd)$/.test(module) && method !== 'read_pickle') return false
    if (/^(?:numpy|np)$/.test(module)) {
      const allow = kwarg(node, 'allow_pickle')
      if (method !== 'load' || !allow || allow.kind() !== 'true') return false
    }
    if (module === 'torch') {
      if (method !== 'load') return false
      const wo = kwarg(node, 'weights_only')
      if (wo && wo.kind() === 'true') return false
    }
    if (/keras/.test(module)) {
      const safe = kwarg(node, 'safe_mode')
      if (method !== 'load_model' || !safe || safe.kind() !== 'false') return false
    }
    if (module === 'joblib' && method !== 'load') return false
    if (!NAMES.test(`${module}.`) && !/^(?:joblib|torch|numpy|np|pandas|pd|keras\.models|tensorflow\.keras\.models)$/.test(module)) return false
    const data: SgNode | null = positional(node)[0] ?? kwarg(node, 'data') ?? kwarg(node, 'file') ?? kwarg(node, 'filename') ?? kwarg(node, 'string') ?? kwarg(node, 'f')
    if (!data) return false
    if (module === 'shelve' || !untrusted(ctx, data)) {
      // shelve.open unpickles whatever the shelf file holds, whatever its name.
      if (module !== 'shelve') return false
    }
    return { data: { CALL: name } }
  },
})
