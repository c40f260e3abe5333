import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { calleeText, nonConstant, shapeOf, textBefore } from '../_utils/common.js'
import { callee, external, kwarg, positional, PY, values } from '../_utils/py.js'

/** Function → indexes of its path arguments. */
const FUNCS: Record<string, number[]> = {}
const add = (idx: number[], ...names: string[]): void => names.forEach((n) => (FUNCS[n] = idx))
add([0], 'open', 'io.open', 'codecs.open', 'os.open', 'aiofiles.open', 'gzip.open', 'bz2.open', 'lzma.open', 'tarfile.open', 'zipfile.ZipFile', 'PIL.Image.open', 'Image.open')
add([0], 'os.remove', 'os.unlink', 'os.rmdir', 'os.removedirs', 'os.listdir', 'os.scandir', 'os.walk', 'os.stat', 'os.lstat', 'os.chmod', 'os.chown', 'os.makedirs', 'os.mkdir')
add([0], 'os.truncate', 'os.utime', 'os.readlink', 'os.mkfifo', 'glob.glob', 'glob.iglob', 'shutil.rmtree', 'shutil.make_archive', 'shutil.unpack_archive', 'shutil.disk_usage')
add([0, 1], 'os.rename', 'os.renames', 'os.replace', 'os.symlink', 'os.link', 'shutil.copy', 'shutil.copy2', 'shutil.copyfile', 'shutil.copytree', 'shutil.move', 'shutil.copymode', 'shutil.copystat')
add([0], 'aiofiles.os.remove', 'aiofiles.os.rename', 'numpy.load', 'numpy.save', 'np.load', 'np.save', 'pandas.read_csv', 'pd.read_csv', 'pandas.read_excel', 'pd.read_excel')
add([0], 'flask.send_file', 'send_file', 'fastapi.responses.FileResponse', 'starlette.responses.FileResponse', 'FileResponse', 'django.http.FileResponse')
/** Methods whose receiver is the path: `Path(p).read_text()`. */
const PATH_METHODS = /^(?:read_text|write_text|read_bytes|write_bytes|iterdir|touch|unlink|mkdir|rmdir|rglob|glob|open|rename|replace|chmod|symlink_to|hardlink_to|rmtree|copy|copytree|move)$/
/** Path constructors and joins: the first argument is the base. */
const JOINS = /^(?:os\.path\.join|posixpath\.join|ntpath\.join|pathlib\.(?:Pure)?(?:Posix|Windows)?Path|(?:Pure)?(?:Posix|Windows)?Path|werkzeug\.utils\.safe_join_never)$/

/** Values that cannot carry a traversal: a file name without directories, or generated names. */
export const FS_SANITIZERS =
  /^(?:os\.path\.basename|basename|posixpath\.basename|ntpath\.basename|secure_filename|werkzeug\.utils\.secure_filename|safe_join|werkzeug\.security\.safe_join|werkzeug\.utils\.safe_join|flask\.safe_join|uuid\.uuid\d|uuid\d|str\(uuid\.uuid\d\(\)\)|secrets\.token_\w+|\w+\.hexdigest|\w+\.strftime|time\.time|os\.getpid|int|len)$|(?:^|\.)(?:hexdigest|strftime|isoformat)$/

function isPathish(ctx: RuleContext, recv: SgNode): SgNode | null {
  for (const v of values(ctx, recv)) {
    if (v.kind() === 'call' && /^(?:pathlib\.)?(?:Pure)?(?:Posix|Windows)?Path$/.test(callee(ctx, v))) return v
    if (v.kind() === 'binary_operator' && v.field('operator')?.text() === '/') return v
    if (v.kind() === 'call' && /\.(?:joinpath|with_name|with_suffix|resolve|absolute)$/.test(calleeText(ctx, v))) return v
  }
  return null
}

/** True when the path joins a constant base with non-constant data. */
function joinsConstantBase(ctx: RuleContext, path: SgNode, depth = 0): boolean {
  if (depth > 4) return false
  const nc = (n: SgNode): boolean => nonConstant(ctx, n, PY, { sanitizers: FS_SANITIZERS })
  for (const v of values(ctx, path)) {
    const kind = v.kind()
    if (kind === 'call') {
      const name = callee(ctx, v)
      const args = positional(v)
      if (JOINS.test(name) && args.length >= 2 && !nc(args[0]!) && args.slice(1).some(nc)) return true
      if (JOINS.test(name) && args.length >= 1 && joinsConstantBase(ctx, args[0]!, depth + 1)) return true
      if (/\.joinpath$/.test(name)) {
        const recv = v.field('function')?.field('object')
        if (recv && !nc(recv) && args.some(nc)) return true
        if (recv && joinsConstantBase(ctx, recv, depth + 1)) return true
      }
      continue
    }
    if (kind === 'binary_operator') {
      const op = v.field('operator')?.text()
      const left = v.field('left')
      const right = v.field('right')
      if (!left || !right) continue
      if (op === '/') {
        if (joinsConstantBase(ctx, left, depth + 1)) return true
        if (!nc(left) && nc(right)) return true
        continue
      }
    }
    if (kind === 'binary_operator' || kind === 'string' || kind === 'call') {
      const s = shapeOf(ctx, v, PY)
      if (s.prefix.length > 0 && s.built && nc(v)) return true
    }
  }
  return false
}

/** `realpath`/`abspath`/`resolve` followed by a prefix check, before the access. */
export function hasContainmentCheck(ctx: RuleContext, node: SgNode): boolean {
  const before = textBefore(ctx, node)
  return /\b(?:realpath|abspath|resolve|normpath)\s*\(/.test(before) && /\.(?:startswith|is_relative_to|relative_to)\s*\(|\bcommonpath\s*\(|\bcommonprefix\s*\(/.test(before)
}

export default defineRule({
  id: 'python/no-path-traversal',
  languages: ['python'],
  title: 'File accessed by a path from external input',
  property: 'sandbox.fs',
  cwe: ['CWE-22', 'CWE-73'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} accesses a path built from {{WHY}} without a containment check',
  rationale:
    'A path that carries "../" segments or an absolute path escapes the intended directory: os.path.join("/srv/files", "/etc/passwd") is "/etc/passwd". An attacker reads secrets, overwrites code or deletes data anywhere the process can reach (CWE-22).',
  safeAlternative:
    'Reduce the name to os.path.basename / werkzeug secure_filename, or resolve the joined path (os.path.realpath) and check it stays under the base directory (startswith(base + os.sep) / Path.is_relative_to) before opening it; Flask has send_from_directory.',
  match: {
    rule: {
      kind: 'call',
      has: {
        field: 'function',
        regex:
          '^(?s:.*?\\.)?(?:open|ZipFile|remove|unlink|rmdir|removedirs|listdir|scandir|walk|stat|lstat|chmod|chown|makedirs|mkdir|truncate|utime|readlink|mkfifo|glob|iglob|rmtree|make_archive|unpack_archive|disk_usage|rename|renames|replace|symlink|link|copy|copy2|copyfile|copytree|move|copymode|copystat|load|save|read_csv|read_excel|send_file|FileResponse|read_text|write_text|read_bytes|write_bytes|iterdir|touch|rglob|symlink_to|hardlink_to)$',
      },
    },
  },
  check(node, ctx) {
    const name = callee(ctx, node)
    let paths: SgNode[] = []
    const idx = FUNCS[name]
    if (idx) {
      paths = idx.map((i) => positional(node)[i] ?? (i === 0 ? (kwarg(node, 'file') ?? kwarg(node, 'path') ?? kwarg(node, 'path_or_file') ?? kwarg(node, 'name') ?? kwarg(node, 'src')) : kwarg(node, 'dst'))).filter((p): p is SgNode => p !== null && p !== undefined)
    } else {
      const fn = node.field('function')
      const method = fn?.kind() === 'attribute' ? (fn.field('attribute')?.text() ?? '') : ''
      const recv = fn?.kind() === 'attribute' ? fn.field('object') : null
      if (method === 'save' && positional(node)[0]) paths = [positional(node)[0]!]
      else if (recv && PATH_METHODS.test(method)) {
        const p = isPathish(ctx, recv)
        if (p) paths = [recv]
      } else return false
    }
    for (const p of paths) {
      const isExt = external(ctx, p, { sanitizers: FS_SANITIZERS, numericSanitizes: true })
      const joined = !isExt && joinsConstantBase(ctx, p)
      if (!isExt && !joined) continue
      if (hasContainmentCheck(ctx, node)) return false
      return { data: { CALL: name, WHY: isExt ? 'external input' : 'a constant base directory joined with non-constant data' } }
    }
    return false
  },
})
