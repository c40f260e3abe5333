import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, durationMs, loadPolicy, parsePolicy, policyJsonSchema, PolicyError } from './policy.js'

const dir = mkdtempSync(join(tmpdir(), 'securegen-policy-'))

describe('policy files', () => {
  it('loads YAML and JSON with secure defaults filled in', () => {
    const yamlPath = join(dir, 'p.yaml')
    writeFileSync(yamlPath, ['version: 1', 'name: perf-team', 'overrides:', '  - id: rust-unsafe-hot-loop', '    properties: [memory.unsafe-escape]', '    roles: [staff-engineer]', '    approverRole: security-lead', ''].join('\n'))
    const policy = loadPolicy(yamlPath)
    expect(policy.overrides[0]).toMatchObject({ requireJustification: true, maxScope: 'artifact', maxDuration: '24h', minJustificationLength: 20 })
    const jsonPath = join(dir, 'p.json')
    writeFileSync(jsonPath, JSON.stringify({ version: 1, never: ['crypto.secrets'] }))
    expect(loadPolicy(jsonPath).never).toEqual(['crypto.secrets'])
    expect(DEFAULT_POLICY.overrides).toEqual([])
  })

  it('names the field and the fix for invalid policies', () => {
    expect(() => parsePolicy({ version: 2 }, 'p.yaml')).toThrow(/p\.yaml: version: .*securegen schema policy/)
    expect(() => parsePolicy({ version: 1, overrides: [{ id: 'x', properties: ['memory.everything'], roles: ['a'], approverRole: 'b' }] })).toThrow(/overrides\.0\.properties\.0/)
    expect(() => parsePolicy({ version: 1, overrides: [{ id: 'x', properties: ['crypto.tls'], roles: ['a'], approverRole: 'b', maxDuration: 'forever' }] })).toThrow(/maxDuration: a duration like/)
    expect(() => parsePolicy({ version: 1, surprise: true })).toThrow(PolicyError)
    expect(() => parsePolicy({ version: 1, never: ['crypto.tls'], overrides: [{ id: 'x', properties: ['crypto.tls'], roles: ['a'], approverRole: 'b' }] })).toThrow(/allows crypto\.tls, which "never" forbids/)
    const bad = join(dir, 'bad.yaml')
    writeFileSync(bad, 'version: [1')
    expect(() => loadPolicy(bad)).toThrow(/is not valid YAML/)
    expect(() => loadPolicy(join(dir, 'missing.yaml'))).toThrow(/Cannot read the policy file/)
  })

  it('exports a JSON Schema generated from the zod schema', () => {
    const schema = policyJsonSchema() as { properties: Record<string, unknown>; required?: string[] }
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['version', 'never', 'overrides', 'screening']))
    expect(schema.required).toContain('version')
  })

  it('reads durations', () => {
    expect(durationMs('30m')).toBe(1_800_000)
    expect(durationMs('8h')).toBe(28_800_000)
    expect(durationMs('7d')).toBe(604_800_000)
  })
})
