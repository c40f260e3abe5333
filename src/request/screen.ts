import { z } from 'zod'
import type { SecurityPropertyId } from '../core/properties.js'
import { SCREEN_CATEGORIES, type Check, type ScreenCategory, type Signal } from './check.js'
import { benignIntent } from './checks/benign-intent.js'
import { injection } from './checks/injection.js'
import { jailbreak } from './checks/jailbreak.js'
import { overrideIntent } from './checks/override-intent.js'
import { propertyTopic } from './checks/property-topic.js'
import { rolePlay } from './checks/role-play.js'
import { parseConversation, type ScreenedMessage } from './conversation.js'
import { addClauseFeatures, addSignalFeatures, addTextFeatures, FeatureCounts, joinFeatures, roleGroup, signalValue, type Features } from './features.js'
import { naturalLanguage, type NaturalLanguage } from './language.js'
import { loadModel, type ScreenerModel } from './model.js'
import { viewsOf, type View } from './normalize.js'

/** Every check the screener runs on every view of every message. */
export const CHECKS: readonly Check[] = [overrideIntent, propertyTopic, benignIntent, jailbreak, rolePlay, injection]

export const EvidenceSchema = z.object({
  messageIndex: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  reason: z.string(),
})
export type Evidence = z.infer<typeof EvidenceSchema>

export const ScreeningResultSchema = z.object({
  verdict: z.enum(['allow', 'override-requested', 'refuse']),
  /** 0–1, higher = more likely an override of a security default */
  score: z.number().min(0).max(1),
  threshold: z.number(),
  properties: z.array(z.string()),
  categories: z.array(z.enum(SCREEN_CATEGORIES)),
  evidence: z.array(EvidenceSchema),
  languages: z.array(z.string()),
  model: z.object({ version: z.string() }),
})
export type ScreeningResult = Omit<z.infer<typeof ScreeningResultSchema>, 'properties'> & { properties: SecurityPropertyId[] }

export interface ScreenOptions {
  model?: ScreenerModel
  /** score at or above which the conversation is an override request (default: the model's, chosen at 1% false positives) */
  threshold?: number
}

interface Found {
  signal: Signal
  view: View
}

/** What the checks found in a conversation, and its feature vector. */
export interface Analysis {
  messages: ScreenedMessage[]
  found: Found[]
  features: Features
  languages: NaturalLanguage[]
}

interface Collected {
  text: FeatureCounts
  signals: Map<number, number>
  found: Found[]
  languages: NaturalLanguage[]
}

/** Runs every check on every view of every message and counts the classifier's features. */
function collect(messages: ScreenedMessage[]): Collected {
  const text = new FeatureCounts()
  const perMessage: Array<{ group: string; views: Array<{ view: View; signals: Signal[] }> }> = []
  const found: Found[] = []
  for (const [i, message] of messages.entries()) {
    const group = roleGroup(message.role)
    const views = viewsOf(message.text, i).map((view) => {
      addTextFeatures(text, view)
      const signals = CHECKS.flatMap((check) => check.run(view, message.role))
      for (const signal of signals) found.push({ signal, view })
      return { view, signals }
    })
    perMessage.push({ group, views })
  }
  const signals = new Map<number, number>()
  for (const { group, views } of perMessage) {
    for (const { view, signals: inView } of views) {
      addSignalFeatures(signals, inView, group, view.source !== 'text')
      addClauseFeatures(signals, view, inView, group)
    }
  }
  // Across messages: an override assembled over several turns pairs signals from different messages.
  addSignalFeatures(signals, found.map((f) => f.signal), 'conversation', false)
  const userMessages = messages.filter((m) => m.role === 'user' && m.text.trim())
  const languages = [...new Set((userMessages.length ? userMessages : messages).map((m) => naturalLanguage(m.text)))]
  addSignalFeatures(signals, languages.map((l) => ({ feature: `lang:${l}`, start: 0, end: 0, reason: '', evidence: false })), 'conversation', false)
  return { text, signals, found, languages }
}

/** The checks' findings and the feature vector of a conversation, for training and evaluation. */
export function analyse(messages: ScreenedMessage[]): Analysis {
  const { text, signals, found, languages } = collect(messages)
  return { messages, found, features: joinFeatures(text.normalised(), signals), languages }
}

/**
 * Screens a conversation for attempts to switch a security default off. Returns a value, never
 * throws for suspicious content; throws ConversationError only for malformed input.
 * @example screen('disable certificate verification in the Go client').verdict // 'override-requested'
 */
export function screen(input: unknown, options: ScreenOptions = {}): ScreeningResult {
  const messages = Array.isArray(input) && input.every(isScreenedMessage) ? input : parseConversation(input)
  const model = options.model ?? loadModel()
  const threshold = options.threshold ?? model.header.threshold
  // Scored straight from the counts: the same value as predict(model, analyse(…).features), without
  // building the vector, so screening allocates little and rarely waits for the garbage collector.
  const { text, signals, found, languages } = collect(messages)
  let z = text.normalisedDot(model.weights, model.header.bias)
  for (const [slot, value] of signals) z += model.weights[slot]! * signalValue(value)
  const score = 1 / (1 + Math.exp(-z))
  return resultOf({ messages, found, languages }, score, threshold, model.header.version)
}

function isScreenedMessage(value: unknown): value is ScreenedMessage {
  return typeof value === 'object' && value !== null && 'role' in value && 'text' in value && typeof (value as ScreenedMessage).text === 'string'
}

const EVIDENCE_KINDS = /^(?:intent|jailbreak|inject):/

function resultOf(analysis: Omit<Analysis, 'features'>, score: number, threshold: number, version: string): ScreeningResult {
  const { messages, found, languages } = analysis
  const base = { score: round(score), threshold, languages, model: { version } }
  if (score < threshold) return { verdict: 'allow', properties: [], categories: [], evidence: [], ...base }

  const strong = found.filter((f) => EVIDENCE_KINDS.test(f.signal.feature))
  const evidenceMessages = new Set(strong.map((f) => f.view.messageIndex))
  // The defaults touched: topics in the messages that carry the override, or in the whole conversation.
  const topicSource = evidenceMessages.size ? found.filter((f) => evidenceMessages.has(f.view.messageIndex)) : found
  const counts = new Map<SecurityPropertyId, number>()
  for (const f of topicSource) if (f.signal.property) counts.set(f.signal.property, (counts.get(f.signal.property) ?? 0) + 1)
  const properties = [...counts.keys()].sort()

  const categories = new Set<ScreenCategory>()
  for (const f of strong) {
    const role = messages[f.view.messageIndex]!.role
    if (f.signal.category === 'jailbreak') categories.add('jailbreak')
    // Supplied context (tool output, earlier assistant turns) is not the requester: an override there is injected.
    if (f.signal.category === 'injection' || roleGroup(role) === 'context') categories.add('injection')
    if (f.view.source !== 'text' || (f.view.folded && obfuscatedSpan(f, messages))) categories.add('obfuscation')
  }
  if (found.some((f) => f.signal.category === 'roleplay')) categories.add('roleplay')
  if (languages.some((l) => l !== 'en')) categories.add('multilingual')
  const userTurns = new Set(found.filter((f) => messages[f.view.messageIndex]!.role === 'user' && (EVIDENCE_KINDS.test(f.signal.feature) || f.signal.property)).map((f) => f.view.messageIndex))
  if (userTurns.size >= 2 && messages.filter((m) => m.role === 'user').length >= 2) categories.add('multi-turn')
  if (strong.some((f) => f.signal.feature === 'intent:use-unsafe' || f.signal.feature === 'intent:disable' || f.signal.feature === 'intent:hard-code')) categories.add('explicit')
  else categories.add('indirect')

  const evidence = toEvidence(strong.length ? strong : found.filter((f) => f.signal.category === 'roleplay' || f.signal.property), messages)
  // Hidden, injected and whole-policy overrides are never legitimate exceptions, and an override
  // whose default cannot be named cannot be scoped: refuse those outright.
  const refuse = categories.has('jailbreak') || categories.has('injection') || categories.has('obfuscation') || properties.length === 0
  return { verdict: refuse ? 'refuse' : 'override-requested', properties, categories: SCREEN_CATEGORIES.filter((c) => categories.has(c)), evidence, ...base }
}

/** Whether the matched words were disguised: the original span does not read as its skeleton. */
function obfuscatedSpan(f: Found, messages: ScreenedMessage[]): boolean {
  const [start, end] = spanOf(f)
  const original = messages[f.view.messageIndex]!.text.slice(start, end).toLowerCase().replace(/l/g, 'i')
  return original !== f.view.text.slice(f.signal.start, f.signal.end)
}

function spanOf(f: Found): [number, number] {
  const start = f.view.origin(f.signal.start)[0]
  const end = f.view.origin(Math.max(f.signal.start, f.signal.end - 1))[1]
  return [start, end]
}

function toEvidence(found: Found[], messages: ScreenedMessage[]): Evidence[] {
  const spans = found.map((f) => {
    const [start, end] = spanOf(f)
    const source = f.view.source === 'text' ? '' : ` (hidden as ${f.view.source})`
    return { messageIndex: f.view.messageIndex, start, end, text: messages[f.view.messageIndex]!.text.slice(start, end), reason: `${f.signal.reason}${source}` }
  })
  // Longest first, so a span inside one already shown ("use strcpy" in "just use strcpy") is dropped.
  spans.sort((a, b) => a.messageIndex - b.messageIndex || b.end - b.start - (a.end - a.start) || a.start - b.start)
  const out: Evidence[] = []
  for (const span of spans) {
    if (out.some((e) => e.messageIndex === span.messageIndex && e.start <= span.start && span.end <= e.end)) continue
    out.push(span)
  }
  return out.sort((a, b) => a.messageIndex - b.messageIndex || a.start - b.start).slice(0, 20)
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000
}
