import { readFileSync } from 'node:fs'
import { parse } from '@ast-grep/napi'
import { ensureLanguagesRegistered, grammarFor } from '../../engine/languages.js'
import { ALL_RULES } from '../index.js'
ensureLanguagesRegistered()
const src = readFileSync(process.argv[2]!, 'utf8')
const root = parse(grammarFor('php'), src).root()
for (const r of ALL_RULES.filter((x) => x.languages.includes('php'))) {
  for (let i = 0; i < 10; i++) root.findAll(r.match)
  const t = performance.now()
  for (let i = 0; i < 100; i++) root.findAll(r.match)
  console.log(r.id.padEnd(45), ((performance.now() - t) / 100).toFixed(3))
}
