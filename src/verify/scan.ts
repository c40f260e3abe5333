import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { InputError } from '../core/errors.js'
import type { LanguageId } from '../core/properties.js'
import type { SecurityReport } from '../core/report.js'
import { languageFromName, languageFromPath } from './engine/languages.js'
import type { Rule } from './engine/rule.js'
import { discoverFiles } from './input/discover.js'
import { fencedBlocks } from './input/fenced.js'
import { decodeSource, MAX_INPUT_BYTES, sizeError } from './input/read-input.js'
import { hashOf, unverifiedReport, verifySource, type VerifyOptions } from './verify.js'

/** One verified unit: a file, standard input, or a fenced block of a markdown file. */
export interface ScannedUnit {
  report: SecurityReport
  /** the source text, for code frames; absent when it could not be decoded */
  source?: string
  /** line of the markdown document where this unit's code starts (1 for whole files) */
  firstLine: number
}

export interface ScanPathsOptions {
  /** language for every input, overriding extensions (required for stdin) */
  language?: LanguageId
  rules?: readonly Rule[]
  maxBytes?: number
  onProgress?: (done: number, total: number) => void
}

const MARKDOWN = /\.(?:md|markdown|mdx)$/i
/** Fenced blocks that hold data or prose, not code to verify. */
const NOT_CODE = new Set(['text', 'txt', 'plaintext', 'json', 'jsonc', 'yaml', 'yml', 'toml', 'ini', 'csv', 'xml', 'output', 'diff', 'md', 'markdown', 'log'])

/** True for files a directory scan verifies: the ten languages by extension. */
export function isVerifiablePath(path: string): boolean {
  return languageFromPath(path) !== undefined
}

/**
 * Scans files and directories (recursively, honouring .gitignore). Every input yields at least one
 * report; input that cannot be verified yields an `unchecked` report with the reason.
 */
export async function scanPaths(paths: readonly string[], options: ScanPathsOptions = {}): Promise<{ units: ScannedUnit[]; problems: Array<{ path: string; code: string; message: string }> }> {
  const { files, problems } = await discoverFiles(paths, isVerifiablePath)
  const units: ScannedUnit[] = []
  let done = 0
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES
  for (const file of files) {
    // Refuse oversized files before reading them into memory.
    const tooLarge = sizeError((await stat(file.path)).size, file.path, maxBytes)
    if (tooLarge) units.push({ report: unverifiedReport(await hashFile(file.path), { language: options.language ?? languageFromPath(file.path), path: file.path }, tooLarge), firstLine: 1 })
    else units.push(...verifyInput(await readFile(file.path), file.path, options))
    options.onProgress?.(++done, files.length)
  }
  return { units, problems }
}

/**
 * Verifies one input's bytes: a source file, standard input, or a markdown document whose fenced
 * blocks are verified one by one with the language of their info string.
 */
export function verifyInput(bytes: Uint8Array, name: string, options: ScanPathsOptions = {}): ScannedUnit[] {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES
  const decoded = decodeSource(bytes, name, maxBytes)
  const base: VerifyOptions = { language: options.language ?? languageFromPath(name), path: name, ...(options.rules ? { rules: options.rules } : {}) }
  if (!decoded.ok) return [{ report: unverifiedReport(hashOf(bytes), base, decoded.error), firstLine: 1 }]
  if (!options.language && MARKDOWN.test(name)) return verifyMarkdown(decoded.text, name, options)
  return [{ report: verifySource(decoded.text, base), source: decoded.text, firstLine: 1 }]
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return `sha256:${hash.digest('hex')}`
}

function verifyMarkdown(markdown: string, name: string, options: ScanPathsOptions): ScannedUnit[] {
  const lines = markdown.split('\n')
  const units: ScannedUnit[] = []
  for (const block of fencedBlocks(markdown)) {
    const info = block.info?.toLowerCase()
    if (info && NOT_CODE.has(info)) continue
    if (block.code.trim() === '') continue
    const language = info ? languageFromName(info) : undefined
    const report = verifySource(block.code, { language, path: name, ...(options.rules ? { rules: options.rules } : {}) })
    const lineShift = block.firstLine - 1
    const byteShift = Buffer.byteLength(lines.slice(0, lineShift).join('\n') + (lineShift > 0 ? '\n' : ''), 'utf8')
    for (const f of report.findings) {
      f.location.startLine += lineShift
      f.location.endLine += lineShift
      f.location.startByte += byteShift
      f.location.endByte += byteShift
      if (f.fix) {
        f.fix.range.startByte += byteShift
        f.fix.range.endByte += byteShift
      }
    }
    if (!language) report.errors[0] = { code: 'VERIFY_LANGUAGE_UNKNOWN', message: `${name}:${block.firstLine}: the code block's language ${info ? `"${info}" is not one securegen verifies` : 'is not given'}; it was not verified. Label the fence with one of c, cpp, rust, go, java, python, javascript, typescript, csharp, php.` }
    units.push({ report, source: block.code, firstLine: block.firstLine })
  }
  if (units.length === 0) {
    const error = new InputError('INPUT_EMPTY', `${name} has no fenced code blocks to verify.`)
    units.push({ report: unverifiedReport(hashOf(markdown), { language: undefined, path: name }, error), firstLine: 1 })
  }
  return units
}
