import { readFileSync, writeFileSync } from 'node:fs'
import { scanSource } from '../../engine/engine.js'
import { ALL_RULES } from '../index.js'
const rules = ALL_RULES.filter((r) => r.languages.includes('php'))
const files = readFileSync(0, 'utf8').split('\n').filter(Boolean)
const counts = new Map<string, number>()
const samples: string[] = []
let errors = 0, lines = 0, time = 0
for (const f of files) {
  let src: string
  try { src = readFileSync(f, 'utf8') } catch { continue }
  if (src.length > 400000) continue
  lines += src.split('\n').length
  for (const r of rules) {
    try {
      const t = performance.now()
      const res = scanSource(src, { language: 'php', rules: [r] })
      time += performance.now() - t
      for (const x of res.findings) {
        counts.set(r.id, (counts.get(r.id) ?? 0) + 1)
        samples.push(`${r.id}\t${f}:${x.location.startLine}\t${src.split('\n')[x.location.startLine - 1]?.trim().slice(0, 140)}`)
      }
    } catch (e) {
      errors++
      console.log('ERROR', r.id, f, String(e).slice(0, 300))
    }
  }
}
console.log('files', files.length, 'lines', lines, 'errors', errors, 'ms', time.toFixed(0))
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(k, v)
writeFileSync('/tmp/robust_samples.txt', samples.join('\n'))
