import { readFileSync, readdirSync } from 'node:fs'
import { scanSource } from '../src/verify/engine/engine.js'
import { inferCapabilities } from '../src/verify/capabilities/infer.js'
const lang = process.argv[2] as any
const dir = `.bench/corpus/${lang}/`
const src = readdirSync(dir).map(f => readFileSync(dir + f, 'utf8')).filter(s => s.split('\n').length >= 300)[0]!.split('\n').slice(0, 300).join('\n')
const r = scanSource(src, { language: lang, rules: [] })
for (let i = 0; i < 400; i++) { inferCapabilities({ ...r, flow: new (r.flow.constructor as any)(r.root, lang) }); if (i % 50 === 0) await new Promise(res => setImmediate(res)) }
