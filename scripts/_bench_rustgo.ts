import { readFileSync } from 'node:fs'
import { scanSource } from '../src/verify/engine/engine.js'
import { ALL_RULES } from '../src/verify/rules/index.js'
const [lang, file] = process.argv.slice(2)
const src = readFileSync(file!, 'utf8')
const rules = ALL_RULES.filter((r) => r.languages.includes(lang as any))
const best = (rs: typeof rules) => { let b = 1e9; for (let i = 0; i < 15; i++) { const t = performance.now(); scanSource(src, { language: lang as any, rules: rs }); b = Math.min(b, performance.now() - t) } return b }
console.log(`all ${rules.length} rules: best ${best(rules).toFixed(1)}ms; parse only ${best([]).toFixed(1)}ms`)
const per = rules.map((r) => [r.id, best([r])] as const).sort((a, b) => b[1] - a[1]).slice(0, 8)
console.log(per.map(([a, b]) => `${a}=${b.toFixed(1)}`).join(' '))
