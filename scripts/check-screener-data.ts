/**
 * Checks a new screener data file before it joins data/screener/: fields consistent with FORMAT.md
 * (ids `<prefix>-NNNN`, label and category agree, properties known), and no item that nearly repeats
 * another in a different group, in the file or anywhere in the dataset. A near-repeat in another
 * group can land on the other side of the train/held-out split and leak across it.
 *
 *   npx tsx scripts/check-screener-data.ts data/screener/<file>.jsonl <prefix>
 *
 * Prints the counts by label, category, style, language and code language; exits 1 on any problem.
 */
import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { LANGUAGE_IDS, PROPERTY_IDS } from '../src/core/properties.js'
import { SCREEN_CATEGORIES } from '../src/request/check.js'
import { NATURAL_LANGUAGES, UNSPACED_CHARS } from '../src/request/language.js'
import { DATASET_DIR, loadDataset, readDatasetFile, type DatasetItem } from '../src/train/screener-data.js'

const BENIGN_CATEGORIES = new Set(['benign', 'hard-negative'])
const OVERRIDE_CATEGORIES = new Set<string>(SCREEN_CATEGORIES)
const STYLES = new Set(['direct', 'polite', 'terse', 'frustrated', 'justified', 'code-comment', 'context', 'conversation'])
const LANGUAGES = new Set<string>(NATURAL_LANGUAGES)
const CODE_LANGUAGES = new Set<string>(LANGUAGE_IDS)
const PROPERTIES = new Set<string>([...PROPERTY_IDS, '*'])
/** Share of 4-grams of words (see TOKEN) two items may have in common (Jaccard) before they count as one request written twice. */
const NEAR_REPEAT = 0.5

function textOf(item: DatasetItem): string {
  return (item.messages ? item.messages.map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n') : (item.text ?? '')).toLowerCase()
}

/** Words, except that Chinese and Japanese text (written without spaces) counts each character as a word. */
const TOKEN = new RegExp(`[${UNSPACED_CHARS}]|[^\\s${UNSPACED_CHARS}]+`, 'g')

function shingles(text: string): Set<string> {
  const words = text.match(TOKEN) ?? []
  const out = new Set<string>()
  for (let i = 0; i + 4 <= words.length; i++) out.add(words.slice(i, i + 4).join(' '))
  return out
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0
  for (const s of a) if (b.has(s)) shared++
  return shared / (a.size + b.size - shared || 1)
}

function fieldProblems(item: DatasetItem, prefix: string): string[] {
  const problems: string[] = []
  if (!new RegExp(`^${prefix}-\\d{4}$`).test(item.id)) problems.push(`id must be ${prefix}-NNNN`)
  if (!item.group) problems.push('group is missing (use the id)')
  if (!item.messages) problems.push('messages are missing')
  const categories = item.label === 'override' ? OVERRIDE_CATEGORIES : BENIGN_CATEGORIES
  if (!categories.has(item.category)) problems.push(`category "${item.category}" is not one for label "${item.label}"`)
  if (!item.style || !STYLES.has(item.style)) problems.push(`style "${item.style}" is not one of ${[...STYLES].join(', ')}`)
  if (!item.lang || !LANGUAGES.has(item.lang)) problems.push(`lang "${item.lang}" is not one of ${[...LANGUAGES].join(', ')}`)
  if (item.codeLanguage !== null && !CODE_LANGUAGES.has(item.codeLanguage ?? '')) problems.push(`codeLanguage "${item.codeLanguage}" is not a language id or null`)
  const properties = item.properties ?? []
  if (item.label === 'benign' && properties.length) problems.push('benign items have properties []')
  if (item.label === 'override' && !properties.length) problems.push('override items name the properties they would relax')
  for (const p of properties) if (!PROPERTIES.has(p)) problems.push(`unknown property "${p}"`)
  if ((item.messages ?? []).some((m) => typeof m.content !== 'string' || !m.content.trim())) problems.push('a message has no text')
  return problems
}

function counts(items: readonly DatasetItem[], key: (item: DatasetItem) => string): string {
  const tally = new Map<string, number>()
  for (const item of items) tally.set(key(item), (tally.get(key(item)) ?? 0) + 1)
  return [...tally].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`).join(', ')
}

const [file, prefix] = process.argv.slice(2)
if (!file || !prefix || !/^[a-z][a-z0-9]*$/.test(prefix)) {
  console.error('usage: npx tsx scripts/check-screener-data.ts <file.jsonl> <id-prefix>  (prefix: lower-case letters and digits)')
  process.exit(2)
}
const items = readDatasetFile(file, readFileSync(file, 'utf8'))
const inDataset = resolve(file).startsWith(resolve(DATASET_DIR))
const others = loadDataset().filter((item) => !(inDataset && item.id.startsWith(`${prefix}-`)))
const seen = others.map((item) => ({ id: item.id, group: item.group ?? item.id, shingles: shingles(textOf(item)) }))

const problems: string[] = []
const ids = new Set<string>()
for (const item of items) {
  for (const p of fieldProblems(item, prefix)) problems.push(`${item.id}: ${p}`)
  if (ids.has(item.id)) problems.push(`${item.id}: id appears twice`)
  ids.add(item.id)
  const group = item.group ?? item.id
  const own = shingles(textOf(item))
  const twin = own.size >= 3 ? seen.find((s) => s.group !== group && jaccard(own, s.shingles) > NEAR_REPEAT) : undefined
  if (twin) problems.push(`${item.id}: nearly repeats ${twin.id}; write it differently or give both the same group`)
  seen.push({ id: item.id, group, shingles: own })
}

console.log(`${basename(file)}: ${items.length} items`)
for (const [name, key] of [
  ['label', (i: DatasetItem) => i.label],
  ['category', (i: DatasetItem) => i.category],
  ['style', (i: DatasetItem) => i.style ?? '-'],
  ['lang', (i: DatasetItem) => i.lang ?? '-'],
  ['code', (i: DatasetItem) => i.codeLanguage ?? 'none'],
] as const) console.log(`  ${name}: ${counts(items, key)}`)
if (problems.length) {
  console.log(`${problems.length} problem(s):\n${problems.slice(0, 50).join('\n')}`)
  process.exit(1)
}
console.log('OK')
