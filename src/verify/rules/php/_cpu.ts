import { readFileSync } from 'node:fs'
import { scanSource } from '../../engine/engine.js'
import { ALL_RULES } from '../index.js'
const rules = ALL_RULES.filter((r) => r.languages.includes('php'))
const src = readFileSync(process.argv[2]!, 'utf8')
for (let i = 0; i < 3; i++) scanSource(src, { language: 'php', rules })
