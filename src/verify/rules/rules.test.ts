import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { renderIndex, ruleFiles } from './rule-index.js'
import { APPLICABLE_PROPERTIES, LANGUAGE_IDS, LanguageSchema, SecurityPropertySchema } from '../../core/properties.js'
import type { Rule, RuleCases } from '../engine/rule.js'
import { ALL_RULES } from './index.js'
import { caseListProblems, parsesCleanly, runCases } from './rule-tester.js'

const RULES_DIR = dirname(fileURLToPath(import.meta.url))
const files = ruleFiles()

async function load(file: string): Promise<{ rule: Rule; cases: RuleCases | undefined }> {
  const rule = ((await import(join(RULES_DIR, file))) as { default: Rule }).default
  const casesPath = join(RULES_DIR, file.replace(/\.ts$/, '.cases.ts'))
  const cases = existsSync(casesPath) ? ((await import(casesPath)) as { default: RuleCases }).default : undefined
  return { rule, cases }
}

describe('rule index', () => {
  it('is generated from the rule folders (run `npm run rules:index`)', () => {
    expect(readFileSync(join(RULES_DIR, 'index.ts'), 'utf8')).toBe(renderIndex(files))
  })

  it('has unique rule ids', () => {
    const ids = ALL_RULES.map((r) => r.id)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })

  it('covers every property in every language where it applies', () => {
    const missing: string[] = []
    for (const language of LANGUAGE_IDS) {
      for (const property of APPLICABLE_PROPERTIES[language]) {
        if (!ALL_RULES.some((r) => r.languages.includes(language) && r.property === property)) missing.push(`${language} × ${property}`)
      }
    }
    expect(missing).toEqual([])
  })
})

describe.each(files)('%s', (file) => {
  it('has complete metadata and an id that matches its file', async () => {
    const { rule } = await load(file)
    const [language, propertyDir] = file.split('/')
    expect(rule.id).toBe(`${language}/${basename(file, '.ts')}`)
    expect(rule.id).toMatch(/^[a-z]+\/(?:no|use)-[a-z0-9-]+$/)
    expect(LanguageSchema.safeParse(language).success).toBe(true)
    expect(rule.languages).toContain(language)
    expect(SecurityPropertySchema.safeParse(rule.property).success).toBe(true)
    expect(propertyDir).toBe(rule.property.replace('.', '-'))
    expect(rule.cwe.length).toBeGreaterThan(0)
    for (const cwe of rule.cwe) expect(cwe).toMatch(/^CWE-\d+$/)
    expect(rule.title.length).toBeGreaterThan(8)
    expect(rule.message.length).toBeGreaterThan(8)
    expect(rule.rationale.length).toBeGreaterThan(40)
    expect(rule.safeAlternative.length).toBeGreaterThan(15)
  })

  it('has its cases beside it, and they hold', async () => {
    const { rule, cases } = await load(file)
    expect(cases, `missing ${file.replace(/\.ts$/, '.cases.ts')}`).toBeDefined()
    expect(caseListProblems(rule, cases!)).toEqual([])
    const unparsable = [...cases!.valid, ...cases!.invalid]
      .map((c) => (typeof c === 'string' ? { code: c, lang: undefined } : c))
      .flatMap((c) => (c.lang ? [c.lang] : rule.languages).filter((l) => !parsesCleanly(c.code, l)).map((l) => `${l}: ${c.code.slice(0, 80)}`))
    expect(unparsable).toEqual([])
    expect(runCases(rule, cases!)).toEqual([])
  })
})
