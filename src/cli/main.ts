import { Argument, Command, CommanderError, Option } from 'commander'
import { z } from 'zod'
import { UsageError, isToolkitError } from '../core/errors.js'
import { SEVERITY_ORDER, SeveritySchema, type Severity } from '../core/finding.js'
import { LANGUAGE_IDS, LanguageSchema } from '../core/properties.js'
import { securityReportJsonSchema } from '../core/report.js'
import { toSarif } from '../core/sarif.js'
import { renderPolicy } from '../verify/capabilities/render.js'
import { SECUREGEN_VERSION } from '../verify/engine/verifier.js'
import { ALL_RULES } from '../verify/rules/index.js'
import { coverageMatrix, renderMatrix } from '../verify/rules/matrix.js'
import { scanPaths, verifyInput, type ScannedUnit } from '../verify/scan.js'
import { formatText } from './format-text.js'
import { registerScreenCommands } from './screen-command.js'
import { policyJsonSchema } from '../policy/policy.js'

/** Where the CLI reads and writes: the process's streams, or buffers in tests. */
export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Promise<Buffer>
  stderrIsTTY: boolean
  stdoutIsTTY: boolean
}

export const EXIT = { clean: 0, findings: 1, error: 2 } as const

const ScanOptionsSchema = z.object({
  lang: LanguageSchema.optional(),
  format: z.enum(['text', 'json', 'sarif']),
  failOn: SeveritySchema,
  capabilities: z.boolean().optional(),
  maxFileSize: z.coerce.number().positive().optional(),
  allowUnchecked: z.boolean().optional(),
  color: z.boolean().optional(),
})
type ScanCliOptions = z.infer<typeof ScanOptionsSchema>

/** Runs the securegen command line and resolves to its exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.clean
  const program = new Command('securegen')
    .description('Secure-by-default AI code generation: screen requests for attempts to switch security defaults off, verify code for memory safety and sandboxing, with security metadata.')
    .version(SECUREGEN_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError()

  program
    .command('scan')
    .description('verify files, directories (recursively, honouring .gitignore) or standard input (-)')
    .argument('<paths...>', 'files or directories to verify; - reads standard input (needs --lang)')
    .addOption(new Option('--lang <language>', 'language of every input (required for stdin)').choices([...LANGUAGE_IDS, 'markdown']))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe').choices([...SeveritySchema.options]).default('low'))
    .option('--capabilities', 'infer what the code needs from its host and print it as Node, Deno and bubblewrap policy')
    .option('--max-file-size <MB>', 'largest file to verify, in MB (default 5)')
    .option('--allow-unchecked', 'exit 0 even when some input could not be verified (risk: unverified code passes the gate)')
    .option('--no-color', 'plain text output')
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      exitCode = await runScan(paths, parseOptions(raw), io)
    })

  program
    .command('schema')
    .description('print a JSON Schema: the security report (ANRF metadata, default) or the policy file')
    .addArgument(new Argument('[name]', 'which schema').choices(['report', 'policy']).default('report'))
    .action((name: string) => {
      io.stdout(`${JSON.stringify(name === 'policy' ? policyJsonSchema() : securityReportJsonSchema(), null, 2)}\n`)
    })

  registerScreenCommands(program, io, (code) => {
    exitCode = code
  })

  program
    .command('rules')
    .description('list the rules, or print the property × language coverage matrix')
    .option('--matrix', 'print the coverage matrix as a markdown table')
    .addOption(new Option('--lang <language>', 'only rules for this language').choices([...LANGUAGE_IDS]))
    .option('--json', 'print the rule metadata as JSON')
    .action((opts: { matrix?: boolean; lang?: string; json?: boolean }) => {
      if (opts.matrix) {
        io.stdout(`${renderMatrix(coverageMatrix(ALL_RULES))}\n`)
        return
      }
      const rules = ALL_RULES.filter((r) => !opts.lang || r.languages.includes(opts.lang as (typeof LANGUAGE_IDS)[number]))
      if (opts.json) {
        const meta = rules.map(({ match: _match, check: _check, ...rest }) => rest)
        io.stdout(`${JSON.stringify(meta, null, 2)}\n`)
        return
      }
      for (const r of rules) io.stdout(`${r.id.padEnd(48)} ${r.property.padEnd(24)} ${r.severity.padEnd(8)} ${r.cwe.join(',')}  ${r.title}\n`)
      io.stdout(`${rules.length} rules\n`)
    })

  try {
    await program.parseAsync(['node', 'securegen', ...argv])
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT.clean : EXIT.error
    }
    return reportError(error, io)
  }
}

function parseOptions(raw: Record<string, unknown>): ScanCliOptions & { markdown: boolean } {
  const markdown = raw.lang === 'markdown'
  const parsed = ScanOptionsSchema.safeParse({ ...raw, lang: markdown ? undefined : raw.lang })
  if (!parsed.success) throw new UsageError(`Invalid option: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`)
  return { ...parsed.data, markdown }
}

async function runScan(paths: string[], options: ScanCliOptions & { markdown: boolean }, io: Io): Promise<number> {
  const maxBytes = options.maxFileSize ? Math.round(options.maxFileSize * 1024 * 1024) : undefined
  const common = { ...(options.lang ? { language: options.lang } : {}), ...(maxBytes ? { maxBytes } : {}) }
  const units: ScannedUnit[] = []
  const files = paths.filter((p) => p !== '-')
  if (paths.includes('-')) {
    if (!options.lang && !options.markdown) {
      throw new UsageError(`Reading code from standard input needs its language: pass --lang (one of ${LANGUAGE_IDS.join(', ')}, or markdown for an answer with fenced code blocks).`)
    }
    const name = options.markdown ? '<stdin>.md' : '<stdin>'
    units.push(...verifyInput(await io.readStdin(), name, common))
  }
  let problems: Array<{ path: string; message: string }> = []
  if (files.length) {
    const progress = io.stderrIsTTY ? await progressBar(io) : undefined
    const result = await scanPaths(files, { ...common, ...(progress ? { onProgress: progress.update } : {}) })
    progress?.stop()
    units.push(...result.units)
    problems = result.problems
  }
  for (const p of problems) io.stderr(`securegen: ${p.message}\n`)

  const reports = units.map((u) => u.report)
  if (options.format === 'json') io.stdout(`${JSON.stringify(reports, null, 2)}\n`)
  else if (options.format === 'sarif') io.stdout(`${JSON.stringify(toSarif(reports, SECUREGEN_VERSION), null, 2)}\n`)
  else io.stdout(`${formatText(units, options.color !== false && io.stdoutIsTTY)}\n`)

  if (options.capabilities) {
    for (const report of reports) {
      if (!report.capabilities) continue
      const policy = renderPolicy(report.capabilities)
      const write = options.format === 'text' ? io.stdout : io.stderr
      write(
        [
          `capabilities of ${report.path ?? '<stdin>'}: ${JSON.stringify(report.capabilities)}`,
          `  node ${policy.node.join(' ')}`,
          `  deno run ${policy.deno.join(' ')}`,
          `  bwrap ${policy.bubblewrap.join(' ')} -- <program>`,
          ...policy.notes.map((n) => `  note: ${n}`),
          '',
        ].join('\n'),
      )
    }
  }

  const threshold = SEVERITY_ORDER[options.failOn as Severity]
  if (reports.some((r) => r.findings.some((f) => SEVERITY_ORDER[f.severity] >= threshold))) return EXIT.findings
  const unverified = units.length === 0 || problems.length > 0 || reports.some((r) => r.errors.length > 0)
  if (unverified && !options.allowUnchecked) {
    if (units.length === 0) io.stderr('securegen: nothing was verified: no file with a known source extension was found.\n')
    return EXIT.error
  }
  return EXIT.clean
}

async function progressBar(io: Io): Promise<{ update: (done: number, total: number) => void; stop: () => void }> {
  const { SingleBar, Presets } = await import('cli-progress')
  const bar = new SingleBar({ stream: process.stderr, format: 'scanning [{bar}] {value}/{total} files', clearOnComplete: true, hideCursor: true }, Presets.shades_classic)
  let started = false
  return {
    update(done, total) {
      // Small scans finish before a bar would help.
      if (total < 50) return
      if (!started) {
        bar.start(total, 0)
        started = true
      }
      bar.update(done)
    },
    stop() {
      if (started) bar.stop()
      void io
    },
  }
}

/** Prints an error for people: known errors by code without a stack, unknown ones with it. */
export function reportError(error: unknown, io: Pick<Io, 'stderr'>): number {
  if (isToolkitError(error)) {
    io.stderr(`securegen: ${error.message} [${error.code}]\n`)
    return EXIT.error
  }
  io.stderr(`securegen: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  return EXIT.error
}

export function processIo(): Io {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks)
    },
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
  }
}
