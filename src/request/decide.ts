import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { OverrideRecord } from '../core/override.js'
import { cweIds, SECURITY_PROPERTIES, type SecurityPropertyId } from '../core/properties.js'
import { durationMs, type OverrideRule, type Policy } from '../policy/policy.js'
import type { ScreeningResult } from './screen.js'

/** Who is asking, as the front end authenticated them. The justification is theirs, not the chat's. */
export const RequesterSchema = z.object({
  id: z.string().min(1),
  role: z.string().min(1),
  justification: z.string().optional(),
  scope: z.enum(['artifact', 'session']).optional(),
})
export type Requester = z.infer<typeof RequesterSchema>

export interface RefusedDefault {
  property: SecurityPropertyId
  promise: string
  cwe: string[]
  /** what the assistant produces instead */
  alternative: string
}

export type Decision =
  | { decision: 'proceed' }
  | { decision: 'proceed-with-override'; override: OverrideRecord; explanation: string }
  | { decision: 'refuse'; explanation: string; defaults: RefusedDefault[] }

/** The secure alternative the assistant writes when a default stays on. */
export const SECURE_ALTERNATIVES: Record<SecurityPropertyId, string> = {
  'memory.bounds': 'bounds-checked copies (snprintf, strlcpy, memcpy after a length check, slices and .get() in Rust)',
  'memory.lifetime': 'single ownership with RAII or smart pointers, and pointers cleared after free',
  'memory.init': 'buffers and structs initialised before use (= {0}, calloc, MaybeUninit only with write-before-read)',
  'memory.null': 'explicit null/None checks or Option types before every dereference',
  'memory.integer': 'checked arithmetic (checked_add, __builtin_mul_overflow, Math.addExact) before sizes and indexes',
  'memory.format': 'constant format strings with the data passed as arguments (printf("%s", s))',
  'memory.unsafe-escape': "the language's safe APIs; where an escape is unavoidable, a minimal audited wrapper with its invariants checked",
  'sandbox.process': 'no process spawning, or a fixed program with an argument vector and no shell, its arguments validated against an allow-list',
  'sandbox.dynamic-code': 'a parser or interpreter for the data format (JSON, an expression parser) instead of eval/exec',
  'sandbox.fs': 'paths resolved and checked to stay inside a declared root directory',
  'sandbox.net': 'requests only to an allow-list of hosts, with private and metadata addresses rejected',
  'sandbox.native': 'a pure implementation or a vetted binding loaded from a fixed, packaged path',
  'sandbox.deserialization': 'data formats without code (JSON, protobuf) with schema validation',
  'injection.sql': 'parameterised queries or the ORM query builder',
  'injection.xss': 'auto-escaping templates or textContent, with a sanitiser (DOMPurify) where HTML is required',
  'injection.template': 'fixed templates from the codebase, with user data passed as variables',
  'crypto.hash': 'SHA-256 or better for integrity, AES-GCM or ChaCha20-Poly1305 for encryption, Argon2id/bcrypt for passwords',
  'crypto.random': 'a CSPRNG (secrets, crypto.randomBytes, SecureRandom, OsRng)',
  'crypto.tls': 'verified TLS; for private CAs, the CA added to the trust store or pinned explicitly',
  'crypto.secrets': 'secrets read at run time from the environment or a secret manager',
  'resource.limits': 'explicit limits on size, time, depth and rate for untrusted input',
}

export interface DecideOptions {
  now?: Date
  newId?: () => string
}

/**
 * What to do with a screened request under a policy: proceed, proceed with a documented override,
 * or refuse with an explanation. Fail closed: every path that is not explicitly allowed refuses.
 * @example decide(screen(text), { id: 'u1', role: 'developer' }, DEFAULT_POLICY).decision // 'refuse' for an override
 */
export function decide(screening: ScreeningResult, requester: unknown, policy: Policy, options: DecideOptions = {}): Decision {
  if (screening.verdict === 'allow') return { decision: 'proceed' }
  const properties = screening.properties
  if (screening.verdict === 'refuse') {
    const why = screening.categories.includes('injection')
      ? 'The request carries instructions hidden in supplied content (a pasted file, tool output or earlier turn) that try to change the security policy; securegen ignores them.'
      : screening.categories.includes('jailbreak')
        ? 'The request tries to switch off the security policy as a whole; it stays on.'
        : screening.categories.includes('obfuscation')
          ? 'The request hides what it asks for (encoded or disguised text); an override must be asked for openly.'
          : 'The request asks to relax a security default that could not be named, so it cannot be scoped as an override.'
    return refuse(why, properties)
  }
  const who = RequesterSchema.safeParse(requester)
  if (!who.success) return refuse('The override needs an authenticated requester with an id and a role; none was given.', properties)
  const { role, justification } = who.data
  const blocked = properties.filter((p) => policy.never.includes(p))
  if (blocked.length) return refuse(`Policy "${policy.name}" never allows ${blocked.join(', ')} to be overridden.`, properties)

  const rules: Array<[SecurityPropertyId, OverrideRule]> = []
  for (const property of properties) {
    const rule = policy.overrides.find((r) => r.properties.includes(property) && r.roles.includes(role))
    if (!rule) {
      const anyRole = policy.overrides.filter((r) => r.properties.includes(property)).flatMap((r) => r.roles)
      return refuse(
        anyRole.length
          ? `Role "${role}" may not override ${property}; policy "${policy.name}" allows it for ${[...new Set(anyRole)].join(', ')}.`
          : `Policy "${policy.name}" has no rule that allows ${property} to be overridden.`,
        properties,
      )
    }
    rules.push([property, rule])
  }
  const text = justification?.trim() ?? ''
  for (const [property, rule] of rules) {
    if (rule.requireJustification && text.length < rule.minJustificationLength) {
      return refuse(`Overriding ${property} under rule "${rule.id}" needs a written justification of at least ${rule.minJustificationLength} characters from the requester.`, properties)
    }
  }
  const wanted = who.data.scope ?? 'artifact'
  if (wanted === 'session' && rules.some(([, r]) => r.maxScope === 'artifact')) {
    return refuse(`A session-wide override is wider than rule(s) ${rules.filter(([, r]) => r.maxScope === 'artifact').map(([, r]) => r.id).join(', ')} allow; ask for this artifact only.`, properties)
  }
  const now = options.now ?? new Date()
  const expiresAt = new Date(now.getTime() + Math.min(...rules.map(([, r]) => durationMs(r.maxDuration))))
  const override: OverrideRecord = {
    id: (options.newId ?? randomUUID)(),
    properties: [...properties],
    justification: text || '(no justification required by policy)',
    requester: { id: who.data.id, role },
    approverRole: [...new Set(rules.map(([, r]) => r.approverRole))].join(', '),
    scope: wanted,
    expiresAt: expiresAt.toISOString(),
    policyRule: [...new Set(rules.map(([, r]) => r.id))].join(', '),
    createdAt: now.toISOString(),
  }
  return {
    decision: 'proceed-with-override',
    override,
    explanation: `Override of ${properties.join(', ')} granted to ${who.data.id} (${role}) under ${override.policyRule} for this ${wanted}, until ${override.expiresAt}; the generated code marks where the default is relaxed.`,
  }
}

function refuse(reason: string, properties: readonly SecurityPropertyId[]): Decision {
  const defaults = properties.map((property) => ({ property, promise: SECURITY_PROPERTIES[property].promise, cwe: cweIds(property), alternative: SECURE_ALTERNATIVES[property] }))
  const kept = defaults.length
    ? ` The default stays on: ${defaults.map((d) => `${d.property} (${d.promise}; ${d.cwe.join(', ')}) — the assistant will write ${d.alternative} instead`).join('; ')}.`
    : ' Every security default stays on, and the assistant writes the secure version.'
  return { decision: 'refuse', explanation: `${reason}${kept}`, defaults }
}
