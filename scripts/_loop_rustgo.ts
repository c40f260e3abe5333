import { readFileSync } from 'node:fs'
import { scanSource } from '../src/verify/engine/engine.js'
import { ALL_RULES } from '../src/verify/rules/index.js'
const [lang, file, id] = process.argv.slice(2)
const src = readFileSync(file!, 'utf8')
const rules = id ? ALL_RULES.filter((r) => r.id === id) : ALL_RULES
for (let i = 0; i < 60; i++) scanSource(src, { language: lang as any, rules })
