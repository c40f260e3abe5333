import { readFileSync, writeFileSync } from 'node:fs'
import { endianness } from 'node:os'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { ToolkitError } from '../core/errors.js'
import { FEATURE_BITS, type Features } from './features.js'

/** The screener model could not be loaded: missing, truncated or from another format version. */
export class ModelError extends ToolkitError {
  readonly code = 'SCREEN_MODEL_INVALID'
}

export const MODEL_FORMAT = 'securegen-screener/1'
const MAGIC = 'SGSCRN01'

export const ModelHeaderSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.string(),
  bits: z.number().int().min(8).max(24),
  bias: z.number(),
  /** score at or above which a conversation is an override request */
  threshold: z.number().min(0).max(1),
  seed: z.number().int(),
  epochs: z.number().int(),
  trainedAt: z.string().optional(),
  /** sha256 of the training items, so a retrain can be compared with the committed model */
  dataHash: z.string(),
  trainExamples: z.number().int(),
  heldOut: z.record(z.string(), z.number()).optional(),
})
export type ModelHeader = z.infer<typeof ModelHeaderSchema>

/** A logistic-regression screener over hashed features. */
export interface ScreenerModel {
  header: ModelHeader
  weights: Float32Array
}

/** The model shipped with securegen. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/screener.bin', import.meta.url))

/** Probability that the features are an override request. */
export function predict(model: ScreenerModel, features: Features): number {
  let z = model.header.bias
  const w = model.weights
  const { slots, values } = features
  for (let i = 0; i < slots.length; i++) z += w[slots[i]!]! * values[i]!
  return 1 / (1 + Math.exp(-z))
}

/** Serialises a model: magic, header length, JSON header, little-endian float32 weights. */
export function encodeModel(model: ScreenerModel): Buffer {
  const header = Buffer.from(JSON.stringify(model.header), 'utf8')
  const out = Buffer.alloc(8 + 4 + header.length + model.weights.length * 4)
  out.write(MAGIC, 0, 'ascii')
  out.writeUInt32LE(header.length, 8)
  header.copy(out, 12)
  const base = 12 + header.length
  for (let i = 0; i < model.weights.length; i++) out.writeFloatLE(model.weights[i]!, base + i * 4)
  return out
}

const LITTLE_ENDIAN = endianness() === 'LE'

function readFloats(bytes: Buffer, base: number, size: number): Float32Array {
  const weights = new Float32Array(size)
  for (let i = 0; i < size; i++) weights[i] = bytes.readFloatLE(base + i * 4)
  return weights
}

export function decodeModel(bytes: Buffer, where: string): ScreenerModel {
  if (bytes.length < 12 || bytes.toString('ascii', 0, 8) !== MAGIC) throw new ModelError(`${where} is not a securegen screener model. Train one with \`securegen train screener\`.`)
  const length = bytes.readUInt32LE(8)
  let header: ModelHeader
  try {
    header = ModelHeaderSchema.parse(JSON.parse(bytes.toString('utf8', 12, 12 + length)))
  } catch (cause) {
    throw new ModelError(`${where} has an unreadable header (format ${MODEL_FORMAT} expected). Retrain with \`securegen train screener\`.`, { cause })
  }
  if (header.bits !== FEATURE_BITS) throw new ModelError(`${where} uses ${header.bits}-bit features; this securegen uses ${FEATURE_BITS}. Retrain with \`securegen train screener\`.`)
  const size = 1 << header.bits
  const base = 12 + length
  if (bytes.length !== base + size * 4) throw new ModelError(`${where} is truncated: expected ${base + size * 4} bytes, found ${bytes.length}. Restore it from the repository or retrain.`)
  // The file is little-endian, as are the machines Node runs on; copy once into an aligned buffer.
  const weights = LITTLE_ENDIAN ? new Float32Array(Uint8Array.prototype.slice.call(bytes, base).buffer) : readFloats(bytes, base, size)
  return { header, weights }
}

export function saveModel(model: ScreenerModel, path: string): void {
  writeFileSync(path, encodeModel(model))
}

const loaded = new Map<string, ScreenerModel>()

/** Loads (once per path) and validates a model file. */
export function loadModel(path: string = DEFAULT_MODEL_PATH): ScreenerModel {
  const cached = loaded.get(path)
  if (cached) return cached
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (cause) {
    throw new ModelError(`Cannot read the screener model at ${path}. Reinstall securegen or train one with \`securegen train screener\`.`, { cause })
  }
  const model = decodeModel(bytes, path)
  loaded.set(path, model)
  return model
}
