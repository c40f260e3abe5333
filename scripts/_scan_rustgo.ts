import { readFileSync } from 'node:fs'
import { scanSource } from '../src/verify/engine/engine.js'
import { ALL_RULES } from '../src/verify/rules/index.js'
const [lang, file] = process.argv.slice(2)
const src = readFileSync(file!, 'utf8')
scanSource(src, { language: lang as any, rules: ALL_RULES })
const t0 = performance.now()
const N = 5
let r
for (let i = 0; i < N; i++) r = scanSource(src, { language: lang as any, rules: ALL_RULES })
const ms = (performance.now() - t0) / N
for (const f of r!.findings) console.log(`${f.location.startLine}-${f.location.endLine} ${f.ruleId} ${f.message}`)
console.log(`syntax errors: ${r!.syntaxErrors.length}; ${src.split('\n').length} lines; ${ms.toFixed(1)} ms/scan`)
const per: Record<string, number> = {}
for (const rule of ALL_RULES.filter((x) => x.languages.includes(lang as any))) {
  const t = performance.now()
  for (let i = 0; i < N; i++) scanSource(src, { language: lang as any, rules: [rule] })
  per[rule.id] = (performance.now() - t) / N
}
console.log(Object.entries(per).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k}=${v.toFixed(2)}`).join(' '))
