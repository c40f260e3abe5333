import { readFileSync } from 'node:fs'
import { verifySource } from '../../verify.js'
for (const f of process.argv.slice(2)) {
  const src = readFileSync(f, 'utf8')
  verifySource(src, { language: 'php', path: f, capabilities: false })
  const t0 = performance.now()
  const r = verifySource(src, { language: 'php', path: f, capabilities: false })
  const dt = performance.now() - t0
  console.log(`== ${f} (${dt.toFixed(1)} ms)`)
  const lines = src.split('\n')
  for (const x of r.findings) console.log(`  ${x.location.startLine} ${x.property} ${x.ruleId} | ${lines[x.location.startLine - 1]?.trim().slice(0, 90)}`)
}
