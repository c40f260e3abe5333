import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { arg, callName, checkedBy, constantBase, CONTAINMENT_CHECKS, FUNCTION_CALL, looksLikeUrl, nameOf, NEW_EXPRESSION, reachingDefinitions, receiver, relatedNames, STATIC_CALL, taint } from '../_utils/php.js'

/** Sanitizers for file names: they cannot produce `/` or `..`. */
export const PATH_SANITIZERS = /^(?:basename|md5|sha1|hash|crc32|intval|uniqid|bin2hex|random_bytes|Str::uuid|Str::random|->hashName|->getClientOriginalExtension|->extension|->guessExtension)$/

/** File functions and the positions of their path arguments. */
const FUNCTIONS: Record<string, number[]> = {
  fopen: [0], file_get_contents: [0], file_put_contents: [0], readfile: [0], file: [0], unlink: [0], rmdir: [0], mkdir: [0],
  scandir: [0], opendir: [0], dir: [0], glob: [0], copy: [0, 1], rename: [0, 1], move_uploaded_file: [1], touch: [0],
  chmod: [0], chown: [0], chgrp: [0], parse_ini_file: [0], highlight_file: [0], show_source: [0], simplexml_load_file: [0],
  md5_file: [0], sha1_file: [0], hash_file: [1], symlink: [0, 1], link: [0, 1], gzopen: [0], gzfile: [0], readgzfile: [0],
  fpassthru: [], tempnam: [0], imagecreatefrompng: [0], imagecreatefromjpeg: [0], imagecreatefromgif: [0], getimagesize: [0],
  exif_read_data: [0], mime_content_type: [0], ftruncate: [], lchown: [0], realpath: [], finfo_file: [1], stream_get_contents: [],
  'new SplFileObject': [0], 'new BinaryFileResponse': [0], 'new StreamedResponse': [], 'new ZipArchive': [], 'new DirectoryIterator': [0], 'new RecursiveDirectoryIterator': [0], 'new FilesystemIterator': [0], 'new GlobIterator': [0],
}
const FACADE = /^(?:Storage|File)::|^\\?Illuminate\\Support\\Facades\\(?:Storage|File)::/
const FACADE_METHODS = /^(?:get|put|prepend|append|delete|download|readStream|writeStream|copy|move|files|allFiles|directories|makeDirectory|deleteDirectory|lines|json|sharedGet|response)$/

export function fileSinkPaths(ctx: RuleContext, node: SgNode): SgNode[] {
  const name = nameOf(ctx, node)
  const kind = node.kind()
  if (kind === 'function_call_expression' || kind === 'object_creation_expression') {
    const idx = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined
    if (!idx) return []
    return idx.map((i) => arg(node, i)).filter((a): a is SgNode => !!a)
  }
  const method = name.replace(/^->|^.*::/, '')
  if (!FACADE_METHODS.test(method) && !/^(?:download|file|move|storeAs|storePubliclyAs|extractTo|open)$/.test(method)) return []
  const calleeText = ctx.flow.calleeText(node).replace(/^\\/, '')
  if ((kind === 'scoped_call_expression' || kind === 'member_call_expression') && FACADE.test(calleeText) && FACADE_METHODS.test(method)) {
    const a = [arg(node, 0)]
    if (method === 'copy' || method === 'move') a.push(arg(node, 1))
    return a.filter((x): x is SgNode => !!x)
  }
  if (kind === 'member_call_expression') {
    const recvNode = receiver(node)
    let recv = recvNode?.text() ?? ''
    if (recvNode?.kind() === 'variable_name') for (const d of reachingDefinitions(ctx, recvNode).defs) recv += ` ${d.value?.text() ?? ''}`
    // response()->download($path) / ->file($path); $upload->move($dir, $name); ->storeAs($dir, $name)
    if (/^(?:download|file)$/.test(method) && /^response\(\)$/.test(recv.replace(/\s+/g, ''))) return [arg(node, 0)].filter((x): x is SgNode => !!x)
    if (/^(?:move|storeAs|storePubliclyAs)$/.test(method) && /file|upload|photo|image|avatar|attachment|document|\$_FILES/i.test(recv)) return [arg(node, 0), arg(node, 1)].filter((x): x is SgNode => !!x)
    if (/^(?:extractTo)$/.test(method)) return [arg(node, 0)].filter((x): x is SgNode => !!x)
    // Symfony AbstractController::file($path); ZipArchive::open($path)
    if (method === 'file' && recv === '$this') return [arg(node, 0)].filter((x): x is SgNode => !!x)
    if (method === 'open' && /zip/i.test(recv)) return [arg(node, 0)].filter((x): x is SgNode => !!x)
  }
  return []
}

export default defineRule({
  id: 'php/no-path-traversal',
  languages: ['php'],
  title: 'File path built from untrusted data',
  property: 'sandbox.fs',
  cwe: ['CWE-22'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} accesses a file whose path {{WHY}}',
  rationale:
    'A file name with ../ segments or an absolute path walks out of the intended directory: the attacker reads configuration and keys, or overwrites application files (CWE-22).',
  safeAlternative:
    "Reduce the name with basename(), or resolve it with realpath() and check that it starts with the base directory (str_starts_with($real, BASE . '/')) before opening it.",
  // the FUNCTIONS names (`file`, `dir`, `open`, `link`, `image` cover most), the Storage/File facades
  // and the upload and response methods of fileSinkPaths
  requires: { words: ['file', 'dir', 'open', 'link', 'glob', 'copy', 'rename', 'touch', 'chmod', 'chown', 'chgrp', 'show_source', 'tempnam', 'image', 'exif_read_data', 'mime_content_type', 'storage', 'download', 'move', 'store', 'extractTo'], ignoreCase: true },
  match: { rule: { any: [FUNCTION_CALL, NEW_EXPRESSION, STATIC_CALL, { kind: 'member_call_expression' }] } },
  check(node, ctx) {
    for (const path of fileSinkPaths(ctx, node)) {
      const why = traversal(ctx, node, path)
      if (why) return { data: { CALL: callName(node).replace(/^->/, ''), WHY: why } }
    }
    return false
  },
})

/** Why `path` at `sink` may leave its directory, or '' when it cannot. */
export function traversal(ctx: RuleContext, sink: SgNode, path: SgNode): string {
  const origin = taint(ctx, path, { sanitizers: PATH_SANITIZERS })
  if (!origin.external && !origin.parameter && !origin.unknown) return ''
  const base = constantBase(ctx, path)
  if (!origin.external && !base) return ''
  // file_get_contents($url) and fopen('https://…') are outbound requests: sandbox.net.
  if (/^(?:file_get_contents|fopen|file|readfile|simplexml_load_file|getimagesize|copy)$/.test(callName(sink)) && !base && looksLikeUrl(ctx, path)) return ''
  if (checkedBy(sink, relatedNames(ctx, path), new RegExp(CONTAINMENT_CHECKS))) return ''
  return origin.external ? 'derives from external input' : 'joins a constant directory with non-constant data'
}
