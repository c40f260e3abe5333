import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { ToolkitError } from '../core/errors.js'
import { SecurityPropertySchema } from '../core/properties.js'

/** The policy file is missing, unreadable or does not match the schema. */
export class PolicyError extends ToolkitError {
  readonly code = 'POLICY_INVALID'
}

const DurationSchema = z
  .string()
  .regex(/^\d+[mhd]$/, 'a duration like "30m", "8h" or "7d"')
  .describe('how long an override lasts: minutes (m), hours (h) or days (d)')

export const OverrideRuleSchema = z
  .object({
    id: z.string().min(1).describe('named in every OverrideRecord this rule allows'),
    properties: z.array(SecurityPropertySchema).min(1).describe('the security properties this rule lets be relaxed'),
    roles: z.array(z.string().min(1)).min(1).describe('requester roles allowed to ask for the override'),
    requireJustification: z.boolean().default(true).describe('whether the requester must give a written reason (strongly recommended)'),
    minJustificationLength: z.number().int().min(1).default(20),
    approverRole: z.string().min(1).describe('the role accountable for approving overrides under this rule'),
    maxScope: z.enum(['artifact', 'session']).default('artifact').describe('artifact: the one piece of code generated now; session: the rest of the session'),
    maxDuration: DurationSchema.default('24h'),
  })
  .strict()
export type OverrideRule = z.infer<typeof OverrideRuleSchema>

/**
 * Which security defaults may be overridden, by whom, with what justification, for how long.
 * The default policy allows no override at all.
 */
export const PolicySchema = z
  .object({
    version: z.literal(1),
    name: z.string().default('default'),
    /** properties that may never be overridden, whatever a rule says */
    never: z.array(SecurityPropertySchema).default([]),
    overrides: z.array(OverrideRuleSchema).default([]),
    screening: z
      .object({ threshold: z.number().min(0).max(1).optional().describe('screening score at or above which a request is an override attempt; default: the model threshold') })
      .strict()
      .default({}),
  })
  .strict()
export type Policy = z.infer<typeof PolicySchema>

/** Nothing may be overridden. */
export const DEFAULT_POLICY: Policy = PolicySchema.parse({ version: 1, name: 'secure-default' })

/** JSON Schema of the policy file, for editors and CI. */
export function policyJsonSchema(): unknown {
  return z.toJSONSchema(PolicySchema, { io: 'input' })
}

/**
 * Validates a policy from parsed YAML or JSON; the error names the field and what is expected.
 * @example parsePolicy({ version: 1, overrides: [] }, 'policy.yaml')
 */
export function parsePolicy(data: unknown, where = 'the policy'): Policy {
  const parsed = PolicySchema.safeParse(data)
  if (parsed.success) {
    for (const rule of parsed.data.overrides) {
      const blocked = rule.properties.filter((p) => parsed.data.never.includes(p))
      if (blocked.length) throw new PolicyError(`${where}: override rule "${rule.id}" allows ${blocked.join(', ')}, which "never" forbids. Remove them from the rule or from "never".`)
    }
    return parsed.data
  }
  const issue = parsed.error.issues[0]!
  const path = issue.path.length ? issue.path.join('.') : '(top level)'
  throw new PolicyError(`${where}: ${path}: ${issue.message}. Run \`securegen schema policy\` for the JSON Schema.`)
}

/** Reads a policy file (.yaml, .yml or .json). */
export function loadPolicy(path: string): Policy {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (cause) {
    throw new PolicyError(`Cannot read the policy file ${path}. Check the path, or omit --policy to use the secure default (no overrides).`, { cause })
  }
  let data: unknown
  try {
    data = /\.json$/i.test(path) ? JSON.parse(text) : parseYaml(text)
  } catch (cause) {
    throw new PolicyError(`${path} is not valid ${/\.json$/i.test(path) ? 'JSON' : 'YAML'}: ${(cause as Error).message}`, { cause })
  }
  return parsePolicy(data, path)
}

/** Milliseconds in a duration such as `8h`. */
export function durationMs(duration: string): number {
  const value = Number(duration.slice(0, -1))
  const unit = duration.at(-1)
  return value * (unit === 'm' ? 60_000 : unit === 'h' ? 3_600_000 : 86_400_000)
}
