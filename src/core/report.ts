import { z } from 'zod'
import { CapabilityManifestSchema } from './capability.js'
import { FindingSchema, VerifierSchema } from './finding.js'
import { OverrideRecordSchema } from './override.js'
import { LanguageSchema, SecurityPropertySchema } from './properties.js'

/** How a property stands for one artifact, always with its evidence. */
export const PropertyStatusSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('holds'), evidence: z.string().describe('which verifiers checked it and found nothing') }),
  z.object({ status: z.literal('violated'), evidence: z.string(), findings: z.array(z.number().int().min(0)).describe('indexes into findings') }),
  z.object({ status: z.literal('overridden'), evidence: z.string(), overrideId: z.string() }),
  z.object({ status: z.literal('unchecked'), evidence: z.string().describe('why no verifier covers it') }),
])
export type PropertyStatus = z.infer<typeof PropertyStatusSchema>

export const ConfidenceSchema = z.object({
  value: z.number().min(0).max(1),
  components: z.record(z.string(), z.number()),
})

/** ANRF security metadata: what securegen attaches to every artifact it verifies. */
export const SecurityReportSchema = z.object({
  schemaVersion: z.literal('1.0'),
  path: z.string().optional(),
  language: LanguageSchema.nullable().describe('null when the language could not be determined'),
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  properties: z.partialRecord(SecurityPropertySchema, PropertyStatusSchema),
  findings: z.array(FindingSchema),
  capabilities: CapabilityManifestSchema.nullable(),
  overrides: z.array(OverrideRecordSchema),
  errors: z.array(z.object({ code: z.string(), message: z.string() })).describe('why parts of the input could not be verified'),
  confidence: ConfidenceSchema.optional(),
  explanation: z.string().optional(),
  provenance: z.object({
    tool: z.object({ name: z.literal('securegen'), version: z.string() }),
    verifiers: z.array(VerifierSchema),
    model: z.string().optional(),
    policyVersion: z.string().optional(),
    createdAt: z.iso.datetime(),
  }),
})
export type SecurityReport = z.infer<typeof SecurityReportSchema>

/** The JSON Schema of a SecurityReport, generated from the zod schema. */
export function securityReportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(SecurityReportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>
}
