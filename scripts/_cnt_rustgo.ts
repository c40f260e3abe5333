import { readFileSync } from 'node:fs'
import { scanSource } from '../src/verify/engine/engine.js'
import { DataFlow } from '../src/verify/engine/dataflow.js'
import { ALL_RULES } from '../src/verify/rules/index.js'
const [lang, file] = process.argv.slice(2)
const src = readFileSync(file!, 'utf8')
const orig = DataFlow.prototype.origin
let n = 0, t = 0
DataFlow.prototype.origin = function (this: DataFlow, node: any, o?: any) { n++; const s = performance.now(); try { return orig.call(this, node, o) } finally { t += performance.now() - s } } as any
scanSource(src, { language: lang as any, rules: ALL_RULES })
n = 0; t = 0
const s = performance.now()
const r = scanSource(src, { language: lang as any, rules: ALL_RULES })
console.log(`total ${(performance.now() - s).toFixed(1)}ms, origin calls ${n} taking ${t.toFixed(1)}ms, findings ${r.findings.length}`)
for (const rule of ALL_RULES.filter((x) => x.languages.includes(lang as any))) {
  n = 0; t = 0
  const s2 = performance.now()
  scanSource(src, { language: lang as any, rules: [rule] })
  const tot = performance.now() - s2
  if (tot > 3) console.log(`${rule.id}: ${tot.toFixed(1)}ms origin ${n} calls ${t.toFixed(1)}ms`)
}
