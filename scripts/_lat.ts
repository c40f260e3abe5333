import { readFileSync, readdirSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { verifySource } from '../src/verify/verify.js'
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
for (const lang of ['c','cpp','rust','go','java','python','javascript','typescript','csharp','php'] as const) {
  const dir = `.bench/corpus/${lang}/`
  const src = readdirSync(dir).map(f => readFileSync(dir + f, 'utf8')).filter(s => s.split('\n').length >= 300)[0]!.split('\n').slice(0, 300).join('\n')
  for (let i = 0; i < 30; i++) verifySource(src, { language: lang })
  const t: number[] = []
  for (let i = 0; i < 200; i++) { const s = process.hrtime.bigint(); verifySource(src, { language: lang }); t.push(Number(process.hrtime.bigint() - s) / 1e6); if (i % 50 === 0) { gc(); await new Promise(r => setImmediate(r)) } }
  t.sort((a, b) => a - b)
  console.log(lang.padEnd(11), 'p50', t[100]!.toFixed(2), 'p99', t[198]!.toFixed(2))
}
