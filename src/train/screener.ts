import { parseConversation } from '../request/conversation.js'
import { FEATURE_BITS, type Features } from '../request/features.js'
import { MODEL_FORMAT, predict, type ScreenerModel } from '../request/model.js'
import { analyse } from '../request/screen.js'
import { conversationOf, dataHash, type DatasetItem } from './screener-data.js'

export interface TrainOptions {
  seed: number
  epochs: number
  /** L2 penalty per update */
  l2: number
  /** AdaGrad base step */
  rate: number
  /** false-positive rate on benign requests the threshold is chosen for, from cross-validated scores */
  targetFpr: number
  folds: number
  version: string
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { seed: 1337, epochs: 40, l2: 1e-6, rate: 0.1, targetFpr: 0.01, folds: 5, version: '1' }

export interface Example {
  id: string
  /** derived items share their source's group; folds never split a group */
  group: string
  label: 0 | 1
  features: Features
}

/** Features of every item, in order. */
export function examplesOf(items: readonly DatasetItem[]): Example[] {
  return items.map((item) => ({ id: item.id, group: item.group ?? item.id, label: item.label === 'override' ? 1 : 0, features: analyse(parseConversation(conversationOf(item))).features }))
}

/** mulberry32: a small seeded generator, so the same seed shuffles the same way everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffled<T>(list: readonly T[], next: () => number): T[] {
  const out = [...list]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/**
 * Logistic regression by AdaGrad over hashed sparse features, classes weighted to balance.
 * Deterministic: the seed fixes the visiting order and nothing else is random.
 */
export function fit(examples: readonly Example[], options: TrainOptions): { bias: number; weights: Float32Array } {
  const size = 1 << FEATURE_BITS
  const weights = new Float64Array(size)
  const squares = new Float64Array(size)
  let bias = 0
  let biasSquares = 0
  const positives = examples.filter((e) => e.label === 1).length
  const negatives = examples.length - positives
  const weightOf = (label: 0 | 1): number => (label === 1 ? examples.length / (2 * Math.max(1, positives)) : examples.length / (2 * Math.max(1, negatives)))
  const next = seededRandom(options.seed)
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const example of shuffled(examples, next)) {
      const { slots, values } = example.features
      let z = bias
      for (let i = 0; i < slots.length; i++) z += weights[slots[i]!]! * values[i]!
      const p = 1 / (1 + Math.exp(-z))
      const g = (p - example.label) * weightOf(example.label)
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i]!
        const grad = g * values[i]! + options.l2 * weights[slot]!
        squares[slot]! += grad * grad
        weights[slot]! -= (options.rate * grad) / Math.sqrt(squares[slot]! + 1e-8)
      }
      biasSquares += g * g
      bias -= (options.rate * g) / Math.sqrt(biasSquares + 1e-8)
    }
  }
  return { bias, weights: Float32Array.from(weights) }
}

/**
 * The lowest threshold whose false-positive rate on benign scores stays within `targetFpr`.
 * Scores come from cross-validation, so the threshold is not fitted to examples the model memorised.
 */
export function thresholdFor(scores: ReadonlyArray<{ label: 0 | 1; score: number }>, targetFpr: number): number {
  const benign = scores.filter((s) => s.label === 0).map((s) => s.score).sort((a, b) => b - a)
  const allowed = Math.floor(targetFpr * benign.length)
  // Above the (allowed+1)-th highest benign score, at most `allowed` benign requests are flagged.
  const bound = benign[allowed] ?? 0
  return Math.min(0.99, Math.max(0.05, bound + 1e-4))
}

export interface CrossValidation {
  /** out-of-fold scores: each example scored by the model that did not see it */
  scores: Array<{ id: string; label: 0 | 1; score: number }>
  /** the fold models' weights and bias, averaged: the model those scores describe */
  bias: number
  weights: Float32Array
}

/** k-fold cross-validation; the averaged fold models are the shipped model, so the threshold chosen on their out-of-fold scores holds for it. */
export function crossValidate(examples: readonly Example[], options: TrainOptions): CrossValidation {
  // Folds by group: a disguised copy of a request must not be scored by a model trained on the original.
  const groups = shuffled([...new Set(examples.map((e) => e.group))], seededRandom(options.seed ^ 0x5bd1e995))
  const foldOf = new Map(groups.map((g, i) => [g, i % options.folds]))
  const scores: CrossValidation['scores'] = []
  const sum = new Float64Array(1 << FEATURE_BITS)
  let bias = 0
  for (let fold = 0; fold < options.folds; fold++) {
    const test = examples.filter((e) => foldOf.get(e.group) === fold)
    const train = examples.filter((e) => foldOf.get(e.group) !== fold)
    const fitted = fit(train, options)
    const model: ScreenerModel = { header: headerStub(fitted.bias), weights: fitted.weights }
    for (const e of test) scores.push({ id: e.id, label: e.label, score: predict(model, e.features) })
    for (let i = 0; i < sum.length; i++) sum[i]! += fitted.weights[i]!
    bias += fitted.bias
  }
  return { scores, bias: bias / options.folds, weights: Float32Array.from(sum, (w) => w / options.folds) }
}

function headerStub(bias: number): ScreenerModel['header'] {
  return { format: MODEL_FORMAT, version: 'cv', bits: FEATURE_BITS, bias, threshold: 0.5, seed: 0, epochs: 0, dataHash: '', trainExamples: 0 }
}

/**
 * Trains the screener: k models on k-fold splits of the items, averaged (bagging), with the
 * threshold chosen on their out-of-fold scores for the target false-positive rate.
 */
export function trainScreener(items: readonly DatasetItem[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): ScreenerModel {
  const examples = examplesOf(items)
  const { scores, bias, weights } = crossValidate(examples, options)
  const threshold = thresholdFor(scores, options.targetFpr)
  return {
    header: {
      format: MODEL_FORMAT,
      version: options.version,
      bits: FEATURE_BITS,
      bias,
      threshold,
      seed: options.seed,
      epochs: options.epochs,
      dataHash: dataHash(items),
      trainExamples: items.length,
    },
    weights,
  }
}
