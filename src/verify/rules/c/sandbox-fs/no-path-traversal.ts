import { defineRule } from '../../../engine/rule.js'
import { calleeName, callArgs, callWords, minimalWords } from '../_utils/c.js'
import { unsafePath } from '../_utils/paths.js'

/** File functions and the indexes of their path arguments. */
const PATH_AT: Record<string, number[]> = {
  fopen: [0],
  fopen64: [0],
  freopen: [0],
  fopen_s: [1],
  _wfopen: [0],
  open: [0],
  open64: [0],
  _open: [0],
  openat: [1],
  creat: [0],
  remove: [0],
  unlink: [0],
  unlinkat: [1],
  rmdir: [0],
  mkdir: [0],
  opendir: [0],
  scandir: [0],
  chmod: [0],
  chown: [0],
  lchown: [0],
  rename: [0, 1],
  renameat: [1, 3],
  truncate: [0],
  link: [0, 1],
  symlink: [1],
  readlink: [0],
  utime: [0],
  CreateFileA: [0],
  CreateFileW: [0],
  CreateFile: [0],
  DeleteFileA: [0],
  DeleteFileW: [0],
  DeleteFile: [0],
  CopyFileA: [0, 1],
  CopyFileW: [0, 1],
  MoveFileA: [0, 1],
  MoveFileW: [0, 1],
  g_file_get_contents: [0],
  g_file_set_contents: [0],
  g_fopen: [0],
  g_remove: [0],
  g_unlink: [0],
}

/** Callee endings that are also parts of common words (`create`, `opened`, `linked`, `removed`): looked for only as calls. */
const CALL_ONLY = ['open', 'creat', 'remove', 'link']

export default defineRule({
  id: 'c/no-path-traversal',
  languages: ['c', 'cpp'],
  title: 'File opened or deleted at a path built from input',
  property: 'sandbox.fs',
  cwe: ['CWE-22', 'CWE-73'],
  severity: 'high',
  confidence: 'high',
  message: '{{FN}} accesses a path from {{WHY}} with no containment check',
  rationale:
    'A path taken from input, or a base directory joined with input, reaches any file the process can access once the input contains ../ sequences or an absolute path: attackers read /etc/shadow or keys, overwrite configuration, or delete data (CWE-22, CWE-73).',
  safeAlternative: 'Accept only a plain file name (reject "/" and ".."), or resolve the joined path with realpath() and verify it still starts with the base directory before opening it.',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', regex: `^(?:::)?(?:std::)?(?:${Object.keys(PATH_AT).join('|')})$` },
    },
  },
  // the callee is one of PATH_AT's names, as written
  requires: { words: minimalWords([...callWords(CALL_ONLY), ...Object.keys(PATH_AT).filter((n) => !CALL_ONLY.some((c) => n.endsWith(c)))]) },
  check(node, ctx) {
    const args = callArgs(node, ctx)
    for (const i of PATH_AT[calleeName(node)] ?? []) {
      const path = args[i]
      if (!path) continue
      const verdict = unsafePath(path, node, ctx)
      if (verdict) return { data: { FN: calleeName(node), WHY: verdict.why } }
    }
    return false
  },
})
