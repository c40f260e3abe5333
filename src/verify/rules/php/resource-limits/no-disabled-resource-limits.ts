import { defineRule } from '../../../engine/rule.js'
import { arg, FUNCTION_CALL, nameOf, stringValue } from '../_utils/php.js'

export default defineRule({
  id: 'php/no-disabled-resource-limits',
  languages: ['php'],
  title: 'PHP execution or memory limit removed',
  property: 'resource.limits',
  cwe: ['CWE-770'],
  severity: 'medium',
  confidence: 'high',
  message: '{{WHAT}} removes a PHP resource limit',
  rationale:
    'max_execution_time and memory_limit are what stop a runaway or attacker-driven request from holding a worker forever or exhausting the host memory; turning them off makes every expensive path a denial-of-service vector (CWE-770).',
  safeAlternative: "Keep the limits, or raise them to a finite value for the one job that needs it (set_time_limit(300); ini_set('memory_limit', '512M')).",
  // the three functions it checks
  requires: { words: ['set_time_limit', 'ini_set', 'ini_alter'], ignoreCase: true },
  match: { rule: FUNCTION_CALL },
  check(node, ctx) {
    const name = nameOf(ctx, node)
    if (name !== 'set_time_limit' && name !== 'ini_set' && name !== 'ini_alter') return false
    if (name === 'set_time_limit') {
      const v = stringValue(ctx, arg(node, 0, 'seconds'))
      return v !== undefined && Number(v) === 0 ? { data: { WHAT: 'set_time_limit(0)' } } : false
    }
    const option = stringValue(ctx, arg(node, 0, 'option'))
    const value = stringValue(ctx, arg(node, 1, 'value'))
    if (option === undefined || value === undefined) return false
    if (/^(?:max_execution_time|max_input_time)$/.test(option) && (Number(value) <= 0 || value.trim() === '')) return { data: { WHAT: `ini_set('${option}', '${value}')` } }
    if (option === 'memory_limit' && /^-1$/.test(value.trim())) return { data: { WHAT: `ini_set('memory_limit', '${value}')` } }
    if (/^pcre\.(?:backtrack_limit|recursion_limit)$/.test(option) && (Number(value) < 0 || Number(value) >= 1e9)) return { data: { WHAT: `ini_set('${option}', '${value}')` } }
    return false
  },
})
