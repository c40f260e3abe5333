import { readFileSync } from 'node:fs'
import { parse } from '@ast-grep/napi'
import { ensureLanguagesRegistered } from '../src/verify/engine/languages.js'
import { ALL_RULES } from '../src/verify/rules/index.js'
ensureLanguagesRegistered()
const [lang, file] = process.argv.slice(2)
const src = readFileSync(file!, 'utf8')
const root = parse(lang!, src).root()
const out: [string, number, number][] = []
for (const r of ALL_RULES.filter((x) => x.languages.includes(lang as any))) {
  root.findAll(r.match)
  let n = 0
  let best = 1e9
  for (let i = 0; i < 30; i++) { const t = performance.now(); n = root.findAll(r.match).length; best = Math.min(best, performance.now() - t) }
  out.push([r.id, best, n])
}
out.sort((a, b) => b[1] - a[1])
console.log(out.map(([a, b, n]) => `${a} ${b.toFixed(2)}ms (${n} matches)`).join('\n'))
console.log('total', out.reduce((s, x) => s + x[1], 0).toFixed(2))
