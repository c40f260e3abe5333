import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { verifySource } from '../verify/verify.js'
import { loadCorpus, metrics, scoreFile } from './corpus.js'

function corpusWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'securegen-corpus-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

describe('labelled corpus', () => {
  it('reads expect/ok annotations from comments only, for the line below', () => {
    const root = corpusWith({
      'python/tuning/a.py': 'import os\ndef f(x):\n    # expect: sandbox.process\n    os.system("ls " + x)\n    s = "# expect: crypto.hash"\n    # ok: sandbox.process\n    os.system("ls")\n',
    })
    const [file] = loadCorpus(root)
    expect(file!.expected).toEqual([{ line: 4, property: 'sandbox.process' }])
    expect(file!.allowed).toEqual([{ line: 7, property: 'sandbox.process' }])
  })

  it('rejects an unknown property in an annotation', () => {
    const root = corpusWith({ 'go/heldout/a.go': 'package main\n// expect: memory.everything\nfunc f() {}\n' })
    expect(() => loadCorpus(root)).toThrow(/unknown property/)
  })

  it('scores true positives, misses and false alarms', () => {
    const root = corpusWith({
      'python/tuning/b.py': 'import os\ndef f(x):\n    # expect: sandbox.process\n    os.system("ls " + x)\n    # expect: injection.sql\n    db.execute("SELECT " + x)\n',
    })
    const [file] = loadCorpus(root)
    const report = verifySource(file!.source, { language: 'python' })
    const fake = { ...report.findings[0]!, property: 'crypto.hash' as const, location: { ...report.findings[0]!.location, startLine: 1, endLine: 1 } }
    const outcome = scoreFile(file!, [...report.findings.filter((f) => f.property === 'sandbox.process'), fake])
    expect(outcome.truePositives).toEqual([{ line: 4, property: 'sandbox.process' }])
    expect(outcome.falseNegatives).toEqual([{ line: 6, property: 'injection.sql' }])
    expect(outcome.falsePositives).toEqual([{ line: 1, property: 'crypto.hash', ruleId: report.findings[0]!.ruleId }])
  })

  it('computes precision, recall and F1', () => {
    expect(metrics({ tp: 8, fp: 2, fn: 2 })).toEqual({ precision: 0.8, recall: 0.8, f1: 0.8000000000000002 })
    expect(metrics({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 })
  })
})
