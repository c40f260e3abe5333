import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { nonConstant, shapeOf, textBefore } from '../../python/_utils/common.js'
import { args, callee, external, JS, prop, values } from '../_utils/js.js'

const FS_MODULE = '(?:fs|fs/promises|fs\\.promises|fs-extra|graceful-fs|fs-extra/esm)'
const ONE_PATH =
  'readFile|readFileSync|writeFile|writeFileSync|appendFile|appendFileSync|createReadStream|createWriteStream|unlink|unlinkSync|rm|rmSync|rmdir|rmdirSync|readdir|readdirSync|stat|statSync|lstat|lstatSync|open|openSync|opendir|opendirSync|mkdir|mkdirSync|chmod|chmodSync|chown|chownSync|truncate|truncateSync|readlink|readlinkSync|access|accessSync|utimes|utimesSync|remove|removeSync|outputFile|outputFileSync|readJson|readJsonSync|readJSON|writeJson|writeJsonSync|outputJson|emptyDir|emptyDirSync|ensureDir|ensureDirSync|ensureFile|mkdirp|mkdirs'
const TWO_PATHS = 'copyFile|copyFileSync|rename|renameSync|symlink|symlinkSync|link|linkSync|cp|cpSync|copy|copySync|move|moveSync'
const FS_ONE = new RegExp(`^${FS_MODULE}\\.(?:${ONE_PATH})$`)
const FS_TWO = new RegExp(`^${FS_MODULE}\\.(?:${TWO_PATHS})$`)
const OTHERS = /^(?:Bun\.file|Bun\.write|Deno\.(?:readTextFile|readTextFileSync|readFile|readFileSync|writeTextFile|writeTextFileSync|writeFile|writeFileSync|remove|removeSync|open|openSync|readDir|readDirSync|stat|mkdir|rename|copyFile))$/
/** Values without directory parts, or generated names. */
export const FS_SANITIZERS =
  /^(?:path\.basename|basename|path\.posix\.basename|path\.win32\.basename|sanitize|sanitizeFilename|sanitize-filename|filenamify|crypto\.randomUUID|randomUUID|uuid\.v4|uuidv4|v4|nanoid|Date\.now|parseInt|Number|crypto\.randomBytes\(.*\)\.toString|\w+\.digest)$|(?:^|\.)(?:digest|randomUUID)$/
const JOINS = /^(?:path\.(?:join|resolve|posix\.join|posix\.resolve|win32\.join)|join|resolve)$/

/**
 * The same names as the alternation `names`, with `x|xSync` folded into `(?:x)(?:Sync)?`: half the
 * literals, so the matcher's regex (compiled every time the rule runs) compiles in half the time.
 */
function foldSync(names: string): string {
  const all = new Set(names.split('|'))
  const both = [...all].filter((n) => !n.endsWith('Sync') && all.has(`${n}Sync`))
  const rest = [...all].filter((n) => !both.includes(n) && !(n.endsWith('Sync') && both.includes(n.slice(0, -4))))
  return `(?:${both.join('|')})(?:Sync)?|${rest.join('|')}`
}

function joinsConstantBase(ctx: RuleContext, p: SgNode, depth = 0): boolean {
  if (depth > 4) return false
  const nc = (n: SgNode): boolean => nonConstant(ctx, n, JS, { sanitizers: FS_SANITIZERS })
  for (const v of values(ctx, p)) {
    if (v.kind() === 'call_expression') {
      const name = callee(ctx, v)
      const a = args(ctx, v)
      if (JOINS.test(name) && a.length >= 2 && !nc(a[0]!) && a.slice(1).some(nc)) return true
      if (JOINS.test(name) && a.length >= 1 && joinsConstantBase(ctx, a[0]!, depth + 1)) return true
      continue
    }
    if (v.kind() === 'binary_expression' || v.kind() === 'template_string') {
      const s = shapeOf(ctx, v, JS)
      if (s.prefix.length > 0 && s.built && nc(v)) return true
    }
  }
  return false
}

export function hasContainmentCheck(ctx: RuleContext, node: SgNode): boolean {
  const before = textBefore(ctx, node)
  if (/\bisPathInside\s*\(|\bis-path-inside\b|\bisSubPath\w*\s*\(|\bisInside\w*\s*\(|\bisSafePath\s*\(/.test(before)) return true
  return /\b(?:resolve|realpath|realpathSync|normalize)\s*\(/.test(before) && /\.startsWith\s*\(|\brelative\s*\([^)]*\)[\s\S]{0,80}(?:startsWith\s*\(\s*['"]\.\.|isAbsolute)/.test(before)
}

export default defineRule({
  id: 'javascript/no-path-traversal',
  languages: ['javascript', 'typescript'],
  title: 'File accessed by a path from external input',
  property: 'sandbox.fs',
  cwe: ['CWE-22', 'CWE-73'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} accesses a path built from {{WHY}} without a containment check',
  rationale:
    'A file name such as ../../etc/passwd, or an absolute path (path.join and path.resolve keep it), escapes the intended directory: an attacker reads configuration and keys, overwrites code or deletes data anywhere the process can reach (CWE-22).',
  safeAlternative:
    'Reduce the name to path.basename(name), or resolve the joined path and check that it stays inside the base (const p = path.resolve(BASE, name); if (!p.startsWith(BASE + path.sep)) throw …); with Express use res.sendFile(name, { root: BASE }).',
  match: {
    rule: {
      any: [
        {
          kind: 'call_expression',
          has: { field: 'function', regex: `^(?s:.*?\\.)?(?:${foldSync(`${ONE_PATH}|${TWO_PATHS}|sendFile|download|file|write|readTextFile|readTextFileSync|writeTextFile|writeTextFileSync|readDir|readDirSync|remove|removeSync`)})$` },
        },
      ],
    },
  },
  // FS_ONE / FS_TWO name an fs module (imported or required by that name), OTHERS Bun or Deno.
  requires: { words: ['fs', 'Bun', 'Deno', 'sendFile', 'download'] },
  check(node, ctx) {
    const name = callee(ctx, node)
    const a = args(ctx, node)
    let paths: SgNode[]
    if (FS_ONE.test(name) || OTHERS.test(name)) paths = a.slice(0, 1)
    else if (FS_TWO.test(name)) paths = a.slice(0, 2)
    else if (/\.(?:sendFile|download)$/.test(name) && /(?:^|\.)(?:res|response|reply|ctx)\.(?:sendFile|download)$/.test(name)) {
      const opts = a.find((x, i) => i > 0 && x.kind() === 'object')
      if (prop(opts, 'root')) return false // send() checks containment under root
      paths = a.slice(0, 1)
    } else return false
    for (const p of paths) {
      if (p.kind() === 'number') continue
      const isExt = external(ctx, p, { sanitizers: FS_SANITIZERS, numericSanitizes: true })
      const joined = !isExt && joinsConstantBase(ctx, p)
      if (!isExt && !joined) continue
      if (hasContainmentCheck(ctx, node)) return false
      return { data: { CALL: name, WHY: isExt ? 'external input' : 'a constant base directory joined with non-constant data' } }
    }
    return false
  },
})
