/**
 * `npm run bench`: throughput of `securegen scan` on real open-source code in the ten languages,
 * single-file latency for 300-line files, peak memory, and — measured in the same run on the same
 * corpus — semgrep (with bench/semgrep-rules.yml) and bandit as peers.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LANGUAGE_IDS, type LanguageId } from '../core/properties.js'
import { ALL_RULES } from '../verify/rules/index.js'
import { verifySource } from '../verify/verify.js'
import { markdownTable } from 'markdown-table'
import { ensureLanguagesRegistered } from '../verify/engine/languages.js'
import { parseConversation } from '../request/conversation.js'
import { DEFAULT_MODEL_PATH, decodeModel, loadModel } from '../request/model.js'
import { screen } from '../request/screen.js'
import { datasetConversation, longConversation, SHORT_REQUEST } from './screening-samples.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const CORPUS = join(ROOT, '.bench/corpus')
const VENV = join(ROOT, '.bench/venv/bin')
const LATENCY_LINES = 300
const WARMUP = 100
const SAMPLES = 1000
const LATENCY_MODE = '--latency-child'
const SCREENING_MODE = '--screening-child'
/**
 * The young generation (MB per semi-space) recommended for long-running processes that verify
 * request by request: each scavenge then releases the node wrappers of a few files instead of
 * about fifty, so no single request pays for a whole batch (see README, Speed).
 */
const SERVICE_SEMI_SPACE_MB = 2

interface Row {
  cells: string[]
}

function table(header: string[], rows: Row[]): string {
  return markdownTable([header, ...rows.map((r) => r.cells)])
}

function filesOf(language: LanguageId): string[] {
  const dir = join(CORPUS, language)
  return existsSync(dir) ? readdirSync(dir).sort().map((f) => join(dir, f)) : []
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

/** A real file of the language cut to 300 lines: the first corpus file that has at least that many. */
function latencySample(language: LanguageId): string | undefined {
  for (const f of filesOf(language)) {
    const lines = readFileSync(f, 'utf8').split('\n')
    if (lines.length >= LATENCY_LINES) return lines.slice(0, LATENCY_LINES).join('\n')
  }
  return undefined
}

/** One turn of the event loop: napi finalizers and securegen's idle-time release run there. */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

interface Latency {
  p50: number
  p99: number
  max: number
}

/**
 * Runs one measurement in a process of its own, with the given Node flags, and returns what it
 * printed as JSON: a fresh heap, as a service has, not the one the throughput run filled.
 */
function childRun<T>(mode: string, flags: string[]): T {
  const r = spawnSync(process.execPath, [...process.execArgv, ...flags, fileURLToPath(import.meta.url), mode], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] })
  if (r.status !== 0) throw new Error(`the ${mode} run (${flags.join(' ') || 'Node defaults'}) failed with exit code ${r.status}`)
  return JSON.parse(r.stdout) as T
}

/** The child's side: every language's latency sample, timed file by file, printed as JSON. */
async function measureLatency(): Promise<void> {
  ensureLanguagesRegistered()
  const result: Record<string, Latency> = {}
  for (const language of LANGUAGE_IDS) {
    const source = latencySample(language)
    if (!source) continue
    for (let i = 0; i < WARMUP; i++) {
      verifySource(source, { language })
      await turn()
    }
    const times: number[] = []
    for (let i = 0; i < SAMPLES; i++) {
      const start = process.hrtime.bigint()
      verifySource(source, { language })
      times.push(Number(process.hrtime.bigint() - start) / 1e6)
      await turn()
    }
    times.sort((a, b) => a - b)
    result[language] = { p50: percentile(times, 50), p99: percentile(times, 99), max: percentile(times, 100) }
  }
  process.stdout.write(JSON.stringify(result))
}

function timeCommand(cmd: string, args: string[]): { seconds: number; ok: boolean; stderr: string } {
  const start = process.hrtime.bigint()
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  return { seconds, ok: r.status === 0 || r.status === 1, stderr: r.stderr ?? '' }
}

async function main(): Promise<void> {
  ensureLanguagesRegistered()
  const setup = spawnSync('bash', [join(ROOT, 'scripts/bench-corpus.sh')], { stdio: 'inherit' })
  if (setup.status !== 0) throw new Error('scripts/bench-corpus.sh failed: the benchmark corpus could not be gathered')
  const out: string[] = [`securegen bench — ${ALL_RULES.length} rules, Node ${process.version}, ${new Date().toISOString()}`, '']

  // 1. In-process throughput per language: read, parse once, run every rule, build the report.
  const rows: Row[] = []
  let totalBytes = 0
  let totalFiles = 0
  let totalSeconds = 0
  for (const language of LANGUAGE_IDS) {
    const files = filesOf(language)
    if (!files.length) continue
    const sources = files.map((f) => readFileSync(f, 'utf8'))
    const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s), 0)
    let findings = 0
    // Wall time, all of it: collections, and freeing trees in a turn of the event loop every 50
    // files (parsed trees are native memory freed only when the loop turns; scanPaths awaits its reads).
    const start = process.hrtime.bigint()
    for (const [i, source] of sources.entries()) {
      findings += verifySource(source, { language, path: files[i]! }).findings.length
      if (i % 50 === 49) await turn()
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    totalBytes += bytes
    totalFiles += files.length
    totalSeconds += seconds
    rows.push({ cells: [language, String(files.length), (bytes / 1e6).toFixed(2), (bytes / 1e6 / seconds).toFixed(2), (files.length / seconds).toFixed(0), String(findings)] })
  }
  rows.push({ cells: ['all', String(totalFiles), (totalBytes / 1e6).toFixed(2), (totalBytes / 1e6 / totalSeconds).toFixed(2), (totalFiles / totalSeconds).toFixed(0), ''] })
  out.push('Throughput (in process, one core: decode, parse once, all rules, report with capabilities)', '', table(['language', 'files', 'MB', 'MB/s', 'files/s', 'findings'], rows), '')

  // 2. Latency of one 300-line file, warm, as a long-running service sees it: in a process of its
  // own, one event-loop turn after each file, garbage collection left to V8. Once with Node's
  // defaults and once with the young generation securegen recommends for services.
  const tuned = childRun<Record<string, Latency>>(LATENCY_MODE, [`--max-semi-space-size=${SERVICE_SEMI_SPACE_MB}`])
  const defaults = childRun<Record<string, Latency>>(LATENCY_MODE, [])
  let worstP99 = 0
  const latency: Row[] = []
  for (const [language, t] of Object.entries(tuned)) {
    worstP99 = Math.max(worstP99, t.p99)
    const d = defaults[language]
    latency.push({ cells: [language, t.p50.toFixed(2), t.p99.toFixed(2), t.max.toFixed(2), d ? d.p50.toFixed(2) : '', d ? d.p99.toFixed(2) : ''] })
  }
  out.push(
    `Latency to verify one ${LATENCY_LINES}-line file (ms, ${SAMPLES} runs after ${WARMUP} warm-up, one event-loop turn after each, collection left to V8; tree destruction and GC pauses included)`,
    '',
    table(['language', 'p50', 'p99', 'max', 'p50, Node defaults', 'p99, Node defaults'], latency),
    '',
    `worst p99: ${worstP99.toFixed(2)} ms with --max-semi-space-size=${SERVICE_SEMI_SPACE_MB} (the p50–max columns); ${Math.max(...Object.values(defaults).map((d) => d.p99)).toFixed(2)} ms with Node's default young generation`,
    '',
  )
  out.push(`Peak memory (RSS) of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`, '')

  // 3. Request screening: one conversation at a time on this one thread, the model already loaded;
  // with the young generation recommended for services, and with Node's defaults.
  out.push(...screeningSection(), '')

  // 4. Peers, end to end on the same corpus, each as its own command line.
  const cli = join(ROOT, 'bin/securegen.js')
  const peers: Row[] = []
  const ours = timeCommand(process.execPath, [cli, 'scan', CORPUS, '--format', 'json', '--allow-unchecked'])
  peers.push({ cells: ['securegen scan (all languages)', `${ALL_RULES.length} rules`, ours.seconds.toFixed(2), (totalBytes / 1e6 / ours.seconds).toFixed(2), '1.00'] })
  if (existsSync(join(VENV, 'semgrep'))) {
    const rules = readFileSync(join(ROOT, 'bench/semgrep-rules.yml'), 'utf8').match(/^ {2}- id:/gm)?.length ?? 0
    const sg = timeCommand(join(VENV, 'semgrep'), ['scan', '--config', join(ROOT, 'bench/semgrep-rules.yml'), '--metrics=off', '--disable-version-check', '--no-git-ignore', '--json', '--quiet', '-j', '1', '--timeout', '0', '--max-target-bytes', '5000000', CORPUS])
    peers.push({ cells: ['semgrep -j 1 (same corpus)', `${rules} rules`, sg.seconds.toFixed(2), (totalBytes / 1e6 / sg.seconds).toFixed(2), (sg.seconds / ours.seconds).toFixed(2)] })
  }
  const pyDir = join(CORPUS, 'python')
  if (existsSync(join(VENV, 'bandit')) && existsSync(pyDir)) {
    const pyBytes = filesOf('python').reduce((n, f) => n + statSync(f).size, 0)
    const oursPy = timeCommand(process.execPath, [cli, 'scan', pyDir, '--format', 'json', '--allow-unchecked'])
    const rulesPy = ALL_RULES.filter((r) => r.languages.includes('python')).length
    peers.push({ cells: ['securegen scan (python only)', `${rulesPy} rules`, oursPy.seconds.toFixed(2), (pyBytes / 1e6 / oursPy.seconds).toFixed(2), '1.00'] })
    const bandit = timeCommand(join(VENV, 'bandit'), ['-r', '-q', '-f', 'json', pyDir])
    peers.push({ cells: ['bandit (python only)', 'default plugins', bandit.seconds.toFixed(2), (pyBytes / 1e6 / bandit.seconds).toFixed(2), (bandit.seconds / oursPy.seconds).toFixed(2)] })
  }
  out.push('Peers, end to end on the same files in this run (wall seconds; ratio = peer time / securegen time)', '', table(['command', 'rules', 'seconds', 'MB/s', 'ratio'], peers))
  console.log(out.join('\n'))
}

interface Screening {
  rows: Array<{ name: string; chars: number } & Latency>
  /** the same timing of a fixed arithmetic loop that allocates nothing: how much tail the machine itself adds */
  reference: Latency
  load: { bytes: number; median: number; max: number }
}

const REFERENCE_TABLE = Float64Array.from({ length: 1 << 16 }, (_, i) => (i % 97) / 97)

/** Fixed work of about half a millisecond that allocates nothing and cannot be optimised away. */
function referenceWork(): number {
  let sum = 0
  for (let round = 0; round < 12; round++) for (let i = 0; i < REFERENCE_TABLE.length; i++) sum += REFERENCE_TABLE[(i * 7919) & 0xffff]! * 1.0001 + i
  return sum
}

// Every timed result is kept here, so the optimiser cannot drop the work it came from.
let _sink: unknown

function timed(runs: number, warmup: number, work: () => unknown): Latency {
  for (let i = 0; i < warmup; i++) _sink = work()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    _sink = work()
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: percentile(times, 100) }
}

const SCREENING_RUNS = 5000
const SCREENING_WARMUP = 500

/** The child's side: screening latency of each sample conversation, printed as JSON. */
function screeningBench(): Screening {
  const model = loadModel()
  const samples: Array<[string, unknown]> = [
    ['200 characters', SHORT_REQUEST.slice(0, 200)],
    ['4,000 characters, padded', longConversation()],
    ['4,000 characters, English dataset', datasetConversation('english-styles-4.jsonl')],
    ['4,000 characters, Russian dataset', datasetConversation('multilingual-ru-5.jsonl')],
    ['4,000 characters, Chinese dataset', datasetConversation('multilingual-zh-5.jsonl')],
    ['4,000 characters, Japanese dataset', datasetConversation('multilingual-ja-5.jsonl')],
  ]
  const rows: Screening['rows'] = []
  for (const [name, input] of samples) {
    const chars = parseConversation(input).reduce((n, m) => n + m.text.length, 0)
    rows.push({ name, chars, ...timed(SCREENING_RUNS, SCREENING_WARMUP, () => screen(input, { model })) })
  }
  const reference = timed(SCREENING_RUNS, SCREENING_WARMUP, referenceWork)
  const load = timed(20, 0, () => decodeModel(readFileSync(DEFAULT_MODEL_PATH), DEFAULT_MODEL_PATH))
  return { rows, reference, load: { bytes: statSync(DEFAULT_MODEL_PATH).size, median: load.p50, max: load.max } }
}

function screeningSection(): string[] {
  const tuned = childRun<Screening>(SCREENING_MODE, [`--max-semi-space-size=${SERVICE_SEMI_SPACE_MB}`])
  const defaults = childRun<Screening>(SCREENING_MODE, [])
  const rows = tuned.rows.map((t, i) => {
    const d = defaults.rows[i]!
    return { cells: [`${t.name} (${t.chars})`, t.p50.toFixed(3), t.p99.toFixed(3), t.max.toFixed(3), d.p50.toFixed(3), d.p99.toFixed(3)] }
  })
  const [t, d] = [tuned.reference, defaults.reference]
  rows.push({ cells: ['reference: fixed arithmetic, no allocation', t.p50.toFixed(3), t.p99.toFixed(3), t.max.toFixed(3), d.p50.toFixed(3), d.p99.toFixed(3)] })
  return [
    `Request screening latency (ms, parse + normalise + decode + checks + model, ${SCREENING_RUNS} runs after ${SCREENING_WARMUP} warm-up, one thread; p50–max with --max-semi-space-size=${SERVICE_SEMI_SPACE_MB}, then Node's defaults)`,
    '',
    table(['conversation', 'p50', 'p99', 'max', 'p50, Node defaults', 'p99, Node defaults'], rows),
    '',
    `worst p99 at 4,000 characters: ${Math.max(...tuned.rows.filter((r) => r.chars >= 4000).map((r) => r.p99)).toFixed(3)} ms with --max-semi-space-size=${SERVICE_SEMI_SPACE_MB}; ${Math.max(...defaults.rows.filter((r) => r.chars >= 4000).map((r) => r.p99)).toFixed(3)} ms with Node's defaults`,
    '',
    `Model load (read + validate ${(tuned.load.bytes / 1e6).toFixed(2)} MB): median ${tuned.load.median.toFixed(2)} ms, max ${tuned.load.max.toFixed(2)} ms`,
  ]
}

if (process.argv.includes(LATENCY_MODE)) await measureLatency()
else if (process.argv.includes(SCREENING_MODE)) process.stdout.write(JSON.stringify(screeningBench()))
// `npm run bench -- --screening`: only the screening section, a minute instead of several.
else if (process.argv.includes('--screening')) console.log(screeningSection().join('\n'))
else await main()
