import type { LanguageId } from '../../core/properties.js'
import { scanSource } from '../engine/engine.js'
import type { InvalidCase, Rule, RuleCases, ValidCase } from '../engine/rule.js'

export const MIN_CASES = 3

export interface CaseFailure {
  kind: 'valid' | 'invalid' | 'fix'
  language: LanguageId
  code: string
  problem: string
}

function languagesOf(rule: Rule, lang?: LanguageId): LanguageId[] {
  return lang ? [lang] : [...rule.languages]
}

/** Problems with a rule's case list itself: too few cases, duplicates, cases for other languages. */
export function caseListProblems(rule: Rule, cases: RuleCases): string[] {
  const problems: string[] = []
  if (cases.valid.length < MIN_CASES) problems.push(`needs at least ${MIN_CASES} valid cases, has ${cases.valid.length}`)
  if (cases.invalid.length < MIN_CASES) problems.push(`needs at least ${MIN_CASES} invalid cases, has ${cases.invalid.length}`)
  const codes = [...cases.valid, ...cases.invalid].map((c) => (typeof c === 'string' ? c : `${c.lang ?? ''}\0${c.code}`))
  const dup = codes.find((c, i) => codes.indexOf(c) !== i)
  if (dup !== undefined) problems.push(`duplicate case: ${JSON.stringify(dup.slice(0, 60))}`)
  for (const c of [...cases.valid, ...cases.invalid]) {
    if (typeof c !== 'string' && c.lang && !rule.languages.includes(c.lang)) problems.push(`case for ${c.lang}, which the rule does not run on`)
  }
  return problems
}

/** Runs one rule on its cases: valid code yields no finding, invalid code exactly one. */
export function runCases(rule: Rule, cases: RuleCases): CaseFailure[] {
  const failures: CaseFailure[] = []
  for (const raw of cases.valid) {
    const c: ValidCase = typeof raw === 'string' ? { code: raw } : raw
    for (const language of languagesOf(rule, c.lang)) {
      const { findings } = scanSource(c.code, { language, rules: [rule] })
      if (findings.length) failures.push({ kind: 'valid', language, code: c.code, problem: `expected no finding, got ${findings.length} at line ${findings.map((f) => f.location.startLine).join(', ')}` })
    }
  }
  for (const raw of cases.invalid) {
    const c: InvalidCase = typeof raw === 'string' ? { code: raw } : raw
    for (const language of languagesOf(rule, c.lang)) {
      const { findings } = scanSource(c.code, { language, rules: [rule] })
      if (findings.length !== 1) {
        failures.push({ kind: 'invalid', language, code: c.code, problem: `expected exactly 1 finding, got ${findings.length}${findings.length ? ` at lines ${findings.map((f) => f.location.startLine).join(', ')}` : ''}` })
        continue
      }
      const finding = findings[0]!
      if (c.line !== undefined && finding.location.startLine !== c.line) {
        failures.push({ kind: 'invalid', language, code: c.code, problem: `expected the finding on line ${c.line}, got line ${finding.location.startLine}` })
      }
      if (c.output !== undefined) {
        const fix = finding.fix
        if (!fix) {
          failures.push({ kind: 'fix', language, code: c.code, problem: 'expected a fix, the finding has none' })
          continue
        }
        const bytes = Buffer.from(c.code, 'utf8')
        const fixed = Buffer.concat([bytes.subarray(0, fix.range.startByte), Buffer.from(fix.replacement, 'utf8'), bytes.subarray(fix.range.endByte)]).toString('utf8')
        if (fixed !== c.output) failures.push({ kind: 'fix', language, code: c.code, problem: `fix produced ${JSON.stringify(fixed)}` })
        else if (scanSource(fixed, { language, rules: [rule] }).findings.length) failures.push({ kind: 'fix', language, code: c.code, problem: 'the fixed code is still reported' })
      }
    }
  }
  return failures
}

/** True when the case code parses without syntax errors in `language`. */
export function parsesCleanly(code: string, language: LanguageId): boolean {
  return scanSource(code, { language, rules: [] }).syntaxErrors.length === 0
}
