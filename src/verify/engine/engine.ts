import { parse, type SgNode } from '@ast-grep/napi'
import type { LanguageId } from '../../core/properties.js'
import type { Finding, Fix, Location } from '../../core/finding.js'
import { compareFindings } from '../../core/finding.js'
import { asciiConfig } from './ascii-regex.js'
import { requiredWords, TrigramFilter } from './prefilter.js'
import { DataFlow } from './dataflow.js'
import { ensureLanguagesRegistered, grammarFor } from './languages.js'
import type { Rule, RuleContext, RuleHit } from './rule.js'
import { VERIFIER } from './verifier.js'

export interface SyntaxProblem {
  line: number
  column: number
  text: string
}

export interface ScanResult {
  language: LanguageId
  findings: Finding[]
  /** ERROR and MISSING nodes: where the parser could not read the code */
  syntaxErrors: SyntaxProblem[]
  /** rules that ran on this file */
  rulesRun: readonly Rule[]
  /** the parsed tree, for further analysis (capabilities) on the same parse */
  root: SgNode
  flow: DataFlow
}

export interface ScanOptions {
  language: LanguageId
  path?: string
  rules: readonly Rule[]
}

const SNIPPET_MAX = 200

/** Parses `source` once and runs every rule for its language on that tree. */
export function scanSource(source: string, options: ScanOptions): ScanResult {
  ensureLanguagesRegistered()
  const grammar = grammarFor(options.language, options.path)
  const root = parse(grammar, source).root()
  const flow = new DataFlow(root, options.language, grammar)
  const ctx: RuleContext = { language: options.language, source, root, flow }
  const rules = options.rules.filter((r) => r.languages.includes(options.language))
  const byteOffsets = new ByteOffsets(source)
  const findings: Finding[] = []
  const seen = new Set<string>()
  const has = wordLookup(source)
  for (const rule of rules) {
    // Skip rules whose words the file does not contain: they cannot match (see prefilter.ts).
    if (!mayMatch(rule, has)) continue
    for (const match of root.findAll(asciiConfig(rule.match))) {
      const verdict = rule.check ? rule.check(match, ctx) : true
      if (verdict === false) continue
      const hit: RuleHit = verdict === true ? {} : verdict
      const node = hit.node ?? match
      const key = `${rule.id}:${node.range().start.index}:${node.range().end.index}`
      if (seen.has(key)) continue
      seen.add(key)
      findings.push(toFinding(rule, match, node, hit, byteOffsets, options.path))
    }
  }
  findings.sort(compareFindings)
  releaseWhenIdle(grammar)
  return { language: options.language, findings, syntaxErrors: syntaxProblems(root, source), rulesRun: rules, root, flow }
}

let releaseScheduled = false

/**
 * The napi binding finalizes the node wrappers a garbage collection released at its next native
 * call, all at once: after a scavenge that call can take several milliseconds. A trivial parse in
 * the next turn of the event loop does that work while the process is idle, instead of inside the
 * next file's verification. At most one is pending; it never keeps the process alive.
 */
function releaseWhenIdle(grammar: string): void {
  if (releaseScheduled) return
  releaseScheduled = true
  setImmediate(() => {
    releaseScheduled = false
    parse(grammar, '')
  }).unref()
}

/** Whether the file contains a word. */
type WordLookup = (word: string, ignoreCase: boolean) => boolean

/**
 * Which rule words the file contains: a hashed-trigram pass over the text rules out almost every
 * absent word at once, and a substring search confirms the rest; each word is answered once per file.
 */
function wordLookup(source: string): WordLookup {
  const found = new Map<string, boolean>()
  let exact = false
  let lowered: string | undefined
  return (word, ignoreCase) => {
    const key = ignoreCase ? `\0${word}` : word
    let hit = found.get(key)
    if (hit === undefined) {
      if (ignoreCase) {
        if (lowered === undefined) LOWERED_TRIGRAMS.load((lowered = source.toLowerCase()))
        const w = word.toLowerCase()
        hit = LOWERED_TRIGRAMS.mayContain(w) && lowered.includes(w)
      } else {
        if (!exact) {
          EXACT_TRIGRAMS.load(source)
          exact = true
        }
        hit = EXACT_TRIGRAMS.mayContain(word) && source.includes(word)
      }
      found.set(key, hit)
    }
    return hit
  }
}

// One pair of filters for every scan: a scan reads them only while it runs, synchronously.
const EXACT_TRIGRAMS = new TrigramFilter()
const LOWERED_TRIGRAMS = new TrigramFilter()

/** False when the file lacks every word the rule needs, declared or derived from its matcher. */
function mayMatch(rule: Rule, has: WordLookup): boolean {
  if (rule.requires) return rule.requires.words.some((w) => has(w, rule.requires!.ignoreCase === true))
  const words = requiredWords(rule.match)
  return !words || words.some((w) => has(w, false))
}

function toFinding(rule: Rule, match: SgNode, node: SgNode, hit: RuleHit, bytes: ByteOffsets, path?: string): Finding {
  const range = node.range()
  const location: Location = {
    ...(path === undefined ? {} : { file: path }),
    startLine: range.start.line + 1,
    startColumn: range.start.column + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.column + 1,
    startByte: bytes.at(range.start.index),
    endByte: bytes.at(range.end.index),
  }
  const text = node.text()
  const finding: Finding = {
    ruleId: rule.id,
    title: rule.title,
    property: rule.property,
    cwe: [...rule.cwe],
    severity: rule.severity,
    confidence: hit.confidence ?? rule.confidence,
    location,
    message: interpolate(rule.message, match, hit.data),
    rationale: rule.rationale,
    safeAlternative: rule.safeAlternative,
    snippet: text.length > SNIPPET_MAX ? `${text.slice(0, SNIPPET_MAX)}…` : text,
    verifier: VERIFIER,
  }
  if (rule.fix) finding.fix = buildFix(rule, match, node, bytes)
  return finding
}

function buildFix(rule: Rule, match: SgNode, node: SgNode, bytes: ByteOffsets): Fix {
  const fix = rule.fix!
  const replacement = fix.template.replace(/\$\$\$([A-Z_][A-Z0-9_]*)|\$([A-Z_][A-Z0-9_]*)/g, (_all, multi: string | undefined, single: string | undefined) => {
    if (multi) return match.getMultipleMatches(multi).map((n) => n.text()).join('')
    return match.getMatch(single!)?.text() ?? ''
  })
  const range = node.range()
  return {
    kind: fix.kind,
    description: fix.description,
    replacement,
    range: { startByte: bytes.at(range.start.index), endByte: bytes.at(range.end.index) },
  }
}

function interpolate(message: string, match: SgNode, data?: Record<string, string>): string {
  return message.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_all, name: string) => {
    const value = data?.[name] ?? match.getMatch(name)?.text() ?? ''
    const oneLine = value.replace(/\s+/g, ' ')
    return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine
  })
}

function syntaxProblems(root: SgNode, source: string): SyntaxProblem[] {
  const problems: SyntaxProblem[] = []
  // MISSING nodes have no kind to match; they are the only zero-width nodes the grammars produce.
  for (const node of root.findAll({ rule: { any: [{ kind: 'ERROR' }, { regex: '^$' }] } })) {
    const r = node.range()
    // An ERROR node can span most of the file: take its first characters from the source, not its whole text.
    const text = r.start.index === r.end.index ? `missing ${String(node.kind())}` : source.slice(r.start.index, Math.min(r.end.index, r.start.index + 40))
    problems.push({ line: r.start.line + 1, column: r.start.column + 1, text })
  }
  return problems
}

/** Converts UTF-16 string indexes to UTF-8 byte offsets, fast for ASCII sources. */
class ByteOffsets {
  private readonly ascii: boolean
  constructor(private readonly source: string) {
    // eslint-disable-next-line no-control-regex
    this.ascii = !/[^\x00-\x7f]/.test(source)
  }
  at(index: number): number {
    return this.ascii ? index : Buffer.byteLength(this.source.slice(0, index), 'utf8')
  }
}

