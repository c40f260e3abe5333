import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Ajv } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { SecurityReportSchema, type SecurityReport } from '../core/report.js'
import { main, type Io } from './main.js'

const FIXTURES = fileURLToPath(new URL('../../fixtures/mixed/', import.meta.url))
const require = createRequire(import.meta.url)
// ajv-draft-04 is CommonJS; its class is the `default` property of module.exports.
const { default: Ajv04 } = require('ajv-draft-04') as { default: typeof Ajv }

async function run(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: Io = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async () => Buffer.from(stdin, 'utf8'),
    stderrIsTTY: false,
    stdoutIsTTY: false,
  }
  const code = await main(argv, io)
  return { code, out, err }
}

let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'securegen-cli-'))
})

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name)
  writeFileSync(path, content)
  return path
}

describe('securegen scan', () => {
  it('reports findings in a mixed-language directory with property, CWE, frame, why and instead', async () => {
    const { code, out } = await run(['scan', FIXTURES])
    expect(code).toBe(1)
    expect(out).toContain('app.py:6:5')
    expect(out).toContain('sandbox.process')
    expect(out).toContain('CWE-78')
    expect(out).toContain(join('sub', 'copy.c') + ':5:3')
    expect(out).toContain('memory.bounds')
    expect(out).toMatch(/> +6 \| {5}os\.system\("ls " \+ name\)/)
    expect(out).toContain('why:')
    expect(out).toContain('instead:')
    expect(out).toContain('2 finding(s) in 2 file(s)')
  })

  it('honours .gitignore and skips files that are not source', async () => {
    const { out } = await run(['scan', FIXTURES, '--format', 'json'])
    const paths = (JSON.parse(out) as SecurityReport[]).map((r) => r.path)
    expect(paths.some((p) => p?.includes('hidden.py'))).toBe(false)
    expect(paths.some((p) => p?.includes('README.txt'))).toBe(false)
  })

  it('prints one SecurityReport per file as JSON, with 1-based ranges', async () => {
    const { code, out } = await run(['scan', FIXTURES, '--format', 'json'])
    expect(code).toBe(1)
    const reports = JSON.parse(out) as unknown[]
    expect(reports).toHaveLength(2)
    for (const raw of reports) {
      const report = SecurityReportSchema.parse(raw)
      expect(report.path).toBeTruthy()
      for (const f of report.findings) {
        expect(f.location.startLine).toBeGreaterThanOrEqual(1)
        expect(f.location.startColumn).toBeGreaterThanOrEqual(1)
        expect(f.location.endLine).toBeGreaterThanOrEqual(f.location.startLine)
      }
    }
    const py = SecurityReportSchema.parse(reports.find((r) => (r as SecurityReport).language === 'python'))
    expect(py.properties['sandbox.process']?.status).toBe('violated')
    expect(py.properties['injection.sql']?.status).toBe('holds')
    expect(py.capabilities?.process.spawn).toBe(true)
  })

  it('renders SARIF 2.1.0 that validates against the SARIF schema', async () => {
    const { code, out } = await run(['scan', FIXTURES, '--format', 'sarif'])
    expect(code).toBe(1)
    const log = JSON.parse(out) as { runs: Array<{ results: Array<{ ruleId: string }> }> }
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object
    const validate = new Ajv04({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema)
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    expect(log.runs[0]!.results.map((r) => r.ruleId).sort()).toEqual(['c/no-unchecked-memcpy', 'python/no-shell-command-injection'])
  })

  it('reads standard input with --lang and exits 0 on clean code', async () => {
    const { code, out } = await run(['scan', '-', '--lang', 'python'], 'print("hello")\n')
    expect(code).toBe(0)
    expect(out).toContain('0 finding(s)')
  })

  it('needs --lang for standard input', async () => {
    const { code, err } = await run(['scan', '-'], 'x = 1')
    expect(code).toBe(2)
    expect(err).toContain('--lang')
  })

  it('verifies the fenced blocks of a markdown answer, with lines in the document', async () => {
    const md = 'Here you go:\n\n```python\nimport os\ndef f(x):\n    os.system("rm " + x)\n```\n'
    const { code, out } = await run(['scan', '-', '--lang', 'markdown', '--format', 'json'], md)
    expect(code).toBe(1)
    const [report] = JSON.parse(out) as SecurityReport[]
    expect(report!.findings[0]!.location.startLine).toBe(6)
  })

  it('exits 0 when findings are below --fail-on', async () => {
    const { code } = await run(['scan', join(FIXTURES, 'sub'), '--fail-on', 'critical'])
    expect(code).toBe(0)
  })

  it('prints the capability manifest as runtime policy', async () => {
    const path = file('caps.py', 'import os, subprocess\nsubprocess.run(["git", "status"])\nopen("/etc/hosts").read()\n')
    const { out } = await run(['scan', path, '--capabilities'])
    expect(out).toContain('--allow-child-process')
    expect(out).toContain('--allow-fs-read=/etc/hosts')
    expect(out).toContain('--allow-run=git')
    expect(out).toContain('--ro-bind /etc/hosts /etc/hosts')
  })
})

describe('bad input never passes as clean', () => {
  const unchecked = async (path: string, codeWanted: string): Promise<void> => {
    const { code, out } = await run(['scan', path, '--format', 'json'])
    expect(code).toBe(2)
    const [report] = JSON.parse(out) as SecurityReport[]
    expect(report!.errors.map((e) => e.code)).toContain(codeWanted)
    expect(Object.values(report!.properties).some((p) => p.status === 'holds')).toBe(false)
  }

  it('a binary file', () => unchecked(file('blob.c', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2])), 'INPUT_BINARY'))
  it('a file over the size limit', () => unchecked(file('huge.py', Buffer.alloc(50 * 1024 * 1024, 0x61)), 'INPUT_TOO_LARGE'))
  it('invalid UTF-8', () => unchecked(file('latin1.py', Buffer.from([0x78, 0x20, 0x3d, 0x20, 0x22, 0xe9, 0x22, 0x0a])), 'INPUT_ENCODING'))
  it('an unknown extension', () => unchecked(file('script.zig', 'const x = 1;'), 'VERIFY_LANGUAGE_UNKNOWN'))
  it('an empty file', () => unchecked(file('empty.go', ''), 'INPUT_EMPTY'))

  it('syntax errors leave properties unchecked', async () => {
    const { code, out } = await run(['scan', file('broken.py', 'def f(:\n    return (\n'), '--format', 'json'])
    expect(code).toBe(2)
    const [report] = JSON.parse(out) as SecurityReport[]
    expect(report!.errors[0]!.code).toBe('VERIFY_SYNTAX_ERROR')
    expect(report!.properties['sandbox.process']?.status).toBe('unchecked')
  })

  it('--allow-unchecked lets unverified input pass, and says so in the text', async () => {
    const { code, out } = await run(['scan', file('other.zig', 'x'), '--allow-unchecked'])
    expect(code).toBe(0)
    expect(out).toContain('unchecked')
  })

  it('a directory symlink loop is reported and skipped', async () => {
    const dir = join(tmp, 'loop')
    mkdirSync(join(dir, 'a'), { recursive: true })
    writeFileSync(join(dir, 'a', 'ok.py'), 'print(1)\n')
    symlinkSync(dir, join(dir, 'a', 'back'))
    const { code, err, out } = await run(['scan', dir])
    expect(err).toContain('symlink loop')
    expect(out).toContain('0 finding(s) in 1 file(s)')
    expect(code).toBe(2)
  })

  it('a path that does not exist', async () => {
    const { code, err } = await run(['scan', join(tmp, 'nope')])
    expect(code).toBe(2)
    expect(err).toContain('does not exist')
  })

  it('an unknown option is a usage error', async () => {
    const { code, err } = await run(['scan', FIXTURES, '--format', 'xml'])
    expect(code).toBe(2)
    expect(err).toContain('xml')
  })
})

describe('securegen schema and rules', () => {
  it('prints the JSON Schema of SecurityReport, generated from zod', async () => {
    const { code, out } = await run(['schema'])
    expect(code).toBe(0)
    const schema = JSON.parse(out) as { $schema: string; properties: Record<string, unknown> }
    expect(schema.$schema).toContain('2020-12')
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['language', 'contentHash', 'properties', 'findings', 'capabilities', 'overrides', 'provenance']))
    const validate = new Ajv2020({ strict: false }).compile(schema)
    const { out: json } = await run(['scan', FIXTURES, '--format', 'json'])
    for (const report of JSON.parse(json) as unknown[]) expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
  })

  it('prints the coverage matrix with every language', async () => {
    const { code, out } = await run(['rules', '--matrix'])
    expect(code).toBe(0)
    for (const l of ['c', 'cpp', 'rust', 'go', 'java', 'python', 'javascript', 'typescript', 'csharp', 'php']) expect(out.split('\n')[0]).toContain(l)
    expect(out).toContain('`memory.bounds`')
  })

  it('keeps docs/rule-matrix.md up to date', async () => {
    const { out } = await run(['rules', '--matrix'])
    const doc = readFileSync(fileURLToPath(new URL('../../docs/rule-matrix.md', import.meta.url)), 'utf8')
    expect(doc).toContain(out.trim())
  })
})
