import { readFileSync, readdirSync } from 'node:fs'
import { scanSource } from '../src/verify/engine/engine.js'
import { CALL_KINDS } from '../src/verify/engine/flow-syntax.js'
import { kindsOf } from '../src/verify/engine/languages.js'
const lang = 'javascript'
const dir = `.bench/corpus/${lang}/`
const src = readdirSync(dir).map(f => readFileSync(dir + f, 'utf8')).filter(s => s.split('\n').length >= 300)[0]!.split('\n').slice(0, 300).join('\n')
const r = scanSource(src, { language: lang, rules: [] })
const kinds = kindsOf(r.root, 'JavaScript', CALL_KINDS)
const calls = r.root.findAll({ rule: { any: kinds.map(k => ({ kind: k })) } })
console.log('calls', calls.length)
const N = 50
const t = (f: () => void) => { const s = process.cpuUsage(); for (let i = 0; i < N; i++) f(); const d = process.cpuUsage(s); return ((d.user + d.system) / 1e3 / N).toFixed(3) }
console.log('findAll calls', t(() => r.root.findAll({ rule: { any: kinds.map(k => ({ kind: k })) } })))
console.log('calleeText uncached', t(() => { for (const c of calls) (r.flow as any).computeCalleeText(c) }))
console.log('field function text', t(() => { for (const c of calls) c.field('function')?.text() }))
console.log('id()', t(() => { for (const c of calls) c.id() }))
