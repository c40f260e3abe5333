/**
 * Which rules run on a real 300-line file of a language, with their prefilter and CPU cost:
 * `npx tsx scripts/rule-cost.ts <language> [file]`. Needs the bench corpus (scripts/bench-corpus.sh)
 * unless a file is given. For finding the rules that make verification slow.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { parse } from '@ast-grep/napi'
import { LanguageSchema } from '../src/core/properties.js'
import { asciiConfig } from '../src/verify/engine/ascii-regex.js'
import { DataFlow } from '../src/verify/engine/dataflow.js'
import { ensureLanguagesRegistered, grammarFor } from '../src/verify/engine/languages.js'
import { requiredWords } from '../src/verify/engine/prefilter.js'
import { ALL_RULES } from '../src/verify/rules/index.js'

ensureLanguagesRegistered()
const language = LanguageSchema.parse(process.argv[2])
const file = process.argv[3]
const dir = `.bench/corpus/${language}/`
const source = file
  ? readFileSync(file, 'utf8')
  : readdirSync(dir)
      .map((f) => readFileSync(dir + f, 'utf8'))
      .filter((s) => s.split('\n').length >= 300)[0]!
      .split('\n')
      .slice(0, 300)
      .join('\n')
const root = parse(grammarFor(language), source).root()
const RUNS = 30
const cpu = (f: () => void): number => {
  const start = process.cpuUsage()
  for (let i = 0; i < RUNS; i++) f()
  const d = process.cpuUsage(start)
  return (d.user + d.system) / 1e3 / RUNS
}
const rows = ALL_RULES.filter((r) => r.languages.includes(language)).map((rule) => {
  const derived = requiredWords(rule.match)
  const words = rule.requires?.words ?? derived
  const prefilter = rule.requires ? `declared: ${rule.requires.words.slice(0, 4).join(',')}` : derived ? `derived: ${derived.slice(0, 4).join(',')}` : 'NONE (always runs)'
  const text = rule.requires?.ignoreCase ? source.toLowerCase() : source
  const runs = !words || words.some((w) => text.includes(rule.requires?.ignoreCase ? w.toLowerCase() : w))
  if (!runs) return { id: rule.id, ms: 0, prefilter, runs }
  const config = asciiConfig(rule.match)
  const ms = cpu(() => {
    const flow = new DataFlow(root, language)
    for (const m of root.findAll(config)) rule.check?.(m, { language, source, root, flow })
  })
  return { id: rule.id, ms, prefilter, runs }
})
rows.sort((a, b) => b.ms - a.ms)
for (const r of rows) console.log(`${r.id.padEnd(52)} ${r.runs ? r.ms.toFixed(2).padStart(6) + ' ms' : ' skipped'}  ${r.prefilter}`)
console.log(`total ${rows.reduce((n, r) => n + r.ms, 0).toFixed(2)} ms for ${rows.filter((r) => r.runs).length} of ${rows.length} rules`)
