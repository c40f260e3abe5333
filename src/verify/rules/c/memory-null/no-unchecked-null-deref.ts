import { defineRule } from '../../../engine/rule.js'
import { uncheckedDereference } from '../_utils/nullness.js'

export default defineRule({
  id: 'c/no-unchecked-null-deref',
  languages: ['c', 'cpp'],
  title: 'Result of malloc/fopen/getenv dereferenced without a NULL check',
  property: 'memory.null',
  cwe: ['CWE-476', 'CWE-690'],
  severity: 'medium',
  confidence: 'high',
  message: 'the result of {{FN}} may be NULL and is dereferenced here without a check',
  rationale:
    'malloc, calloc, realloc and strdup return NULL when memory runs out, fopen when the file cannot be opened, getenv when the variable is unset; dereferencing that NULL crashes the process (a denial of service an attacker can trigger by exhausting memory or removing a file) and on some platforms writes to low addresses (CWE-476, CWE-690).',
  safeAlternative: 'Check the result before using it: if (p == NULL) { perror("malloc"); return -1; }.',
  match: {
    rule: {
      kind: 'call_expression',
      has: {
        field: 'function',
        regex: '^(?:::)?(?:std::)?(?:malloc|calloc|realloc|reallocarray|aligned_alloc|strdup|strndup|wcsdup|fopen|fdopen|freopen|tmpfile|popen|opendir|fdopendir|getenv|secure_getenv|getpwnam|getpwuid|getgrnam|localtime|gmtime|gethostbyname|mmap_or_null)$',
      },
    },
  },
  check(node, ctx) {
    const deref = uncheckedDereference(node, ctx)
    return deref ? { node: deref, data: { FN: node.field('function')!.text() } } : false
  },
})
