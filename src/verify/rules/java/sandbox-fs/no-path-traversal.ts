import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callName, declaredType, pathProblem, receiver, receiverType, resolve } from '../_utils/managed.js'

/** Values reduced to a bare file name (or replaced by a generated one) cannot leave the directory. */
const FS_SANITIZERS = /(?:^|\.)(?:getFileName|getName|getBaseName|FilenameUtils\.getName|FilenameUtils\.getBaseName|randomUUID|sanitize\w*|safeName|cleanPath|StringUtils\.cleanPath)$/i

const STREAM_TYPES = /^(?:FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile|ZipFile|JarFile|FileSystemResource|FileImageInputStream|FileImageOutputStream)$/
const NEEDS_PATH_ARG = /^(?:PrintWriter|PrintStream|Scanner|UrlResource|Formatter)$/
const FILES_METHODS =
  /^(?:readAllBytes|readString|readAllLines|lines|newInputStream|newOutputStream|newBufferedReader|newBufferedWriter|write|writeString|delete|deleteIfExists|copy|move|list|walk|find|newDirectoryStream|createFile|createDirectory|createDirectories|newByteChannel|walkFileTree|readSymbolicLink|createSymbolicLink|createLink|setPosixFilePermissions)$/
const FILEUTILS_METHODS =
  /^(?:readFileToString|readFileToByteArray|readLines|lineIterator|writeStringToFile|writeByteArrayToFile|writeLines|write|copyFile|copyDirectory|copyInputStreamToFile|copyToFile|moveFile|moveDirectory|deleteQuietly|forceDelete|deleteDirectory|cleanDirectory|openInputStream|openOutputStream|listFiles|iterateFiles|touch|forceMkdir)$/
const FILE_METHODS = /^(?:delete|deleteOnExit|listFiles|list|mkdir|mkdirs|createNewFile|renameTo|setReadable|setWritable|setExecutable)$/

function pathLike(arg: SgNode, ctx: RuleContext): boolean {
  const n = resolve(arg, ctx)
  const k = n.kind()
  if (k === 'object_creation_expression') return /^(?:java\.io\.)?File$/.test(n.field('type')?.text() ?? '')
  if (k === 'method_invocation') {
    return /^(?:get|of|resolve|resolveSibling|toPath|toFile|normalize|toAbsolutePath|getAbsoluteFile|getCanonicalFile|toRealPath)$/.test(callName(n)) && !/InputStream|Stream\b/.test(n.text())
  }
  if (k === 'string_literal' || k === 'binary_expression') return true
  const name = arg.kind() === 'identifier' ? arg.text() : undefined
  const type = name ? declaredType(name, arg, ctx) : undefined
  return type !== undefined && /^(?:java\.io\.File|File|Path|java\.nio\.file\.Path|String)$/.test(type)
}

/** The path expressions a matched access reads, with the call's display name. */
function accessed(node: SgNode, ctx: RuleContext): { call: string; paths: SgNode[] } | undefined {
  const name = callName(node)
  const a = args(node)
  if (node.kind() === 'object_creation_expression') {
    if (!a[0]) return undefined
    if (NEEDS_PATH_ARG.test(name)) {
      if (!pathLike(a[0], ctx)) return undefined
      if (name === 'Scanner' && resolve(a[0], ctx).kind() === 'string_literal') return undefined
      if (name === 'Scanner' && declaredType(a[0].text(), a[0], ctx) === 'String') return undefined
    }
    return { call: `new ${name}`, paths: [a[0]] }
  }
  const recv = receiver(node)
  const recvText = recv?.text().replace(/\s+/g, '') ?? ''
  if (/^(?:java\.nio\.file\.)?Files$/.test(recvText) && FILES_METHODS.test(name)) {
    const idx = name === 'copy' || name === 'move' || name === 'createSymbolicLink' || name === 'createLink' ? [0, 1] : [0]
    return { call: `Files.${name}`, paths: idx.map((i) => a[i]).filter((x): x is SgNode => x !== undefined && pathLike(x, ctx)) }
  }
  if (/^(?:org\.apache\.commons\.io\.)?FileUtils$/.test(recvText) && FILEUTILS_METHODS.test(name)) {
    const idx = /^(?:copyFile|copyDirectory|moveFile|moveDirectory)$/.test(name) ? [0, 1] : /^(?:copyInputStreamToFile|copyToFile)$/.test(name) ? [1] : [0]
    return { call: `FileUtils.${name}`, paths: idx.map((i) => a[i]).filter((x): x is SgNode => x !== undefined) }
  }
  if (name === 'getFile' && /(?:^|\.)ResourceUtils$/.test(recvText) && a[0]) return { call: 'ResourceUtils.getFile', paths: [a[0]] }
  if (/^(?:read|write|createImageInputStream)$/.test(name) && /(?:^|\.)ImageIO$/.test(recvText)) {
    const target = name === 'write' ? a[2] : a[0]
    return target && pathLike(target, ctx) ? { call: `ImageIO.${name}`, paths: [target] } : undefined
  }
  if (name === 'transferTo' && a.length === 1 && pathLike(a[0]!, ctx)) return { call: 'transferTo', paths: [a[0]!] }
  if (FILE_METHODS.test(name) && recv && a.length <= 1) {
    const type = receiverType(recv, ctx) ?? ''
    if (!/^(?:java\.io\.)?File$/.test(type) && !/\.toFile\(\)$/.test(recvText)) return undefined
    const paths = [recv]
    if (name === 'renameTo' && a[0]) paths.push(a[0])
    return { call: `File.${name}`, paths }
  }
  return undefined
}

export default defineRule({
  id: 'java/no-path-traversal',
  languages: ['java'],
  title: 'File accessed by a path from input or joined onto a base directory unchecked',
  property: 'sandbox.fs',
  cwe: ['CWE-22', 'CWE-73'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} accesses {{WHAT}} with no containment check',
  rationale:
    'A name such as ../../etc/passwd or an absolute path walks out of the intended directory: new File(base, name), Paths.get(base, name) and resolve() do not stop it, so the request reads, overwrites or deletes any file the process can reach (CWE-22, CWE-73).',
  safeAlternative:
    'Resolve and normalise, then check containment before the access: Path p = base.resolve(name).normalize(); if (!p.startsWith(base)) throw new SecurityException(); or keep only the file name (Paths.get(name).getFileName()).',
  match: {
    rule: {
      any: [
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^(java\\.io\\.)?(FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile|ZipFile|JarFile|FileSystemResource|FileImageInputStream|FileImageOutputStream|PrintWriter|PrintStream|Scanner|UrlResource|Formatter)$' } },
        {
          kind: 'method_invocation',
          has: {
            field: 'name',
            regex:
              '^(readAllBytes|readString|readAllLines|lines|newInputStream|newOutputStream|newBufferedReader|newBufferedWriter|write|writeString|delete|deleteIfExists|copy|move|list|walk|find|newDirectoryStream|createFile|createDirectory|createDirectories|newByteChannel|walkFileTree|readSymbolicLink|createSymbolicLink|createLink|setPosixFilePermissions|readFileToString|readFileToByteArray|readLines|lineIterator|writeStringToFile|writeByteArrayToFile|writeLines|copyFile|copyDirectory|copyInputStreamToFile|copyToFile|moveFile|moveDirectory|deleteQuietly|forceDelete|deleteDirectory|cleanDirectory|openInputStream|openOutputStream|listFiles|iterateFiles|touch|forceMkdir|getFile|read|createImageInputStream|transferTo|deleteOnExit|mkdir|mkdirs|createNewFile|renameTo|setReadable|setWritable|setExecutable)$',
          },
        },
      ],
    },
  },
  // accessed() needs a File… type or receiver (File, Files, FileUtils, a `….toFile()`), one of the
  // created NEEDS_PATH_ARG types, ResourceUtils, ImageIO or transferTo; `write`, `delete`, `copy` and
  // `list` alone are everywhere
  requires: { words: ['File', 'PrintWriter', 'PrintStream', 'Scanner', 'UrlResource', 'Formatter', 'ResourceUtils', 'ImageIO', 'transferTo'] },
  check(node, ctx) {
    const access = accessed(node, ctx)
    if (!access) return false
    if (node.kind() === 'object_creation_expression' && !STREAM_TYPES.test(callName(node)) && !NEEDS_PATH_ARG.test(callName(node))) return false
    for (const path of access.paths) {
      const what = pathProblem(node, path, ctx, FS_SANITIZERS)
      if (what) return { data: { CALL: access.call, WHAT: what } }
    }
    return false
  },
})
