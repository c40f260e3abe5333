import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { InputError } from '../core/errors.js'
import { MessageSchema } from '../request/conversation.js'

/** The project's labelled screening dataset (data/screener/*.jsonl, format in FORMAT.md there). */
export const DATASET_DIR = fileURLToPath(new URL('../../data/screener/', import.meta.url))

export const DatasetItemSchema = z
  .object({
    id: z.string().min(1),
    group: z.string().min(1).optional(),
    label: z.enum(['override', 'benign']),
    category: z.string().min(1),
    style: z.string().min(1).optional(),
    lang: z.string().min(2).optional(),
    codeLanguage: z.string().nullable().optional(),
    properties: z.array(z.string()).optional(),
    messages: z.array(MessageSchema).min(1).optional(),
    text: z.string().optional(),
  })
  .refine((item) => item.messages !== undefined || item.text !== undefined, 'each item needs "messages" or "text"')
export type DatasetItem = z.infer<typeof DatasetItemSchema>

export type Split = 'train' | 'heldout'

/** Held-out share of groups, by a hash of the group id: stable across runs and machines. */
const HELDOUT_PERCENT = 30

export function splitOf(item: Pick<DatasetItem, 'id' | 'group'>): Split {
  const digest = createHash('sha256').update(item.group ?? item.id).digest()
  return digest.readUInt32BE(0) % 100 < HELDOUT_PERCENT ? 'heldout' : 'train'
}

/** Reads one JSONL file of labelled conversations, naming the line of any malformed item. */
export function readDatasetFile(path: string, text = readFileSync(path, 'utf8')): DatasetItem[] {
  const items: DatasetItem[] = []
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue
    let raw: unknown
    try {
      raw = JSON.parse(line)
    } catch (cause) {
      throw new InputError('INPUT_UNREADABLE', `${path}:${i + 1} is not valid JSON. Each line must be one JSON object.`, { cause })
    }
    const parsed = DatasetItemSchema.safeParse(raw)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      throw new InputError('INPUT_UNREADABLE', `${path}:${i + 1}: ${issue.path.join('.') || 'item'}: ${issue.message}. See data/screener/FORMAT.md for the fields.`)
    }
    items.push(parsed.data)
  }
  return items
}

/** Every item of the project's dataset, in a stable order (file name, then line). */
export function loadDataset(dir = DATASET_DIR): DatasetItem[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()
  const items = files.flatMap((f) => readDatasetFile(join(dir, f)))
  const ids = new Set<string>()
  for (const item of items) {
    if (ids.has(item.id)) throw new InputError('INPUT_UNREADABLE', `Dataset id "${item.id}" appears twice in ${dir}. Ids must be unique.`)
    ids.add(item.id)
  }
  return items
}

/** The conversation of an item, as `screen` accepts it. */
export function conversationOf(item: DatasetItem): unknown {
  return item.messages ? { messages: item.messages } : item.text
}

/** sha256 over the items' ids, labels and text: which data a model was trained on. */
export function dataHash(items: readonly DatasetItem[]): string {
  const h = createHash('sha256')
  for (const item of items) h.update(JSON.stringify([item.id, item.label, item.messages ?? item.text]))
  return `sha256:${h.digest('hex')}`
}
