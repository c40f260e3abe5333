import { z } from 'zod'
import { SecurityPropertySchema } from './properties.js'

/** A documented, scoped, audited relaxation of secure defaults. */
export const OverrideRecordSchema = z.object({
  id: z.string(),
  properties: z.array(SecurityPropertySchema).min(1),
  justification: z.string().min(1),
  requester: z.object({ id: z.string(), role: z.string() }),
  approverRole: z.string(),
  scope: z.enum(['artifact', 'session']),
  expiresAt: z.iso.datetime(),
  policyRule: z.string().describe('the policy rule that allowed it'),
  createdAt: z.iso.datetime(),
})
export type OverrideRecord = z.infer<typeof OverrideRecordSchema>
