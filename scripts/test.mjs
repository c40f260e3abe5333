// The test command: type check, lint, then every Vitest test. Its last line is the count,
// `N passed, N failed`, read from Vitest's JSON report so that a run that tested nothing shows 0.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1

let status = run('bash', ['scripts/setup.sh'])
if (status === 0) status = run('npx', ['tsc', '--noEmit'])
if (status === 0) status = run('npx', ['eslint', '--max-warnings=0', '.'])
let passed = 0
let failed = 1
if (status === 0) {
  const report = join(mkdtempSync(join(tmpdir(), 'securegen-test-')), 'vitest.json')
  status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...process.argv.slice(2)])
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'))
    passed = json.numPassedTests
    failed = json.numFailedTests + (json.numTotalTests === 0 ? 1 : 0)
  } catch {
    // No report: Vitest did not run, which counts as a failure.
  }
}
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = status === 0 && failed === 0 && passed > 0 ? 0 : 1
