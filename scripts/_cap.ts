import { readFileSync, readdirSync } from 'node:fs'
import { scanSource } from '../src/verify/engine/engine.js'
import { inferCapabilities } from '../src/verify/capabilities/infer.js'
for (const lang of ['python', 'javascript', 'java', 'c'] as const) {
  const dir = `.bench/corpus/${lang}/`
  const src = readdirSync(dir).map(f => readFileSync(dir + f, 'utf8')).filter(s => s.split('\n').length >= 300)[0]!.split('\n').slice(0, 300).join('\n')
  const N = 50
  let s = process.cpuUsage()
  for (let i = 0; i < N; i++) scanSource(src, { language: lang, rules: [] })
  let d = process.cpuUsage(s); const base = (d.user + d.system) / 1e3 / N
  s = process.cpuUsage()
  for (let i = 0; i < N; i++) inferCapabilities(scanSource(src, { language: lang, rules: [] }))
  d = process.cpuUsage(s); const caps = (d.user + d.system) / 1e3 / N - base
  console.log(lang, 'parse+syntax', base.toFixed(2), 'capabilities', caps.toFixed(2))
}
