import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'c/no-unlimited-rlimit',
  languages: ['c', 'cpp'],
  title: 'Resource limit raised to RLIM_INFINITY',
  property: 'resource.limits',
  cwe: ['CWE-770', 'CWE-400'],
  severity: 'low',
  confidence: 'medium',
  message: 'a resource limit is set to RLIM_INFINITY, removing the cap the system would enforce',
  rationale:
    'Raising RLIMIT_AS, RLIMIT_DATA, RLIMIT_NPROC, RLIMIT_NOFILE or RLIMIT_CPU to unlimited removes the operating system\'s last line of defence: a bug or a hostile input that loops, forks or allocates now takes down the whole machine instead of this process (CWE-770).',
  safeAlternative: 'Keep finite limits; if a higher limit is needed, set a specific value sized for the workload (rl.rlim_cur = 1 << 30;).',
  match: {
    rule: {
      kind: 'identifier',
      regex: '^RLIM_INFINITY$',
      any: [
        { inside: { kind: 'assignment_expression', stopBy: 'neighbor', has: { field: 'left', regex: 'rlim_(?:cur|max)$' } } },
        { inside: { kind: 'initializer_list', stopBy: 'neighbor', inside: { kind: 'init_declarator', stopBy: 'neighbor', inside: { kind: 'declaration', stopBy: 'neighbor', regex: '^struct\\s+rlimit\\b' } } } },
        { inside: { kind: 'initializer_pair', stopBy: 'neighbor', regex: '^\\.rlim_(?:cur|max)' } },
      ],
    },
  },
})
