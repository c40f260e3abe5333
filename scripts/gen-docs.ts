/** Writes docs/rule-matrix.md and docs/rules.md from the rules' metadata. Tests fail while they are stale. */
import { writeFileSync } from 'node:fs'
import { LANGUAGE_IDS } from '../src/core/properties.js'
import { ALL_RULES } from '../src/verify/rules/index.js'
import { coverageMatrix, renderMatrix } from '../src/verify/rules/matrix.js'

const MATRIX_INTRO = `# Rule coverage

Rules per security property and language, printed by \`securegen rules --matrix\`. \`–\` marks a property
that does not apply to the language (it cannot express the hazard outside the escapes that other
properties cover); a count in parentheses is a rule beyond what applies. A test keeps this table current.

`
writeFileSync(new URL('../docs/rule-matrix.md', import.meta.url), `${MATRIX_INTRO}${renderMatrix(coverageMatrix(ALL_RULES))}\n`)

const lines = ['# Rules', '', 'Generated from each rule\'s metadata by `npm run docs`. See `docs/semantics.md` for what each property reports.', '']
for (const language of LANGUAGE_IDS) {
  const rules = ALL_RULES.filter((r) => r.languages[0] === language)
  if (!rules.length) continue
  lines.push(`## ${language}`, '')
  for (const r of rules) {
    const also = r.languages.length > 1 ? ` (also ${r.languages.slice(1).join(', ')})` : ''
    lines.push(`### \`${r.id}\`${also}`, '', `**${r.title}** — \`${r.property}\`, ${r.cwe.join(', ')}, severity ${r.severity}, confidence ${r.confidence}${r.fix ? `, ${r.fix.kind} fix` : ''}.`, '', r.rationale, '', `*Instead:* ${r.safeAlternative}`, '')
  }
}
writeFileSync(new URL('../docs/rules.md', import.meta.url), `${lines.join('\n')}\n`)
console.log(`wrote docs/rule-matrix.md and docs/rules.md (${ALL_RULES.length} rules)`)
