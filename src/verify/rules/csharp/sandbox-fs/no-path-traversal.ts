import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callName, declaredType, pathProblem, receiver, receiverType, resolve } from '../../java/_utils/managed.js'

const FS_SANITIZERS = /(?:^|\.)(?:GetFileName|GetFileNameWithoutExtension|GetRandomFileName|GetTempFileName|NewGuid|Sanitize\w*|SafeFileName|MakeSafe\w*)$/

const FILE_METHODS =
  /^(?:ReadAllText|ReadAllBytes|ReadAllLines|ReadLines|ReadAllTextAsync|ReadAllBytesAsync|ReadAllLinesAsync|ReadLinesAsync|WriteAllText|WriteAllBytes|WriteAllLines|WriteAllTextAsync|WriteAllBytesAsync|WriteAllLinesAsync|AppendAllText|AppendAllTextAsync|AppendAllLines|AppendAllLinesAsync|Delete|Open|OpenRead|OpenWrite|OpenText|Create|CreateText|AppendText|Copy|Move|Replace|SetAttributes|OpenHandle)$/
const DIRECTORY_METHODS = /^(?:GetFiles|EnumerateFiles|GetDirectories|EnumerateDirectories|GetFileSystemEntries|EnumerateFileSystemEntries|Delete|CreateDirectory|Move)$/
const INFO_METHODS = /^(?:Delete|OpenRead|OpenWrite|Open|OpenText|CreateText|AppendText|CopyTo|MoveTo|Create|GetFiles|EnumerateFiles|GetDirectories|EnumerateDirectories|Replace)$/

function pathLike(arg: SgNode, ctx: RuleContext): boolean {
  const n = resolve(arg, ctx)
  const k = n.kind()
  if (/string_literal|binary_expression|interpolated_string_expression/.test(String(k))) return true
  if (k === 'invocation_expression') return /^(?:Combine|Join|GetFullPath|GetTempPath|GetFileName|GetRandomFileName|ChangeExtension|ToString|Replace|Trim)$/.test(callName(n))
  if (k === 'object_creation_expression') return false
  const id = arg.kind() === 'identifier' ? arg.text() : undefined
  const type = id ? declaredType(id, arg, ctx) : undefined
  if (type) return /^(?:string|String)\??$/.test(type)
  return /path|file|name|dir|folder|location/i.test(arg.text()) && !/Stream|stream/.test(arg.text())
}

function accessed(node: SgNode, ctx: RuleContext): { call: string; paths: SgNode[] } | undefined {
  const name = callName(node)
  const a = args(node)
  if (node.kind() === 'object_creation_expression') {
    if (!a[0] || !pathLike(a[0], ctx)) return undefined
    return { call: `new ${name}`, paths: [a[0]] }
  }
  const recv = receiver(node)
  const recvText = recv?.text().replace(/\s+/g, '') ?? ''
  if (/^(?:System\.IO\.)?File$/.test(recvText) && FILE_METHODS.test(name)) {
    const idx = /^(?:Copy|Move|Replace)$/.test(name) ? [0, 1] : [0]
    return { call: `File.${name}`, paths: idx.map((i) => a[i]).filter((x): x is SgNode => x !== undefined) }
  }
  if (/^(?:System\.IO\.)?Directory$/.test(recvText) && DIRECTORY_METHODS.test(name)) {
    const idx = name === 'Move' ? [0, 1] : [0]
    return { call: `Directory.${name}`, paths: idx.map((i) => a[i]).filter((x): x is SgNode => x !== undefined) }
  }
  if (name === 'PhysicalFile' && a[0]) return { call: 'PhysicalFile', paths: [a[0]] }
  if (/^(?:System\.IO\.Compression\.)?ZipFile$/.test(recvText) && /^(?:CreateFromDirectory|ExtractToDirectory|Open|OpenRead)$/.test(name)) {
    const idx = /^(?:CreateFromDirectory|ExtractToDirectory)$/.test(name) ? [0, 1] : [0]
    return { call: `ZipFile.${name}`, paths: idx.map((i) => a[i]).filter((x): x is SgNode => x !== undefined) }
  }
  if (name === 'ExtractToFile' && a[0]) return { call: 'ExtractToFile', paths: [a[0]] }
  if (INFO_METHODS.test(name) && recv && /\b(?:FileInfo|DirectoryInfo)\b/.test(ctx.source)) {
    const type = receiverType(recv, ctx) ?? ''
    if (!/^(?:System\.IO\.)?(?:FileInfo|DirectoryInfo)$/.test(type)) return undefined
    const made = resolve(recv, ctx)
    const src = made.kind() === 'object_creation_expression' ? args(made)[0] : undefined
    const paths = src ? [src] : []
    if (/^(?:CopyTo|MoveTo)$/.test(name) && a[0]) paths.push(a[0])
    return paths.length ? { call: `${type.replace(/^.*\./, '')}.${name}`, paths } : undefined
  }
  return undefined
}

export default defineRule({
  id: 'csharp/no-path-traversal',
  languages: ['csharp'],
  title: 'File accessed by a path from input or joined onto a base directory unchecked',
  property: 'sandbox.fs',
  cwe: ['CWE-22', 'CWE-73'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} accesses {{WHAT}} with no containment check',
  rationale:
    'Path.Combine(baseDir, name) does not confine anything: "..\\..\\web.config" walks out of the directory and an absolute name replaces the base entirely, so the request reads, overwrites or deletes any file the process can reach (CWE-22, CWE-73).',
  safeAlternative:
    'Keep only the file name (Path.GetFileName(name)) or check containment before the access: var full = Path.GetFullPath(Path.Combine(root, name)); if (!full.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar)) return BadRequest();',
  match: {
    rule: {
      any: [
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^(System\\.IO\\.)?(FileStream|StreamReader|StreamWriter|BinaryReader|BinaryWriter)$' } },
        {
          kind: 'invocation_expression',
          has: {
            field: 'function',
            regex:
              '(^|\\.)(ReadAllText|ReadAllBytes|ReadAllLines|ReadLines|ReadAllTextAsync|ReadAllBytesAsync|ReadAllLinesAsync|ReadLinesAsync|WriteAllText|WriteAllBytes|WriteAllLines|WriteAllTextAsync|WriteAllBytesAsync|WriteAllLinesAsync|AppendAllText|AppendAllTextAsync|AppendAllLines|AppendAllLinesAsync|Delete|Open|OpenRead|OpenWrite|OpenText|Create|CreateText|AppendText|Copy|Move|Replace|SetAttributes|OpenHandle|GetFiles|EnumerateFiles|GetDirectories|EnumerateDirectories|GetFileSystemEntries|EnumerateFileSystemEntries|CreateDirectory|PhysicalFile|CopyTo|MoveTo|CreateFromDirectory|ExtractToDirectory|ExtractToFile)$',
          },
        },
      ],
    },
  },
  // accessed() needs a File/Directory/ZipFile receiver, a FileInfo/DirectoryInfo in the file,
  // PhysicalFile/ExtractToFile, or one of the created reader/writer types; the method names alone
  // (`Create`, `Delete`, `Open`, `Replace`) are everywhere
  requires: { words: ['File', 'Directory', 'StreamReader', 'StreamWriter', 'BinaryReader', 'BinaryWriter'] },
  check(node, ctx) {
    const access = accessed(node, ctx)
    if (!access) return false
    for (const path of access.paths) {
      const what = pathProblem(node, path, ctx, FS_SANITIZERS)
      if (what) return { data: { CALL: access.call, WHAT: what } }
    }
    return false
  },
})
