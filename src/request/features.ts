import type { Role } from './conversation.js'
import type { Signal } from './check.js'
import { isClauseEnd, isUnspaced } from './language.js'
import { isLetterOrDigit } from './normalize.js'
import type { View } from './normalize.js'

/** Number of hashed feature slots: 2^18 float32 weights, 1 MB on disk. */
export const FEATURE_BITS = 18
const MASK = (1 << FEATURE_BITS) - 1

/** A sparse feature vector: parallel slot and value arrays. */
export interface Features {
  slots: Uint32Array
  values: Float32Array
}

// log(1 + n) of the small counts nearly every feature has, computed once.
const LOG1P = Float64Array.from({ length: 256 }, (_, n) => Math.log1p(n))

/**
 * Collects feature counts. Counts go into one dense scratch array shared by all accumulators
 * (screening is synchronous, so one is in use at a time) and only the touched slots are read back.
 */
export class FeatureCounts {
  // 32-bit counts: half the memory of floats, so the random increments miss the cache less often.
  private static scratch = new Uint32Array(1 << FEATURE_BITS)
  // Slots touched so far, and their log-scaled counts when read, in reused buffers: screening
  // allocates little, so it rarely waits for the garbage collector.
  private static touched = new Uint32Array(1 << 14)
  private static logs = new Float64Array(1 << 14)
  private count = 0
  private open = true

  /** Counts one occurrence of the feature in `slot`. */
  add(slot: number): void {
    const scratch = FeatureCounts.scratch
    if (scratch[slot] === 0) {
      if (this.count === FeatureCounts.touched.length) {
        const grown = new Uint32Array(FeatureCounts.touched.length * 2)
        grown.set(FeatureCounts.touched)
        FeatureCounts.touched = grown
        FeatureCounts.logs = new Float64Array(grown.length)
      }
      FeatureCounts.touched[this.count++] = slot
    }
    scratch[slot]!++
  }

  /** Log-scaled counts, L2-normalised so long and short conversations score alike; resets the scratch. */
  normalised(): Features {
    const norm = this.logScale()
    const slots = FeatureCounts.touched.slice(0, this.count)
    const values = new Float32Array(this.count)
    for (let i = 0; i < slots.length; i++) values[i] = Math.fround(FeatureCounts.logs[i]!) / norm
    return { slots, values }
  }

  /**
   * `start` plus the dot product of `weights` with `normalised()`, in the same order and rounding,
   * without allocating; resets the scratch.
   */
  normalisedDot(weights: Float32Array, start: number): number {
    const norm = this.logScale()
    const { touched, logs } = FeatureCounts
    let z = start
    for (let i = 0; i < this.count; i++) z += weights[touched[i]!]! * Math.fround(Math.fround(logs[i]!) / norm)
    return z
  }

  /**
   * Sets `logs` to log(1 + count) of each touched slot, clears the scratch for the next
   * conversation, and returns the L2 norm; a FeatureCounts is read once.
   */
  private logScale(): number {
    if (!this.open) throw new Error('FeatureCounts read twice')
    this.open = false
    const { scratch, touched, logs } = FeatureCounts
    let norm = 0
    for (let i = 0; i < this.count; i++) {
      const n = scratch[touched[i]!]!
      const v = n < LOG1P.length ? LOG1P[n]! : Math.log1p(n)
      scratch[touched[i]!] = 0
      logs[i] = v
      norm += v * v
    }
    return Math.sqrt(norm) || 1
  }
}

/**
 * What one occurrence of a check signal is worth next to the text features. Text features are
 * L2-normalised (a few hundredths each); raw signal counts of 1–5 let AdaGrad, which takes steps of
 * the same size on every weight, move the score through the signals twenty to a hundred times faster,
 * so the model leaned on a handful of lexicon hits and flagged hard negatives that share them. At 1/32
 * both kinds of feature learn at a comparable pace: group cross-validated recall at 1% false positives
 * rose from 0.57 to 0.77 on the training split (scales of 1/10 and 1/100 both did worse).
 */
export const SIGNAL_WEIGHT = 1 / 32

/** A signal slot's count as the model reads it: scaled by SIGNAL_WEIGHT, at float32 precision like every feature value. */
export function signalValue(count: number): number {
  return Math.fround(count * SIGNAL_WEIGHT)
}

/** The model's input: normalised text features followed by the check signals (a slot may appear in both; values add). */
export function joinFeatures(text: Features, signals: Map<number, number>): Features {
  const slots = new Uint32Array(text.slots.length + signals.size)
  const values = new Float32Array(slots.length)
  slots.set(text.slots)
  values.set(text.values)
  let i = text.slots.length
  for (const [slot, value] of signals) {
    slots[i] = slot
    values[i++] = signalValue(value)
  }
  return { slots, values }
}

// FNV-1a, 32-bit: cheap, stable across platforms and runs, good enough spread for hashing tricks.
const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

function hashString(text: string, seed: number): number {
  return hashMore((FNV_OFFSET ^ seed) >>> 0, text, 0, text.length) >>> 0
}

/** Continues an FNV-1a hash over `text[from, to)`, so a joined string's hash needs no joined string. */
function hashMore(h: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, FNV_PRIME)
  }
  return h
}

/** Where a message comes from, as the classifier sees it: the requester, the operator, or supplied context. */
export function roleGroup(role: Role): 'user' | 'system' | 'context' {
  if (role === 'user') return 'user'
  if (role === 'system' || role === 'developer') return 'system'
  return 'context'
}

const CHAR_SEED = 0x9e3779b9
const WORD_SEED = 0x85ebca6b
const SIGNAL_SEED = 0xc2b2ae35
const CLAUSE_SEED = 0x1b873593
// Characters of words besides letters and digits: `_`, and the leetspeak and punctuation that stay in identifiers.
const WORD_EXTRA = new Set([..."_'$@|!-"].map((c) => c.charCodeAt(0)))

function isWordPoint(point: number): boolean {
  return isLetterOrDigit(point) || WORD_EXTRA.has(point)
}

/**
 * Text features of one view: character 3- and 4-grams and word 1- and 2-grams of the skeleton, and
 * character pairs of Chinese and Japanese text, hashed into slots.
 */
export function addTextFeatures(into: FeatureCounts, view: View): void {
  const text = view.text
  // Character 3- and 4-grams, hashed incrementally from each start position.
  for (let i = 0; i + 3 <= text.length; i++) {
    let h = (FNV_OFFSET ^ CHAR_SEED) >>> 0
    for (let n = 0; n < 4 && i + n < text.length; n++) {
      h ^= text.charCodeAt(i + n)
      h = Math.imul(h, FNV_PRIME)
      if (n >= 2) into.add(((h ^ Math.imul(n, 0x27d4eb2d)) >>> 0) & MASK)
    }
  }
  // Words (runs of letters, digits and `_'$@|!-`) and word pairs; a pair's hash continues its first
  // word's (`a b` hashes as one string). Words are hashed where they stand, never copied.
  const seed = (FNV_OFFSET ^ WORD_SEED) >>> 0
  let previous = 0
  let first = true
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    const point = i < text.length ? text.codePointAt(i)! : -1
    if (point >= 0 && isWordPoint(point)) {
      if (start < 0) start = i
      if (point > 0xffff) i++
      continue
    }
    if (start < 0) continue
    const alone = hashMore(seed, text, start, i)
    into.add((alone >>> 0) & MASK)
    if (!first) into.add((hashMore(Math.imul(previous ^ 32, FNV_PRIME), text, start, i) >>> 0) & MASK)
    previous = alone
    first = false
    // Chinese and Japanese are written without spaces, so such a "word" is a whole phrase; its character pairs stand in for words.
    for (let k = start; k + 1 < i; k++) if (isUnspaced(text.charCodeAt(k)) && isUnspaced(text.charCodeAt(k + 1))) into.add((hashMore(seed, text, k, k + 2) >>> 0) & MASK)
    start = -1
  }
}

/** Check signals as features: each by itself, by where it was found, and paired with the others found with it. */
export function addSignalFeatures(into: Map<number, number>, signals: readonly Signal[], group: string, hidden: boolean): void {
  // Each name is counted once: `feature`, `feature@group`, `topic:any` and `topic:any@group` once for
  // all topics, `feature@hidden`, then `kind&kind@group` for each pair of kinds. A name's hash
  // continues its prefix's, so no name is built as a string.
  const features = new Set<string>()
  for (const s of signals) features.add(s.feature)
  let anyTopic = false
  for (const feature of features) {
    const h = hashMore(SIGNAL_BASE, feature, 0, feature.length)
    count(into, h)
    count(into, withSuffix(h, '@', group))
    if (feature.startsWith('topic:') && !anyTopic) {
      anyTopic = true
      count(into, TOPIC_ANY)
      count(into, withSuffix(TOPIC_ANY, '@', group))
    }
    if (hidden) count(into, withSuffix(h, '@', 'hidden'))
  }
  // Co-occurrence: an intent next to a topic is what an override looks like.
  const kinds = [...new Set([...features].map((f) => f.slice(0, f.indexOf(':'))))].sort()
  for (let i = 0; i < kinds.length; i++) {
    const h = withSuffix(hashMore(SIGNAL_BASE, kinds[i]!, 0, kinds[i]!.length), '&', '')
    for (let j = i + 1; j < kinds.length; j++) count(into, withSuffix(hashMore(h, kinds[j]!, 0, kinds[j]!.length), '@', group))
  }
}

const SIGNAL_BASE = (FNV_OFFSET ^ SIGNAL_SEED) >>> 0
const TOPIC_ANY = hashMore(SIGNAL_BASE, 'topic:any', 0, 'topic:any'.length)

/** The hash of a name continued with a one-character separator and a suffix. */
function withSuffix(h: number, separator: string, suffix: string): number {
  return hashMore(Math.imul(h ^ separator.charCodeAt(0), FNV_PRIME), suffix, 0, suffix.length)
}

function count(into: Map<number, number>, h: number): void {
  const slot = (h >>> 0) & MASK
  into.set(slot, (into.get(slot) ?? 0) + 1)
}

/**
 * What each clause does, as one feature: the kinds of signal that occur together in it
 * (`intent:disable` with `topic:crypto.tls`, `benign:explain` with `mention:unsafe-choice`). A linear
 * model cannot combine words by itself; "replace strcpy" and "use strcpy" differ here.
 */
export function addClauseFeatures(into: Map<number, number>, view: View, signals: readonly Signal[], group: string): void {
  if (!signals.length) return
  // Where each run of clause-ending punctuation starts.
  const ends: number[] = []
  const text = view.text
  let previous = false
  for (let i = 0; i < text.length; i++) {
    const end = isClauseEnd(text.charCodeAt(i))
    if (end && !previous) ends.push(i)
    previous = end
  }
  const clauses = new Map<number, Set<string>>()
  for (const s of signals) {
    let clause = 0
    while (clause < ends.length && ends[clause]! < s.start) clause++
    const kind = s.feature.startsWith('topic:') ? 'topic' : s.feature
    const set = clauses.get(clause)
    if (set) set.add(kind)
    else clauses.set(clause, new Set([kind]))
  }
  const last = Math.max(...clauses.keys())
  const names = new Set<string>()
  for (const [clause, kinds] of clauses) {
    const sorted = [...kinds].sort()
    const where = clause === last ? 'last' : 'clause'
    names.add(`${where}:${sorted.join('+')}@${group}`)
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) names.add(`${where}:${sorted[i]}&${sorted[j]}`)
  }
  for (const name of names) {
    const slot = hashString(name, CLAUSE_SEED) & MASK
    into.set(slot, (into.get(slot) ?? 0) + 1)
  }
}
