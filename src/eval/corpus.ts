import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from '@ast-grep/napi'
import { LANGUAGE_IDS, PROPERTY_IDS, type LanguageId, type SecurityPropertyId } from '../core/properties.js'
import type { Finding } from '../core/finding.js'
import { ensureLanguagesRegistered, grammarFor, kindsOf, languageFromPath } from '../verify/engine/languages.js'

export type Split = 'tuning' | 'heldout'

export interface Expectation {
  line: number
  property: SecurityPropertyId
}

export interface CorpusFile {
  path: string
  language: LanguageId
  split: Split
  source: string
  expected: Expectation[]
  /** look-alikes marked `ok:`; a finding there is a false positive like any other */
  allowed: Expectation[]
}

const COMMENT_KINDS = ['comment', 'line_comment', 'block_comment']
const ANNOTATION = /^\s*(?:\/\/|#)\s*(expect|ok):\s*([a-z.\-, ]+?)\s*$/

/**
 * Reads the labelled corpus: `corpus/<language>/<split>/<file>`, each annotated with
 * `// expect: <property>` (or `# expect:`) on the line above every line that must be reported.
 * Annotations are read from the comment nodes the parser finds, never from strings.
 */
export function loadCorpus(root: string, filter: { split?: Split; language?: LanguageId } = {}): CorpusFile[] {
  ensureLanguagesRegistered()
  const files: CorpusFile[] = []
  for (const language of LANGUAGE_IDS) {
    if (filter.language && filter.language !== language) continue
    for (const split of ['tuning', 'heldout'] as const) {
      if (filter.split && filter.split !== split) continue
      const dir = join(root, language, split)
      let names: string[]
      try {
        names = readdirSync(dir).sort()
      } catch {
        continue
      }
      for (const name of names) {
        const path = join(dir, name)
        if (!statSync(path).isFile() || languageFromPath(name) !== language) continue
        const source = readFileSync(path, 'utf8')
        files.push({ path: relative(root, path), language, split, source, ...annotations(source, language, name) })
      }
    }
  }
  return files
}

function annotations(source: string, language: LanguageId, name: string): { expected: Expectation[]; allowed: Expectation[] } {
  const grammar = grammarFor(language, name)
  const root = parse(grammar, source).root()
  const lines = source.split('\n')
  const expected: Expectation[] = []
  const allowed: Expectation[] = []
  for (const comment of root.findAll({ rule: { any: kindsOf(root, grammar, COMMENT_KINDS).map((kind) => ({ kind })) } })) {
    const match = ANNOTATION.exec(comment.text())
    if (!match) continue
    const annotationLine = comment.range().start.line + 1
    // The annotated line is the next line that is not itself an annotation.
    let target = annotationLine + 1
    while (target <= lines.length && ANNOTATION.test(lines[target - 1] ?? '')) target += 1
    for (const raw of match[2]!.split(',')) {
      const property = raw.trim() as SecurityPropertyId
      if (!PROPERTY_IDS.includes(property)) throw new Error(`${name}:${annotationLine}: unknown property "${raw.trim()}" in annotation`)
      ;(match[1] === 'expect' ? expected : allowed).push({ line: target, property })
    }
  }
  return { expected, allowed }
}

export interface Counts {
  tp: number
  fp: number
  fn: number
}

export interface FileOutcome {
  file: CorpusFile
  truePositives: Expectation[]
  falseNegatives: Expectation[]
  falsePositives: Array<{ line: number; property: SecurityPropertyId; ruleId: string }>
}

/**
 * Scores one file's findings against its expectations. An expectation is found when a finding of
 * its property covers its line; each finding counts once per (property, first line).
 */
export function scoreFile(file: CorpusFile, findings: readonly Finding[]): FileOutcome {
  const covers = (f: Finding, e: Expectation): boolean => f.property === e.property && f.location.startLine <= e.line && e.line <= f.location.endLine
  const truePositives = file.expected.filter((e) => findings.some((f) => covers(f, e)))
  const falseNegatives = file.expected.filter((e) => !truePositives.includes(e))
  const seen = new Set<string>()
  const falsePositives: FileOutcome['falsePositives'] = []
  for (const f of findings) {
    const key = `${f.property}:${f.location.startLine}`
    if (seen.has(key)) continue
    seen.add(key)
    if (!file.expected.some((e) => covers(f, e))) falsePositives.push({ line: f.location.startLine, property: f.property, ruleId: f.ruleId })
  }
  return { file, truePositives, falseNegatives, falsePositives }
}

export function metrics(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}
