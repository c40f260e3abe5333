import { readFileSync } from 'node:fs'
import { scanSource } from '../src/verify/engine/engine.js'
import { ALL_RULES } from '../src/verify/rules/index.js'
const [lang, file, id] = process.argv.slice(2)
const src = readFileSync(file!, 'utf8')
const rule = ALL_RULES.find((r) => r.id === id)!
const noop = { ...rule, check: () => false }
for (const [name, r] of [['full', rule], ['match-only', noop]] as const) {
  scanSource(src, { language: lang as any, rules: [r] })
  const t = performance.now()
  for (let i = 0; i < 5; i++) scanSource(src, { language: lang as any, rules: [r] })
  console.log(name, ((performance.now() - t) / 5).toFixed(2))
}
const t = performance.now()
for (let i = 0; i < 5; i++) scanSource(src, { language: lang as any, rules: [] })
console.log('parse only', ((performance.now() - t) / 5).toFixed(2))
