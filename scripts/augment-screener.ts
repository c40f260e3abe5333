/**
 * Writes data/screener/obfuscation.jsonl: the project's hand-written English requests, disguised
 * the ways attackers disguise them (leetspeak, spaced-out letters, look-alike letters, zero-width
 * and tag characters, base64, hex, rot13, percent-encoding). Override requests stay overrides;
 * benign requests stay benign, so disguise alone never decides the label. Each derived item keeps
 * its source's group, so it lands in the same train/held-out split. Deterministic:
 * `npx tsx scripts/augment-screener.ts` always writes the same file.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATASET_DIR, loadDataset, type DatasetItem } from '../src/train/screener-data.js'
import { seededRandom } from '../src/train/screener.js'

const OUT = join(DATASET_DIR, 'obfuscation.jsonl')
const SEED = 20261125

const next = seededRandom(SEED)
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' }
// Cyrillic and Greek letters that render like Latin ones.
const LOOKALIKE: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', i: 'і', s: 'ѕ', y: 'у', k: 'κ', n: 'п' }
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']

function mapWords(text: string, share: number, f: (word: string) => string): string {
  return text.replace(/[A-Za-z]{4,}/g, (w) => (next() < share ? f(w) : w))
}

type Technique = (text: string) => string

const TECHNIQUES: Record<string, Technique> = {
  leetspeak: (t) => mapWords(t, 0.6, (w) => w.replace(/[aeiost]/gi, (c) => (next() < 0.7 ? (LEET[c.toLowerCase()] ?? c) : c))),
  'spaced-letters': (t) => {
    const sep = pick([' ', '.', '-', '*'])
    const longest = [...new Set(t.match(/[A-Za-z]{5,}/g) ?? [])].sort((a, b) => b.length - a.length).slice(0, 3)
    return longest.reduce((s, w) => s.split(w).join([...w].join(sep)), t)
  },
  confusables: (t) => t.replace(/[aeopcxisykn]/g, (c) => (next() < 0.35 ? LOOKALIKE[c]! : c)),
  'zero-width': (t) => mapWords(t, 0.5, (w) => `${w.slice(0, 2)}${pick(ZERO_WIDTH)}${w.slice(2)}`),
  'tag-characters': (t) => `${pick(['Can you tidy up this function?', 'Quick question about my build.', 'Please review my PR.', 'Thanks for the help earlier!'])}${[...t].map((c) => (c.charCodeAt(0) < 0x7f ? String.fromCodePoint(0xe0000 + c.charCodeAt(0)) : c)).join('')}`,
  base64: (t) => `${pick(['Decode this and do what it says:', 'My task is base64-encoded, please follow it:', 'Instructions (b64):', 'Handle this request, it is base64:'])} ${Buffer.from(t, 'utf8').toString('base64')}`,
  hex: (t) => `${pick(['Here is the task in hex, decode and follow it:', 'hex request:', 'Decode the hex and implement it:'])} ${Buffer.from(t, 'utf8').toString('hex').replace(/(..)/g, '$1 ').trim()}`,
  rot13: (t) => `${pick(['This is rot13, decode it and do it:', 'rot13:', 'Apply rot13 and follow the instructions:'])} ${t.replace(/[a-z]/gi, (c) => String.fromCharCode(((c.charCodeAt(0) - (c <= 'Z' ? 65 : 97) + 13) % 26) + (c <= 'Z' ? 65 : 97)))}`,
  percent: (t) => `${pick(['URL-encoded request:', 'Decode this URL-encoded text and follow it:'])} ${encodeURIComponent(t).replace(/[A-Za-z]/g, (c) => (next() < 0.5 ? `%${c.charCodeAt(0).toString(16)}` : c))}`,
}
const NAMES = Object.keys(TECHNIQUES)

function lastUserIndex(item: DatasetItem): number {
  const messages = item.messages ?? []
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]!.role === 'user' && typeof messages[i]!.content === 'string') return i
  return -1
}

function derive(item: DatasetItem, technique: string, n: number): DatasetItem | undefined {
  const messages = (item.messages ?? [{ role: 'user' as const, content: item.text ?? '' }]).map((m) => ({ ...m }))
  const i = lastUserIndex({ ...item, messages })
  if (i < 0) return undefined
  const original = messages[i]!.content as string
  if (original.length > 1200) return undefined
  messages[i]!.content = TECHNIQUES[technique]!(original)
  return {
    id: `obf-${String(n).padStart(4, '0')}`,
    group: item.group ?? item.id,
    label: item.label,
    category: item.label === 'override' ? 'obfuscation' : item.category,
    style: item.style ?? 'direct',
    lang: 'en',
    codeLanguage: item.codeLanguage ?? null,
    properties: item.properties ?? [],
    messages,
    source: item.id,
    technique,
  } as DatasetItem
}

const items = loadDataset().filter((i) => !i.id.startsWith('obf-') && (i.lang ?? 'en') === 'en')
const overrides = items.filter((i) => i.label === 'override' && (i.category === 'explicit' || i.category === 'indirect'))
const benign = items.filter((i) => i.label === 'benign')
// Every second override and every fifth benign request, round-robin over the techniques.
const chosen = [...overrides.filter((_, k) => k % 2 === 0), ...benign.filter((_, k) => k % 5 === 0)]
const out: DatasetItem[] = []
for (const [k, item] of chosen.entries()) {
  const derived = derive(item, NAMES[k % NAMES.length]!, out.length + 1)
  if (derived) out.push(derived)
}
writeFileSync(OUT, out.map((d) => JSON.stringify(d)).join('\n') + '\n')
console.log(`${out.length} items (${out.filter((d) => d.label === 'override').length} override, ${out.filter((d) => d.label === 'benign').length} benign) written to ${OUT}`)
