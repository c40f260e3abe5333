import { describe, expect, it } from 'vitest'
import { loadModel } from '../request/model.js'
import { dataHash, loadDataset, splitOf } from './screener-data.js'
import { metricsOf, scoreItems } from './screener-metrics.js'
import { DEFAULT_TRAIN_OPTIONS, trainScreener } from './screener.js'

const items = loadDataset()
const train = items.filter((i) => splitOf(i) === 'train')
const heldout = items.filter((i) => splitOf(i) === 'heldout')

describe('screener training', () => {
  it('keeps every group on one side of the split, and both sides have both labels', () => {
    const sides = new Map<string, Set<string>>()
    for (const i of items) sides.set(i.group ?? i.id, (sides.get(i.group ?? i.id) ?? new Set()).add(splitOf(i)))
    expect([...sides.values()].every((s) => s.size === 1)).toBe(true)
    for (const split of [train, heldout]) expect(new Set(split.map((i) => i.label))).toEqual(new Set(['override', 'benign']))
  })

  it('has at least 2,000 requests, at least as many benign as override', () => {
    const overrides = items.filter((i) => i.label === 'override').length
    expect(items.length).toBeGreaterThanOrEqual(2000)
    expect(items.length - overrides).toBeGreaterThanOrEqual(overrides)
  })

  it('retraining with the same seed reproduces the committed model and its held-out metrics', () => {
    const committed = loadModel()
    expect(committed.header.dataHash).toBe(dataHash(train))
    const model = trainScreener(train, { ...DEFAULT_TRAIN_OPTIONS, seed: committed.header.seed, epochs: committed.header.epochs })
    expect(model.header.threshold).toBe(committed.header.threshold)
    expect(model.header.bias).toBe(committed.header.bias)
    expect(Buffer.from(model.weights.buffer).equals(Buffer.from(committed.weights.buffer))).toBe(true)
    const m = metricsOf(scoreItems(heldout, model), model.header.threshold)
    expect({ recall: m.recall, fpr: m.fpr, precision: m.precision, f1: m.f1, recallAt1PctFpr: m.recallAt1PctFpr }).toEqual(committed.header.heldOut)
  }, 120_000)
})
