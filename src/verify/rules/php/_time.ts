import { readFileSync } from 'node:fs'
import { scanSource } from '../../engine/engine.js'
import { ALL_RULES } from '../index.js'
const rules = ALL_RULES.filter((r) => r.languages.includes('php'))
for (const f of process.argv.slice(2)) {
  const src = readFileSync(f, 'utf8')
  let best = Infinity, bestEmpty = Infinity
  for (let i = 0; i < 15; i++) {
    let t = performance.now(); scanSource(src, { language: 'php', rules }); best = Math.min(best, performance.now() - t)
    t = performance.now(); scanSource(src, { language: 'php', rules: [] }); bestEmpty = Math.min(bestEmpty, performance.now() - t)
  }
  console.log(f, 'lines', src.split('\n').length, 'all php rules', best.toFixed(2), 'ms; parse only', bestEmpty.toFixed(2))
}
