import { readFileSync } from 'node:fs'
import { parse } from '@ast-grep/napi'
import { DataFlow } from '../../engine/dataflow.js'
import { ensureLanguagesRegistered, grammarFor } from '../../engine/languages.js'
import { ALL_RULES } from '../index.js'
ensureLanguagesRegistered()
const rules = ALL_RULES.filter((r) => r.languages.includes('php'))
const files = process.argv.slice(2).map((f) => readFileSync(f, 'utf8'))
const match = new Map<string, number>()
const check = new Map<string, number>()
let parseT = 0
const N = 5
for (let iter = 0; iter < N; iter++) {
  for (const src of files) {
    const t = performance.now()
    const root = parse(grammarFor('php'), src).root()
    parseT += performance.now() - t
    const ctx = { language: 'php' as const, source: src, root, flow: new DataFlow(root, 'php') }
    for (const r of rules) {
      const t0 = performance.now()
      const ms = root.findAll(r.match)
      const t1 = performance.now()
      for (const m of ms) r.check?.(m, ctx)
      const t2 = performance.now()
      if (iter > 0) {
        match.set(r.id, (match.get(r.id) ?? 0) + t1 - t0)
        check.set(r.id, (check.get(r.id) ?? 0) + t2 - t1)
      }
    }
  }
}
const per = (x: number) => (x / (N - 1) / files.length).toFixed(3)
console.log('parse per file', (parseT / N / files.length).toFixed(3))
let tm = 0, tc = 0
for (const r of rules) { tm += match.get(r.id)!; tc += check.get(r.id)! }
console.log('total match per file', per(tm), 'check per file', per(tc))
for (const r of [...rules].sort((a, b) => match.get(b.id)! + check.get(b.id)! - match.get(a.id)! - check.get(a.id)!)) console.log(r.id.padEnd(45), 'match', per(match.get(r.id)!), 'check', per(check.get(r.id)!))
