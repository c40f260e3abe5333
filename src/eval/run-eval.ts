/**
 * `npm run eval`: precision, recall and F1 of the rule packs on the labelled corpus, per language
 * and per property. The held-out half is the default and prints only aggregates, so rules are
 * never tuned on its individual files; `--split tuning --verbose` lists every miss and false alarm.
 */
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { LANGUAGE_IDS, LanguageSchema, PROPERTY_IDS, type LanguageId, type SecurityPropertyId } from '../core/properties.js'
import { verifySource } from '../verify/verify.js'
import { loadCorpus, metrics, scoreFile, type Counts, type FileOutcome, type Split } from './corpus.js'

export interface EvalResult {
  split: Split | 'all'
  files: number
  expectations: number
  overall: Counts
  byLanguage: Partial<Record<LanguageId, Counts>>
  byProperty: Partial<Record<SecurityPropertyId, Counts>>
  outcomes: FileOutcome[]
}

export const CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url))

/** Runs every rule on the corpus split and scores the findings against the annotations. */
export function evaluate(split: Split | 'all', language?: LanguageId, corpusDir = CORPUS_DIR): EvalResult {
  const files = loadCorpus(corpusDir, { ...(split === 'all' ? {} : { split }), ...(language ? { language } : {}) })
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 })
  const overall = zero()
  const byLanguage: EvalResult['byLanguage'] = {}
  const byProperty: EvalResult['byProperty'] = {}
  const outcomes: FileOutcome[] = []
  for (const file of files) {
    const report = verifySource(file.source, { language: file.language, path: file.path, capabilities: false })
    const outcome = scoreFile(file, report.findings)
    outcomes.push(outcome)
    const lang = (byLanguage[file.language] ??= zero())
    const add = (property: SecurityPropertyId, key: keyof Counts): void => {
      overall[key] += 1
      lang[key] += 1
      ;(byProperty[property] ??= zero())[key] += 1
    }
    for (const e of outcome.truePositives) add(e.property, 'tp')
    for (const e of outcome.falseNegatives) add(e.property, 'fn')
    for (const f of outcome.falsePositives) add(f.property, 'fp')
  }
  return { split, files: files.length, expectations: overall.tp + overall.fn, overall, byLanguage, byProperty, outcomes }
}

function row(name: string, c: Counts): string {
  const m = metrics(c)
  return `| ${name} | ${m.precision.toFixed(3)} | ${m.recall.toFixed(3)} | ${m.f1.toFixed(3)} | ${c.tp} | ${c.fp} | ${c.fn} |`
}

/** The result as markdown tables, as the README shows them. */
export function renderEval(result: EvalResult): string {
  const head = ['| | precision | recall | F1 | TP | FP | FN |', '|---|---:|---:|---:|---:|---:|---:|']
  const out = [`Split: ${result.split} — ${result.files} files, ${result.expectations} expected findings`, '', ...head, row('**all**', result.overall), '', '**Per language**', '', ...head]
  for (const language of LANGUAGE_IDS) {
    const c = result.byLanguage[language]
    if (c) out.push(row(language, c))
  }
  out.push('', '**Per property**', '', ...head)
  for (const property of PROPERTY_IDS) {
    const c = result.byProperty[property]
    if (c) out.push(row(`\`${property}\``, c))
  }
  return out.join('\n')
}

function main(): void {
  const { values } = parseArgs({
    options: {
      split: { type: 'string', default: 'heldout' },
      lang: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  })
  const split = values.split as Split | 'all'
  if (!['tuning', 'heldout', 'all'].includes(split)) throw new Error(`--split must be tuning, heldout or all, not "${split}"`)
  const language = values.lang === undefined ? undefined : LanguageSchema.parse(values.lang)
  if (values.verbose && split !== 'tuning') {
    process.stderr.write('eval: --verbose lists individual misses only for --split tuning; the held-out half stays aggregate so rules are not tuned on it.\n')
    process.exitCode = 2
    return
  }
  const result = evaluate(split, language)
  if (values.json) {
    const { outcomes: _outcomes, ...summary } = result
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`)
    return
  }
  process.stdout.write(`${renderEval(result)}\n`)
  if (values.verbose) {
    for (const o of result.outcomes) {
      for (const e of o.falseNegatives) process.stdout.write(`MISS ${o.file.path}:${e.line} ${e.property}\n`)
      for (const f of o.falsePositives) process.stdout.write(`FALSE ${o.file.path}:${f.line} ${f.property} (${f.ruleId})\n`)
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
