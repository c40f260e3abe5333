import { createReadStream, readFileSync, statSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { Option, type Command } from 'commander'
import { z } from 'zod'
import { isToolkitError, UsageError } from '../core/errors.js'
import { DEFAULT_POLICY, loadPolicy, type Policy } from '../policy/policy.js'
import { ConversationError, parseConversation, SCREEN_LIMITS } from '../request/conversation.js'
import { decide, type Decision } from '../request/decide.js'
import { DEFAULT_MODEL_PATH, loadModel, saveModel, type ScreenerModel } from '../request/model.js'
import { screen, type ScreeningResult } from '../request/screen.js'
import { DATASET_DIR, loadDataset, readDatasetFile, splitOf } from '../train/screener-data.js'
import { formatMetrics, metricsOf, scoreItems } from '../train/screener-metrics.js'
import { DEFAULT_TRAIN_OPTIONS, trainScreener } from '../train/screener.js'
import type { Io } from './main.js'

const ScreenOptionsSchema = z.object({
  file: z.string().optional(),
  jsonl: z.string().optional(),
  format: z.enum(['text', 'json']),
  threshold: z.coerce.number().min(0).max(1).optional(),
  model: z.string().optional(),
  policy: z.string().optional(),
  requester: z.string().optional(),
  role: z.string().optional(),
  justification: z.string().optional(),
  scope: z.enum(['artifact', 'session']).optional(),
})
type ScreenCliOptions = z.infer<typeof ScreenOptionsSchema>

const EXIT = { allow: 0, flagged: 1, error: 2 } as const
const MAX_FILE_BYTES = 16 * 1024 * 1024

/** `securegen screen`, `securegen train screener` and `securegen eval screener`. */
export function registerScreenCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('screen')
    .description('screen a request for attempts to switch security defaults off; exit 0 allow, 1 override requested or refused, 2 usage error')
    .argument('[text]', 'the request text (or use --file / --jsonl)')
    .option('--file <chat.json>', 'a conversation: {"messages": [...]} in the OpenAI format, an array of messages, or {"text": "..."}')
    .option('--jsonl <file|->', 'screen one conversation per line ({"messages": [...]} or {"text": "..."}, with an optional "id") and print one JSON result per line')
    .addOption(new Option('-f, --format <format>', 'output format (--jsonl always prints JSON lines)').choices(['text', 'json']).default('text'))
    .option('--threshold <score>', 'score from which a request counts as an override attempt (default: the model threshold)')
    .option('--model <path>', 'screener model file', undefined)
    .option('--policy <file>', 'policy (YAML or JSON) to decide with; default: no override allowed')
    .option('--requester <id>', 'who is asking (for the policy decision)')
    .option('--role <role>', "the requester's role (for the policy decision)")
    .option('--justification <text>', "the requester's written reason for an override")
    .addOption(new Option('--scope <scope>', 'how far an override would reach').choices(['artifact', 'session']))
    .action(async (text: string | undefined, raw: Record<string, unknown>) => {
      const parsed = ScreenOptionsSchema.safeParse(raw)
      if (!parsed.success) throw new UsageError(`Invalid option: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`)
      setExit(await runScreen(text, parsed.data, io))
    })

  program
    .command('train')
    .description('train a model; `securegen train screener` trains the request screener on the project dataset')
    .argument('<what>', 'what to train: screener')
    .option('--data <dir>', 'dataset directory of JSONL files', DATASET_DIR)
    .option('--seed <n>', 'random seed (same seed, same data: same model)', String(DEFAULT_TRAIN_OPTIONS.seed))
    .option('--epochs <n>', 'passes over the training split', String(DEFAULT_TRAIN_OPTIONS.epochs))
    .option('--out <path>', 'where to write the model', DEFAULT_MODEL_PATH)
    .action((what: string, raw: { data: string; seed: string; epochs: string; out: string }) => {
      if (what !== 'screener') throw new UsageError(`Unknown model "${what}". Only "screener" can be trained.`)
      const seed = Number(raw.seed)
      const epochs = Number(raw.epochs)
      if (!Number.isInteger(seed) || !Number.isInteger(epochs) || epochs < 1) throw new UsageError('--seed and --epochs must be integers (epochs at least 1).')
      const items = loadDataset(raw.data)
      const train = items.filter((i) => splitOf(i) === 'train')
      const heldout = items.filter((i) => splitOf(i) === 'heldout')
      io.stderr(`training on ${train.length} conversations (${heldout.length} held out), seed ${seed}\n`)
      const model = trainScreener(train, { ...DEFAULT_TRAIN_OPTIONS, seed, epochs })
      const metrics = metricsOf(scoreItems(heldout, model), model.header.threshold)
      model.header.heldOut = { recall: metrics.recall, fpr: metrics.fpr, precision: metrics.precision, f1: metrics.f1, recallAt1PctFpr: metrics.recallAt1PctFpr }
      saveModel(model, raw.out)
      io.stdout(`${formatMetrics(metrics, `Held-out split (model ${raw.out})`)}\n`)
      setExit(EXIT.allow)
    })

  program
    .command('eval')
    .description('evaluate a model; `securegen eval screener` scores the screener on labelled conversations')
    .argument('<what>', 'what to evaluate: screener')
    .option('--data <file.jsonl>', 'labelled conversations (data/screener/FORMAT.md); default: the held-out split of the project dataset')
    .option('--model <path>', 'screener model file')
    .option('--threshold <score>', 'decision threshold (default: the model threshold)')
    .action((what: string, raw: { data?: string; model?: string; threshold?: string }) => {
      if (what !== 'screener') throw new UsageError(`Unknown model "${what}". Only "screener" can be evaluated.`)
      const model = loadModel(raw.model ?? DEFAULT_MODEL_PATH)
      const threshold = raw.threshold === undefined ? model.header.threshold : Number(raw.threshold)
      if (!(threshold >= 0 && threshold <= 1)) throw new UsageError('--threshold must be a number between 0 and 1.')
      const items = raw.data ? readDatasetFile(raw.data, readText(raw.data)) : loadDataset().filter((i) => splitOf(i) === 'heldout')
      const title = raw.data ? raw.data : 'Held-out split of data/screener'
      io.stdout(`${formatMetrics(metricsOf(scoreItems(items, model, threshold), threshold), title)}\n`)
      setExit(EXIT.allow)
    })
}

interface Context {
  model: ScreenerModel
  threshold: number | undefined
  policy: Policy | undefined
  requester: Record<string, string> | undefined
}

async function runScreen(text: string | undefined, options: ScreenCliOptions, io: Io): Promise<number> {
  const sources = [text !== undefined, options.file !== undefined, options.jsonl !== undefined].filter(Boolean).length
  if (sources !== 1) throw new UsageError('Give exactly one request: a text argument, --file <chat.json> or --jsonl <file|->.')
  const ctx: Context = {
    model: loadModel(options.model ?? DEFAULT_MODEL_PATH),
    threshold: options.threshold,
    policy: options.policy ? loadPolicy(options.policy) : options.role || options.requester || options.justification ? DEFAULT_POLICY : undefined,
    requester: options.role || options.requester ? { id: options.requester ?? 'cli', role: options.role ?? '', ...(options.justification ? { justification: options.justification } : {}), ...(options.scope ? { scope: options.scope } : {}) } : undefined,
  }
  if (options.jsonl !== undefined) return screenJsonl(options.jsonl, ctx, io)
  const input = options.file !== undefined ? readConversationFile(options.file) : text!
  const result = screen(parseConversation(input), screenOptions(ctx))
  const decision = ctx.policy ? decide(result, ctx.requester, ctx.policy) : undefined
  if (options.format === 'json') io.stdout(`${JSON.stringify(decision ? { ...result, decision } : result, null, 2)}\n`)
  else io.stdout(formatResult(result, decision))
  return result.verdict === 'allow' ? EXIT.allow : EXIT.flagged
}

function screenOptions(ctx: Context): { model: ScreenerModel; threshold?: number } {
  return ctx.threshold === undefined ? { model: ctx.model } : { model: ctx.model, threshold: ctx.threshold }
}

function readText(path: string): string {
  let size: number
  try {
    size = statSync(path).size
  } catch (cause) {
    throw new UsageError(`Cannot read ${path}: no such file. Check the path.`, { cause })
  }
  if (size > MAX_FILE_BYTES) throw new ConversationError('SCREEN_INPUT_TOO_LARGE', `${path} is ${size} bytes; the screener reads files up to ${MAX_FILE_BYTES} bytes. Screen a shorter excerpt.`)
  return decodeUtf8(readFileSync(path), path)
}

function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ConversationError('SCREEN_CONVERSATION_INVALID', `${where} is not valid UTF-8. Save it as UTF-8 and try again.`)
  }
}

function readConversationFile(path: string): unknown {
  const text = readText(path)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (cause) {
    throw new ConversationError('SCREEN_CONVERSATION_INVALID', `${path} is not valid JSON (${(cause as Error).message}). It should hold {"messages": [...]}.`)
  }
  if (Array.isArray(data)) return { messages: data }
  if (data && typeof data === 'object' && 'text' in data && typeof data.text === 'string' && !('messages' in data)) return data.text
  return data
}

async function screenJsonl(source: string, ctx: Context, io: Io): Promise<number> {
  const lines: AsyncIterable<string> | Iterable<string> =
    source === '-' ? decodeUtf8(await io.readStdin(), 'standard input').split('\n') : createInterface({ input: createReadStream(source, { encoding: 'utf8' }), crlfDelay: Infinity })
  if (source !== '-' && !isFile(source)) throw new UsageError(`Cannot read ${source}: no such file. Give a JSONL file or - for standard input.`)
  let worst: number = EXIT.allow
  let n = 0
  for await (const line of lines) {
    n++
    if (!line.trim()) continue
    const { id, output, code } = screenLine(line, n, ctx)
    io.stdout(`${JSON.stringify({ ...(id === undefined ? {} : { id }), ...output })}\n`)
    worst = Math.max(worst, code)
  }
  return worst
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function screenLine(line: string, n: number, ctx: Context): { id: unknown; output: Record<string, unknown>; code: number } {
  let data: unknown
  try {
    data = JSON.parse(line)
  } catch {
    return { id: undefined, output: { line: n, error: { code: 'SCREEN_CONVERSATION_INVALID', message: `line ${n} is not valid JSON; each line must be {"messages": [...]} or {"text": "..."}.` } }, code: EXIT.error }
  }
  const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
  const id = record.id
  try {
    if (line.length > SCREEN_LIMITS.maxChars * 2) throw new ConversationError('SCREEN_INPUT_TOO_LARGE', `line ${n} is longer than ${SCREEN_LIMITS.maxChars * 2} characters.`)
    const input = typeof record.text === 'string' && record.messages === undefined ? record.text : record
    const result = screen(parseConversation(input), screenOptions(ctx))
    const decision = ctx.policy ? decide(result, ctx.requester, ctx.policy) : undefined
    return { id, output: decision ? { ...result, decision } : result, code: result.verdict === 'allow' ? EXIT.allow : EXIT.flagged }
  } catch (error) {
    if (!isToolkitError(error)) throw error
    return { id, output: { line: n, error: { code: error.code, message: `line ${n}: ${error.message}` } }, code: EXIT.error }
  }
}

function formatResult(result: ScreeningResult, decision: Decision | undefined): string {
  const lines = [`verdict: ${result.verdict}  score ${result.score.toFixed(3)} (threshold ${result.threshold.toFixed(3)})`]
  if (result.properties.length) lines.push(`properties: ${result.properties.join(', ')}`)
  if (result.categories.length) lines.push(`categories: ${result.categories.join(', ')}`)
  for (const e of result.evidence) lines.push(`  message ${e.messageIndex} [${e.start}-${e.end}] ${JSON.stringify(e.text.length > 80 ? `${e.text.slice(0, 77)}...` : e.text)}: ${e.reason}`)
  if (decision) {
    lines.push(`decision: ${decision.decision}`)
    if (decision.decision !== 'proceed') lines.push(`  ${decision.explanation}`)
    if (decision.decision === 'proceed-with-override') lines.push(`  override record: ${JSON.stringify(decision.override)}`)
  }
  return `${lines.join('\n')}\n`
}

