/**
 * Scaffolds a rule: `npm run new-rule -- <language>/<rule-id> <property>`, e.g.
 * `npm run new-rule -- python/no-os-popen sandbox.process`. Writes the rule, its cases and
 * regenerates the rule index; fill in the matcher, metadata and cases, then run the tests.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { LanguageSchema, SecurityPropertySchema, cweIds } from '../src/core/properties.js'
import { RULES_DIR, renderIndex, ruleFiles } from '../src/verify/rules/rule-index.js'

const [id = '', propertyArg = ''] = process.argv.slice(2)
const [language = '', ruleId = ''] = id.split('/')
const lang = LanguageSchema.safeParse(language)
const property = SecurityPropertySchema.safeParse(propertyArg)
if (!lang.success || !/^(?:no|use)-[a-z0-9-]+$/.test(ruleId) || !property.success) {
  console.error('usage: npm run new-rule -- <language>/<no-|use-rule-id> <property>   e.g. python/no-os-popen sandbox.process')
  process.exitCode = 2
} else {
  const dir = join(RULES_DIR, lang.data, property.data.replace('.', '-'))
  const file = join(dir, `${ruleId}.ts`)
  if (existsSync(file)) {
    console.error(`${file} exists already`)
    process.exitCode = 2
  } else {
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      file,
      `import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: '${lang.data}/${ruleId}',
  languages: ['${lang.data}'],
  title: 'TODO: what is wrong, in a few words',
  property: '${property.data}',
  cwe: ${JSON.stringify(cweIds(property.data).slice(0, 1))},
  severity: 'high',
  confidence: 'medium',
  status: 'experimental',
  message: 'TODO: one line that stands alone; {{X}} is metavariable $X',
  rationale: 'TODO: why it matters: the risk, how it is exploited.',
  safeAlternative: 'TODO: what to write instead.',
  match: { rule: { pattern: 'TODO($X)' } },
  check(node, ctx) {
    const x = node.getMatch('X')
    return x !== null && ctx.flow.isUntrusted(x)
  },
})
`,
    )
    writeFileSync(
      join(dir, `${ruleId}.cases.ts`),
      `import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: ['TODO: the safe API', 'TODO: the call with a constant', 'TODO: the call in a comment or string'],
  invalid: [
    { code: 'TODO', line: 1 },
    { code: 'TODO', line: 1 },
    { code: 'TODO', line: 1 },
  ],
})
`,
    )
    writeFileSync(join(RULES_DIR, 'index.ts'), renderIndex(ruleFiles()))
    console.log(`wrote ${file} and its cases; run: npx vitest run src/verify/rules -t '${lang.data}/${property.data.replace('.', '-')}/${ruleId}'`)
  }
}
