import { readFileSync } from 'node:fs'
import { parse } from '@ast-grep/napi'
import { DataFlow } from '../../engine/dataflow.js'
import { ensureLanguagesRegistered, grammarFor } from '../../engine/languages.js'
import { ALL_RULES } from '../index.js'
ensureLanguagesRegistered()
const id = process.argv[3]!
const rule = ALL_RULES.find((r) => r.id === id)!
const src = readFileSync(process.argv[2]!, 'utf8')
for (let it = 0; it < 3; it++) {
  const root = parse(grammarFor('php'), src).root()
  const ctx = { language: 'php' as const, source: src, root, flow: new DataFlow(root, 'php') }
  const rows: [number, string][] = []
  for (const m of root.findAll(rule.match)) {
    const t = performance.now()
    rule.check?.(m, ctx)
    rows.push([performance.now() - t, `${m.range().start.line + 1}: ${m.text().slice(0, 60).replace(/\n/g, ' ')}`])
  }
  if (it === 2) for (const r of rows.sort((a, b) => b[0] - a[0]).slice(0, 8)) console.log(r[0].toFixed(3), r[1])
}
