import { createHash } from 'node:crypto'
import type { InputError } from '../core/errors.js'
import type { CapabilityManifest } from '../core/capability.js'
import { APPLICABLE_PROPERTIES, PROPERTY_IDS, type LanguageId, type SecurityPropertyId } from '../core/properties.js'
import type { PropertyStatus, SecurityReport } from '../core/report.js'
import { inferCapabilities } from './capabilities/infer.js'
import { scanSource, type ScanResult } from './engine/engine.js'
import { LANGUAGES } from './engine/languages.js'
import type { Rule } from './engine/rule.js'
import { SECUREGEN_VERSION, VERIFIER } from './engine/verifier.js'
import { ALL_RULES } from './rules/index.js'
import { decodeSource } from './input/read-input.js'

export interface VerifyOptions {
  language: LanguageId | undefined
  path?: string
  rules?: readonly Rule[]
  /** infer the capability manifest from the same tree (cheap; on by default) */
  capabilities?: boolean
}

/**
 * Verifies one piece of source code and returns its ANRF security report. Never throws for
 * bad code: an unknown language or unparsable regions leave properties `unchecked`.
 * @example verifySource('import os\nos.system(cmd)', { language: 'python' }).findings
 */
export function verifySource(source: string, options: VerifyOptions): SecurityReport {
  const contentHash = hashOf(source)
  if (!options.language) {
    return uncheckedReport(contentHash, options.path, null, {
      code: 'VERIFY_LANGUAGE_UNKNOWN',
      message: `Cannot tell the language of ${options.path ?? 'the input'}. Pass --lang (one of ${Object.keys(LANGUAGES).join(', ')}) or use a known file extension.`,
    })
  }
  const result = scanSource(source, { language: options.language, rules: options.rules ?? ALL_RULES, ...(options.path === undefined ? {} : { path: options.path }) })
  const capabilities = options.capabilities === false ? null : inferCapabilities(result)
  return reportFromScan(result, contentHash, options.path, capabilities)
}

/** Verifies raw bytes: decodes them first and reports undecodable input as unchecked. */
export function verifyBytes(bytes: Uint8Array, options: VerifyOptions & { maxBytes?: number }): SecurityReport {
  const decoded = decodeSource(bytes, options.path ?? 'the input', options.maxBytes)
  if (!decoded.ok) return unverifiedReport(hashOf(bytes), options, decoded.error)
  return verifySource(decoded.text, options)
}

/** The report for input that could not be verified at all: every property unchecked, with the reason. */
export function unverifiedReport(contentHash: string, options: Pick<VerifyOptions, 'language' | 'path'>, error: InputError): SecurityReport {
  return uncheckedReport(contentHash, options.path, options.language ?? null, { code: error.code, message: error.message })
}

function reportFromScan(result: ScanResult, contentHash: string, path: string | undefined, capabilities: CapabilityManifest | null): SecurityReport {
  const { language, findings, syntaxErrors, rulesRun } = result
  const errors: SecurityReport['errors'] = []
  if (syntaxErrors.length) {
    const first = syntaxErrors[0]!
    errors.push({
      code: 'VERIFY_SYNTAX_ERROR',
      message: `${path ?? 'The input'} has ${syntaxErrors.length} region(s) the ${language} parser could not read (first at line ${first.line}, column ${first.column}); properties without findings are unchecked. Fix the syntax and verify again.`,
    })
  }
  const properties: Partial<Record<SecurityPropertyId, PropertyStatus>> = {}
  const applicable = APPLICABLE_PROPERTIES[language]
  for (const property of PROPERTY_IDS) {
    const indexes = findings.flatMap((f, i) => (f.property === property ? [i] : []))
    const rules = rulesRun.filter((r) => r.property === property)
    if (indexes.length) {
      properties[property] = { status: 'violated', evidence: `${indexes.length} finding(s) by ${[...new Set(indexes.map((i) => findings[i]!.ruleId))].join(', ')}`, findings: indexes }
    } else if (syntaxErrors.length) {
      properties[property] = { status: 'unchecked', evidence: 'the parser could not read the whole file, so an absence of findings proves nothing' }
    } else if (!applicable.includes(property)) {
      properties[property] = { status: 'holds', evidence: `not applicable: ${language} code cannot express this hazard outside the escapes other properties cover` }
    } else if (rules.length === 0) {
      properties[property] = { status: 'unchecked', evidence: `no ${VERIFIER.name} rule covers ${property} for ${language}` }
    } else {
      properties[property] = { status: 'holds', evidence: `${rules.length} rule(s) of ${VERIFIER.name} ${VERIFIER.version} checked the whole file: ${rules.map((r) => r.id).join(', ')}` }
    }
  }
  return {
    schemaVersion: '1.0',
    ...(path === undefined ? {} : { path }),
    language,
    contentHash,
    properties,
    findings,
    capabilities,
    overrides: [],
    errors,
    provenance: provenance(),
  }
}

function uncheckedReport(contentHash: string, path: string | undefined, language: LanguageId | null, error: { code: string; message: string }): SecurityReport {
  const properties: Partial<Record<SecurityPropertyId, PropertyStatus>> = {}
  for (const property of PROPERTY_IDS) properties[property] = { status: 'unchecked', evidence: error.message }
  return {
    schemaVersion: '1.0',
    ...(path === undefined ? {} : { path }),
    language,
    contentHash,
    properties,
    findings: [],
    capabilities: null,
    overrides: [],
    errors: [error],
    provenance: provenance(),
  }
}

function provenance(): SecurityReport['provenance'] {
  return { tool: { name: 'securegen', version: SECUREGEN_VERSION }, verifiers: [VERIFIER], createdAt: new Date().toISOString() }
}

/** `sha256:<hex>` of the content, as SecurityReport.contentHash carries it. */
export function hashOf(data: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}

/** True when every property of the report was checked and none is violated. */
export function isClean(report: SecurityReport): boolean {
  return Object.values(report.properties).every((p) => p.status === 'holds' || p.status === 'overridden')
}
