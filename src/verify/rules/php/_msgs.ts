import { readFileSync } from 'node:fs'
import { verifySource } from '../../verify.js'
const seen = new Set<string>()
for (const f of process.argv.slice(2)) {
  const r = verifySource(readFileSync(f, 'utf8'), { language: 'php', path: f, capabilities: false })
  for (const x of r.findings) if (!seen.has(x.ruleId)) { seen.add(x.ruleId); console.log(x.ruleId, '|', x.message) }
}
