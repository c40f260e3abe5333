import { readFileSync } from 'node:fs'
import { scanSource } from '../../engine/engine.js'
import { ALL_RULES } from '../index.js'
const rules = ALL_RULES.filter((r) => r.languages.includes('php'))
const src = readFileSync(process.argv[2]!, 'utf8')
const min = (fn: () => void) => { let b = Infinity; for (let i = 0; i < 12; i++) { const t = performance.now(); fn(); b = Math.min(b, performance.now() - t) } return b }
const parse = min(() => scanSource(src, { language: 'php', rules: [] }))
const rows = rules.map((r) => [r.id, min(() => scanSource(src, { language: 'php', rules: [r] })) - parse] as const)
let tot = 0
for (const [id, t] of rows.sort((a, b) => b[1] - a[1])) { tot += t; console.log(id.padEnd(45), t.toFixed(2)) }
console.log('sum', tot.toFixed(2), 'parse', parse.toFixed(2))
