import { describe, expect, it } from 'vitest'
import { OverrideRecordSchema } from '../core/override.js'
import { DEFAULT_POLICY, parsePolicy } from '../policy/policy.js'
import { decide } from './decide.js'
import type { ScreeningResult } from './screen.js'

const requested: ScreeningResult = {
  verdict: 'override-requested',
  score: 0.97,
  threshold: 0.5,
  properties: ['crypto.tls'],
  categories: ['explicit'],
  evidence: [{ messageIndex: 0, start: 0, end: 28, text: 'disable certificate verification', reason: 'asks to switch a safeguard off' }],
  languages: ['en'],
  model: { version: '1' },
}
const policy = parsePolicy({
  version: 1,
  name: 'staging',
  overrides: [{ id: 'staging-self-signed', properties: ['crypto.tls'], roles: ['platform-engineer'], approverRole: 'security-lead', maxDuration: '8h' }],
})
const justification = 'Staging uses a self-signed CA until INFRA-1234 lands; never deployed to production.'
const now = new Date('2026-11-25T10:00:00Z')

describe('decide', () => {
  it('proceeds with allowed requests', () => {
    expect(decide({ ...requested, verdict: 'allow', properties: [], categories: [], evidence: [] }, undefined, DEFAULT_POLICY)).toEqual({ decision: 'proceed' })
  })

  it('grants a permitted, justified override as a scoped, expiring record', () => {
    const decision = decide(requested, { id: 'alice', role: 'platform-engineer', justification }, policy, { now, newId: () => 'ovr-1' })
    expect(decision.decision).toBe('proceed-with-override')
    if (decision.decision !== 'proceed-with-override') return
    expect(OverrideRecordSchema.parse(decision.override)).toEqual({
      id: 'ovr-1',
      properties: ['crypto.tls'],
      justification,
      requester: { id: 'alice', role: 'platform-engineer' },
      approverRole: 'security-lead',
      scope: 'artifact',
      expiresAt: '2026-11-25T18:00:00.000Z',
      policyRule: 'staging-self-signed',
      createdAt: '2026-11-25T10:00:00.000Z',
    })
  })

  const refusals: Array<[string, unknown, typeof policy, RegExp]> = [
    ['the default policy', { id: 'alice', role: 'platform-engineer', justification }, DEFAULT_POLICY, /has no rule that allows crypto\.tls/],
    ['a role the policy does not name', { id: 'bob', role: 'intern', justification }, policy, /Role "intern" may not override crypto\.tls; .* allows it for platform-engineer/],
    ['no justification', { id: 'alice', role: 'platform-engineer' }, policy, /needs a written justification of at least 20 characters/],
    ['a token justification', { id: 'alice', role: 'platform-engineer', justification: 'because' }, policy, /needs a written justification/],
    ['no requester', undefined, policy, /authenticated requester with an id and a role/],
    ['a requester without a role', { id: 'alice' }, policy, /authenticated requester/],
    ['a wider scope than allowed', { id: 'alice', role: 'platform-engineer', justification, scope: 'session' }, policy, /session-wide override is wider/],
  ]
  it.each(refusals)('refuses an override with %s, naming the default and the secure alternative', (_name, requester, p, reason) => {
    const decision = decide(requested, requester, p, { now })
    expect(decision.decision).toBe('refuse')
    if (decision.decision !== 'refuse') return
    expect(decision.explanation).toMatch(reason)
    expect(decision.explanation).toMatch(/crypto\.tls \(verified TLS; CWE-295\) — the assistant will write verified TLS/)
    expect(decision.defaults).toEqual([{ property: 'crypto.tls', promise: 'verified TLS', cwe: ['CWE-295'], alternative: expect.stringContaining('trust store') }])
  })

  it('refuses properties the policy never lets go, whatever the rules say', () => {
    const strict = parsePolicy({ version: 1, never: ['crypto.secrets'], overrides: [{ id: 'tls', properties: ['crypto.tls'], roles: ['platform-engineer'], approverRole: 'x' }] })
    const decision = decide({ ...requested, properties: ['crypto.tls', 'crypto.secrets'] }, { id: 'alice', role: 'platform-engineer', justification }, strict)
    expect(decision).toMatchObject({ decision: 'refuse', explanation: expect.stringMatching(/never allows crypto\.secrets/) })
  })

  it('refuses jailbreaks, injections, disguised and unnamed overrides even for a permitted, justified role', () => {
    const who = { id: 'alice', role: 'platform-engineer', justification }
    expect(decide({ ...requested, verdict: 'refuse', categories: ['jailbreak'] }, who, policy)).toMatchObject({ decision: 'refuse', explanation: expect.stringMatching(/security policy as a whole/) })
    expect(decide({ ...requested, verdict: 'refuse', categories: ['injection'] }, who, policy)).toMatchObject({ decision: 'refuse', explanation: expect.stringMatching(/hidden in supplied content/) })
    expect(decide({ ...requested, verdict: 'refuse', categories: ['obfuscation'] }, who, policy)).toMatchObject({ decision: 'refuse', explanation: expect.stringMatching(/hides what it asks for/) })
    expect(decide({ ...requested, verdict: 'refuse', properties: [] }, who, policy)).toMatchObject({ decision: 'refuse', explanation: expect.stringMatching(/could not be named.*Every security default stays on/) })
  })
})
