import { readFileSync, readdirSync } from 'node:fs'
import { parse } from '@ast-grep/napi'
import { ensureLanguagesRegistered, grammarFor } from '../src/verify/engine/languages.js'
ensureLanguagesRegistered()
for (const lang of ['python', 'javascript', 'c'] as const) {
  const dir = `.bench/corpus/${lang}/`
  const src = readdirSync(dir).map(f => readFileSync(dir + f, 'utf8')).filter(s => s.split('\n').length >= 300)[0]!.split('\n').slice(0, 300).join('\n')
  const N = 50
  const t = (f: () => void) => { const s = process.cpuUsage(); for (let i = 0; i < N; i++) f(); const d = process.cpuUsage(s); return ((d.user + d.system) / 1e3 / N).toFixed(2) }
  const root = parse(grammarFor(lang), src).root()
  console.log(lang, 'parse', t(() => parse(grammarFor(lang), src)), 'ERROR', t(() => root.findAll({ rule: { kind: 'ERROR' } })), 'missing-regex', t(() => root.findAll({ rule: { regex: '^$' } })), 'has ERROR', t(() => root.find({ rule: { kind: 'ERROR' } })))
}
