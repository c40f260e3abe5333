import { z } from 'zod'
import { SecurityPropertySchema } from './properties.js'

export const SeveritySchema = z.enum(['info', 'low', 'medium', 'high', 'critical'])
export type Severity = z.infer<typeof SeveritySchema>
export const SEVERITY_ORDER: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 }

export const ConfidenceLevelSchema = z.enum(['low', 'medium', 'high'])
export type ConfidenceLevel = z.infer<typeof ConfidenceLevelSchema>

/** A source range: 1-based lines and columns (end column exclusive), 0-based byte offsets. */
export const LocationSchema = z.object({
  file: z.string().optional(),
  startLine: z.number().int().min(1),
  startColumn: z.number().int().min(1),
  endLine: z.number().int().min(1),
  endColumn: z.number().int().min(1),
  startByte: z.number().int().min(0),
  endByte: z.number().int().min(0),
})
export type Location = z.infer<typeof LocationSchema>

export const VerifierSchema = z.object({ name: z.string(), version: z.string() })
export type Verifier = z.infer<typeof VerifierSchema>

export const FixSchema = z.object({
  kind: z.enum(['safe', 'unsafe']).describe('safe fixes may be applied automatically; unsafe ones are suggestions'),
  description: z.string(),
  replacement: z.string().describe('text that replaces the finding range'),
  range: z.object({ startByte: z.number().int().min(0), endByte: z.number().int().min(0) }),
})
export type Fix = z.infer<typeof FixSchema>

export const FindingSchema = z.object({
  ruleId: z.string(),
  title: z.string(),
  property: SecurityPropertySchema,
  cwe: z.array(z.string().regex(/^CWE-\d+$/)).min(1),
  severity: SeveritySchema,
  confidence: ConfidenceLevelSchema,
  location: LocationSchema,
  message: z.string().describe('one line that stands alone'),
  rationale: z.string().describe('why it matters'),
  safeAlternative: z.string().describe('what to write instead'),
  snippet: z.string().describe('the matched source text, truncated'),
  verifier: VerifierSchema,
  fix: FixSchema.optional(),
})
export type Finding = z.infer<typeof FindingSchema>

/** Stable order: file, line, column, rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.location.file ?? '').localeCompare(b.location.file ?? '') ||
    a.location.startLine - b.location.startLine ||
    a.location.startColumn - b.location.startColumn ||
    a.ruleId.localeCompare(b.ruleId)
  )
}
