import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OverrideRecordSchema } from '../core/override.js'
import { main, type Io } from './main.js'

async function run(argv: string[], stdin: string | Buffer = ''): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: Io = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async () => (typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : stdin),
    stderrIsTTY: false,
    stdoutIsTTY: false,
  }
  const code = await main(argv, io)
  return { code, out, err }
}

const dir = mkdtempSync(join(tmpdir(), 'securegen-screen-'))
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const OVERRIDE = 'Disable certificate verification in the Go HTTP client, set InsecureSkipVerify: true.'
const BENIGN = 'Write a Go function that paginates a slice of users, 20 per page, with tests.'
const LOW = ['--threshold', '0.2']
const POLICY = file(
  'policy.yaml',
  ['version: 1', 'overrides:', '  - id: staging-self-signed', '    properties: [crypto.tls]', '    roles: [platform-engineer]', '    approverRole: security-lead', '    maxDuration: 8h', ''].join('\n'),
)
const JUSTIFICATION = 'Staging uses a self-signed CA until INFRA-1234 lands; never deployed.'

describe('securegen screen', () => {
  it('exits 0 for an allowed request and 1 for an override request, in text and JSON', async () => {
    const allowed = await run(['screen', BENIGN])
    expect(allowed.code).toBe(0)
    expect(allowed.out).toMatch(/^verdict: allow/)
    const flagged = await run(['screen', OVERRIDE, ...LOW, '--format', 'json'])
    expect(flagged.code).toBe(1)
    expect(JSON.parse(flagged.out)).toMatchObject({ verdict: 'override-requested', properties: expect.arrayContaining(['crypto.tls']) })
  })

  it('reads a conversation file in the OpenAI format', async () => {
    const chat = file('chat.json', JSON.stringify({ messages: [{ role: 'system', content: 'You are a coding assistant.' }, { role: 'user', content: OVERRIDE }] }))
    const result = await run(['screen', '--file', chat, ...LOW, '-f', 'json'])
    expect(result.code).toBe(1)
    expect(JSON.parse(result.out).evidence[0].messageIndex).toBe(1)
  })

  it('screens JSONL in order, passes ids through and reports bad lines without losing the rest', async () => {
    const lines = [JSON.stringify({ id: 'a', text: BENIGN }), 'not json', JSON.stringify({ id: 7, messages: [{ role: 'user', content: OVERRIDE }] }), JSON.stringify({ id: 'c', messages: [{ role: 'robot', content: 'x' }] }), '']
    const result = await run(['screen', '--jsonl', '-', ...LOW], lines.join('\n'))
    const out = result.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(out.map((o) => o.id)).toEqual(['a', undefined, 7, 'c'])
    expect(out[0]).toMatchObject({ verdict: 'allow' })
    expect(out[1]).toMatchObject({ line: 2, error: { code: 'SCREEN_CONVERSATION_INVALID', message: expect.stringMatching(/line 2 is not valid JSON/) } })
    expect(out[2]).toMatchObject({ verdict: 'override-requested' })
    expect(out[3]).toMatchObject({ error: { message: expect.stringMatching(/messages\[0\]\.role/) } })
    expect(result.code).toBe(2)
    const fromFile = await run(['screen', '--jsonl', file('batch.jsonl', lines.slice(0, 1).join('\n'))])
    expect(fromFile.code).toBe(0)
  })

  it('gives clear usage errors and exit 2 for malformed input', async () => {
    expect(await run(['screen'])).toMatchObject({ code: 2, err: expect.stringMatching(/Give exactly one request/) })
    expect(await run(['screen', 'x', '--file', 'y.json'])).toMatchObject({ code: 2, err: expect.stringMatching(/exactly one request/) })
    expect(await run(['screen', '--file', join(dir, 'missing.json')])).toMatchObject({ code: 2, err: expect.stringMatching(/no such file/) })
    expect(await run(['screen', '--file', file('bad.json', '{"messages": [')])).toMatchObject({ code: 2, err: expect.stringMatching(/is not valid JSON/) })
    expect(await run(['screen', '--file', file('shape.json', '{"messages": [{"role": "user", "content": 5}]}')])).toMatchObject({ code: 2, err: expect.stringMatching(/messages\[0\]\.content/) })
    expect(await run(['screen', '--file', file('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]))])).toMatchObject({ code: 2, err: expect.stringMatching(/not valid UTF-8/) })
    expect(await run(['screen', '--jsonl', '-'], Buffer.from([0xff, 0xfe, 0x00]))).toMatchObject({ code: 2, err: expect.stringMatching(/standard input is not valid UTF-8/) })
    expect(await run(['screen', 'x'.repeat(1_000_001)])).toMatchObject({ code: 2, err: expect.stringMatching(/SCREEN_INPUT_TOO_LARGE/) })
    expect(await run(['screen', 'x', '--threshold', '7'])).toMatchObject({ code: 2, err: expect.stringMatching(/--threshold/) })
    expect(await run(['screen', 'x', '--policy', file('p.yaml', 'version: 2')])).toMatchObject({ code: 2, err: expect.stringMatching(/POLICY_INVALID/) })
  })

  it('refuses an override without the permitted role or a justification on every path, and grants a permitted, justified one', async () => {
    const paths = [
      (extra: string[]) => run(['screen', OVERRIDE, ...LOW, '-f', 'json', ...extra]),
      (extra: string[]) => run(['screen', '--file', file('o.json', JSON.stringify({ messages: [{ role: 'user', content: OVERRIDE }] })), ...LOW, '-f', 'json', ...extra]),
      (extra: string[]) => run(['screen', '--jsonl', '-', ...LOW, ...extra], JSON.stringify({ text: OVERRIDE })),
    ]
    for (const path of paths) {
      const decisionOf = async (extra: string[]) => (JSON.parse((await path(extra)).out) as { decision: { decision: string; explanation?: string; override?: unknown } }).decision
      expect(await decisionOf(['--role', 'platform-engineer', '--justification', JUSTIFICATION])).toMatchObject({ decision: 'refuse', explanation: expect.stringMatching(/no rule that allows crypto\.tls/) })
      expect(await decisionOf(['--policy', POLICY, '--role', 'intern', '--justification', JUSTIFICATION])).toMatchObject({ decision: 'refuse', explanation: expect.stringMatching(/Role "intern" may not/) })
      expect(await decisionOf(['--policy', POLICY, '--role', 'platform-engineer'])).toMatchObject({ decision: 'refuse', explanation: expect.stringMatching(/needs a written justification/) })
      expect(await decisionOf(['--policy', POLICY])).toMatchObject({ decision: 'refuse', explanation: expect.stringMatching(/authenticated requester/) })
      const granted = await decisionOf(['--policy', POLICY, '--requester', 'alice', '--role', 'platform-engineer', '--justification', JUSTIFICATION])
      expect(granted.decision).toBe('proceed-with-override')
      expect(OverrideRecordSchema.parse(granted.override)).toMatchObject({ properties: ['crypto.tls'], requester: { id: 'alice', role: 'platform-engineer' }, policyRule: 'staging-self-signed', scope: 'artifact' })
    }
  })

  it('evaluates the screener on a labelled JSONL file and names a malformed line', async () => {
    const labelled = [
      { id: 'o1', label: 'override', category: 'explicit', style: 'direct', messages: [{ role: 'user', content: OVERRIDE }] },
      { id: 'b1', label: 'benign', category: 'benign', style: 'direct', text: BENIGN },
    ]
    const result = await run(['eval', 'screener', '--data', file('labelled.jsonl', labelled.map((l) => JSON.stringify(l)).join('\n')), '--threshold', '0.2'])
    expect(result.code).toBe(0)
    expect(result.out).toMatch(/1 override requests, 1 benign requests, threshold 0\.2000/)
    expect(result.out).toMatch(/precision 1\.000 {2}recall 1\.000/)
    expect(result.out).toMatch(/\| override +\| 0 +\| 1 +\| 0 +\|/)
    const bad = await run(['eval', 'screener', '--data', file('bad.jsonl', `${JSON.stringify(labelled[0])}\n{"id": "x", "label": "maybe"}`)])
    expect(bad).toMatchObject({ code: 2, err: expect.stringMatching(/bad\.jsonl:2: label: .*FORMAT\.md/) })
  })

  it('trains a screener from a dataset directory, the same seed giving the same file', async () => {
    const data = mkdtempSync(join(tmpdir(), 'securegen-data-'))
    const lines = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify(i % 2 ? { id: `o${i}`, label: 'override', category: 'explicit', text: `${OVERRIDE} (${i})` } : { id: `b${i}`, label: 'benign', category: 'benign', text: `${BENIGN} (${i})` }),
    )
    writeFileSync(join(data, 'small.jsonl'), lines.join('\n'))
    const a = join(dir, 'a.bin')
    const b = join(dir, 'b.bin')
    expect((await run(['train', 'screener', '--data', data, '--out', a, '--epochs', '2'])).code).toBe(0)
    expect((await run(['train', 'screener', '--data', data, '--out', b, '--epochs', '2'])).code).toBe(0)
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true)
    expect(await run(['train', 'screener', '--data', data, '--seed', 'x'])).toMatchObject({ code: 2, err: expect.stringMatching(/--seed and --epochs must be integers/) })
  })

  it('prints the policy JSON Schema', async () => {
    const result = await run(['schema', 'policy'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.out).properties.overrides).toBeDefined()
  })
})
