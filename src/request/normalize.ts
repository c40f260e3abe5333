import { confusablesMap } from 'confusables'

/**
 * One readable form of a message: the message itself, or text hidden inside it (tag characters,
 * base64, hex, percent-encoding, rot13). `text` is the skeleton the checks and the classifier read;
 * `origin` maps a skeleton index back to the original message so evidence points at what the user sent.
 */
export interface View {
  messageIndex: number
  source: ViewSource
  text: string
  /** original [start, end) of each skeleton character */
  origin: (index: number) => [number, number]
  /** the skeleton differs from plain lower-casing: leetspeak, confusables, invisible characters or spaced-out letters were folded */
  folded: boolean
}

export type ViewSource = 'text' | 'tag-characters' | 'base64' | 'hex' | 'percent' | 'rot13'

// Invisible characters used to split words or smuggle text: zero-width, joiners, bidi controls,
// soft hyphen, variation selectors. Tag characters (U+E0000–E007F) are decoded separately.
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f], [0x200b, 0x200f],
  [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff], [0xffa0, 0xffa0], [0xe0100, 0xe01ef],
]

function isInvisible(cp: number): boolean {
  return INVISIBLE_RANGES.some(([from, to]) => cp >= from && cp <= to)
}
const TAG_START = 0xe0000
const TAG_END = 0xe007f

// Leetspeak digits and symbols, read as letters inside words that also contain letters.
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '|': 'i' }
const LEET_CODES = new Map(Object.entries(LEET).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]))
const BANG = 33
const BAR = 124
const UNDERSCORE = 95
// Letters that leetspeak makes ambiguous fold to one letter everywhere, so `eva1`, `evaI` and `eval` agree.
const LOWER_L = 108
const LOWER_I = 105

/**
 * The skeleton of a text: NFKC, lower case, accents removed from Latin letters, confusable
 * look-alikes mapped to Latin inside mixed-script words, invisible characters dropped, leetspeak
 * read as letters, and spaced-out letters (`e v a l`, `s.t.r.c.p.y`) joined. Lexicon terms go
 * through the same function, so matching compares like with like.
 * @example skeleton('D1SABLE ṡsl vеrify') // 'disabie ssi verify' (the Cyrillic е becomes e)
 */
export function skeleton(text: string): string {
  return fold(text).text
}

interface Folded {
  text: string
  /** original index of each output character */
  index: ArrayLike<number>
  folded: boolean
}

const IDENTITY: ArrayLike<number> = new Proxy([], { get: (_t, key) => (key === 'length' ? Infinity : Number(key)) })
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/
const SPACED = /(?<![a-z0-9])[a-z0-9]([ .\-_*/+,])[a-z0-9](?:\1[a-z0-9]){2,}(?![a-z0-9])/
const LEET_HINT = /[a-z][0-9@$!|]|[0-9@$!|][a-z]/
const LEET_WORD = /[a-z0-9_@$!|]*[0-9@$!|][a-z0-9_@$!|]*/g

function fold(text: string): Folded {
  // Most requests are plain ASCII without spaced-out letters: fold them with native string
  // operations, keeping every character where it was.
  if (ASCII.test(text)) {
    const lower = text.toLowerCase()
    if (!SPACED.test(lower)) {
      let folded = false
      const leet = !LEET_HINT.test(lower) ? lower : lower.replace(LEET_WORD, (word) => {
        const mapped = leetWord(word)
        if (mapped !== word) folded = true
        return mapped
      })
      return { text: leet.replace(/l/g, 'i'), index: IDENTITY, folded }
    }
  }
  return foldSlow(text)
}

/** Leetspeak inside a word that has letters too: `d1s4ble` → `disable`; `1024` and `x86_64` stay. */
function leetWord(word: string): string {
  if (!/[a-z]/.test(word) || word.includes('_')) return word
  let out = ''
  for (let k = 0; k < word.length; k++) {
    const c = word[k]!
    const edge = k === 0 || k === word.length - 1
    out += LEET[c] !== undefined && !((c === '!' || c === '|') && edge) ? LEET[c] : c
  }
  return out
}

interface FoldedCodePoint {
  /** the code points the character reads as: NFKC, lower case, no accents; none for invisible and tag characters */
  points: readonly number[]
  /** the one code point it reads as, or -1 when it reads as none or several (the common case, without a loop) */
  single: number
  /** whether that differs from the lower-cased character (a disguise may have been undone) */
  changed: boolean
}

// Pass 1's result per non-ASCII code point. Text in Chinese, Japanese or Russian repeats a few thousand
// characters, and normalising each one afresh made such text several times slower to screen than English.
// The Basic Multilingual Plane is an array indexed by code point; other planes, a bounded map.
const BMP_FOLDS: Array<FoldedCodePoint | undefined> = new Array<FoldedCodePoint | undefined>(0x10000).fill(undefined)
const ASTRAL_FOLDS = new Map<number, FoldedCodePoint>()
/** Entries each map of other planes keeps at most: bounded for hostile input. */
const MEMO_LIMIT = 1 << 16

function foldCodePoint(cp: number): FoldedCodePoint {
  const known = cp <= 0xffff ? BMP_FOLDS[cp] : ASTRAL_FOLDS.get(cp)
  if (known) return known
  let fold: FoldedCodePoint
  if ((cp >= TAG_START && cp <= TAG_END) || isInvisible(cp)) fold = { points: [], single: -1, changed: true }
  else {
    const ch = String.fromCodePoint(cp)
    let norm = ch.normalize('NFKC').toLowerCase()
    const changed = norm !== ch.toLowerCase()
    // Latin letters with diacritics lose them (`verificación` ~ `verificacion`); ß reads as ss.
    if (/[\u00c0-\u024f]/.test(norm)) norm = norm.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace('ß', 'ss')
    const points = [...norm].map((c) => c.codePointAt(0)!)
    fold = { points, single: points.length === 1 ? points[0]! : -1, changed }
  }
  if (cp <= 0xffff) BMP_FOLDS[cp] = fold
  else if (ASTRAL_FOLDS.size < MEMO_LIMIT) ASTRAL_FOLDS.set(cp, fold)
  return fold
}

/**
 * The skeleton as code points with the original index of each, in typed arrays: the slow path
 * works on numbers, not one-character strings, so text in other scripts folds without allocating
 * per character. One instance is reused (folding is synchronous); `take` copies the result out.
 */
class Points {
  points = new Int32Array(4096)
  index = new Int32Array(4096)
  private units = new Uint16Array(8192)
  length = 0

  push(point: number, at: number): void {
    if (this.length === this.points.length) {
      const points = new Int32Array(this.length * 2)
      const index = new Int32Array(this.length * 2)
      points.set(this.points)
      index.set(this.index)
      this.points = points
      this.index = index
    }
    this.points[this.length] = point
    this.index[this.length++] = at
  }

  /** The code point at `k`, or -1 past either end. */
  at(k: number): number {
    return k >= 0 && k < this.length ? this.points[k]! : -1
  }

  /** The text and a copy of its index, leaving the buffers free for the next fold. */
  take(): { text: string; index: Int32Array } {
    if (this.units.length < this.length * 2) this.units = new Uint16Array(this.length * 2)
    const units = this.units
    let n = 0
    for (let k = 0; k < this.length; k++) {
      const p = this.points[k]!
      if (p > 0xffff) {
        units[n++] = 0xd800 + ((p - 0x10000) >> 10)
        units[n++] = 0xdc00 + ((p - 0x10000) & 0x3ff)
      } else units[n++] = p
    }
    return { text: UTF16.decode(units.subarray(0, n)), index: this.index.slice(0, this.length) }
  }
}

const UTF16 = new TextDecoder('utf-16le')
const SCRATCH = new Points()

function foldSlow(text: string): Folded {
  const chars = SCRATCH
  chars.length = 0
  let folded = false
  // Pass 1: per code point — invisible characters, NFKC, case, accents.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      chars.push(code >= 65 && code <= 90 ? code + 32 : code, i)
      continue
    }
    const cp = text.codePointAt(i)!
    const fold = foldCodePoint(cp)
    if (fold.changed) folded = true
    if (fold.single >= 0) chars.push(fold.single, i)
    else for (const p of fold.points) chars.push(p, i)
    if (cp > 0xffff) i++
  }
  // Pass 2, in place: per word — confusables in mixed-script words, leetspeak, the l/i fold.
  const points = chars.points
  let start = 0
  while (start < chars.length) {
    if (!isWordChar(points[start]!)) {
      start++
      continue
    }
    let end = start
    let ascii = 0
    let other = 0
    let digits = 0
    let letters = 0
    while (end < chars.length && isWordChar(points[end]!)) {
      const code = points[end]!
      if (code >= 97 && code <= 122) {
        ascii++
        letters++
      } else if (code < 0x80) {
        if (code !== UNDERSCORE) digits++
      } else {
        other++
        if (classOf(code) & LETTER) letters++
      }
      end++
    }
    // `!` and `|` end many sentences and tables: they are letters only between letters.
    const leet = letters > 0 && digits > 0 && letters + digits === end - start
    // A word without ASCII letters or leetspeak (Chinese, Cyrillic) has nothing to fold here.
    if (!ascii && !leet) {
      start = end
      continue
    }
    for (let k = start; k < end; k++) {
      let c = points[k]!
      if (other && ascii && c >= 0x80) {
        const mapped = confusable(c)
        if (mapped >= 0) {
          c = mapped
          folded = true
        }
      }
      const leetLetter = leet ? LEET_CODES.get(c) : undefined
      if (leetLetter !== undefined && !((c === BANG || c === BAR) && (k === start || k === end - 1))) {
        c = leetLetter
        folded = true
      }
      points[k] = c === LOWER_L ? LOWER_I : c
    }
    start = end
  }
  // Pass 3: join letters spaced out with one repeated separator: `e v a l`, `s-t-r-c-p-y`, `e.v.a.l`.
  const changed = joinSpacedLetters(chars)
  const { text: skeleton, index } = chars.take()
  return { text: skeleton, index, folded: folded || changed }
}

/** The ASCII letter or digit a look-alike character stands for (Cyrillic а → a), or -1. */
function confusable(point: number): number {
  const mapped = confusablesMap.get(String.fromCodePoint(point))
  return mapped && /^[a-z0-9]$/i.test(mapped) ? mapped.toLowerCase().charCodeAt(0) : -1
}

const LETTER = 1
const LETTER_OR_DIGIT = 2
const KNOWN = 4
// Unicode class of each character met so far: a table lookup is far cheaper than a \p{…} test per
// character. The Basic Multilingual Plane gets a 64 KB table; other planes a bounded map.
const BMP_CLASSES = new Uint8Array(0x10000)
const ASTRAL_CLASSES = new Map<number, number>()

function classOf(point: number): number {
  let bits = point <= 0xffff ? BMP_CLASSES[point]! : (ASTRAL_CLASSES.get(point) ?? 0)
  if (bits === 0) {
    const c = String.fromCodePoint(point)
    bits = KNOWN | (/\p{L}/u.test(c) ? LETTER : 0) | (/[\p{L}\p{N}]/u.test(c) ? LETTER_OR_DIGIT : 0)
    if (point <= 0xffff) BMP_CLASSES[point] = bits
    else if (ASTRAL_CLASSES.size < MEMO_LIMIT) ASTRAL_CLASSES.set(point, bits)
  }
  return bits
}

/** Whether a code point is a letter or a digit (`\p{L}` or `\p{N}`), from the memoised class table. */
export function isLetterOrDigit(point: number): boolean {
  if (point < 0x80) return (point >= 97 && point <= 122) || (point >= 65 && point <= 90) || (point >= 48 && point <= 57)
  return (classOf(point) & LETTER_OR_DIGIT) !== 0
}

/** A character of a word in the skeleton: a letter or digit, `_`, or leetspeak's `@$!|`. */
function isWordChar(code: number): boolean {
  return isLetterOrDigit(code) || code === UNDERSCORE || code === 64 || code === 36 || code === BANG || code === BAR
}

const SEPARATORS = new Set([...' .-_*·/+,'].map((c) => c.charCodeAt(0)))

/** Joins spaced-out letters in place; returns whether any were joined. */
function joinSpacedLetters(chars: Points): boolean {
  const { points, index } = chars
  const length = chars.length
  let out = 0
  let changed = false
  let i = 0
  while (i < length) {
    // A run like x S y S z S w: at least four single letters with the same separator between them.
    const sep = chars.at(i + 1)
    if (isLetter(points[i]!) && (i === 0 || !isLetter(points[i - 1]!)) && SEPARATORS.has(sep)) {
      let j = i
      while (isLetter(chars.at(j)) && chars.at(j + 1) === sep && isLetter(chars.at(j + 2)) && !isLetter(chars.at(j + 3))) j += 2
      const count = (j - i) / 2 + 1
      if (count >= 4) {
        for (let k = i; k <= j; k += 2) {
          points[out] = points[k]!
          index[out++] = index[k]!
        }
        changed = true
        i = j + 1
        continue
      }
    }
    points[out] = points[i]!
    index[out++] = index[i]!
    i++
  }
  chars.length = out
  return changed
}

/** A letter or digit of the folded text (which has no upper case), or false for -1 past either end. */
function isLetter(code: number): boolean {
  return code >= 0 && isLetterOrDigit(code)
}

/**
 * Every readable form of one message: the message, and each piece of text hidden in it, decoded
 * and folded. Decoding goes two levels deep (base64 inside hex is still found).
 */
export function viewsOf(text: string, messageIndex: number): View[] {
  const views: View[] = []
  const main = fold(text)
  views.push(makeView(messageIndex, 'text', main, (i) => [main.index[i] ?? text.length, (main.index[i] ?? text.length) + 1]))
  for (const hidden of hiddenTexts(text)) {
    const inner = fold(hidden.text)
    const span: [number, number] = [hidden.start, hidden.end]
    views.push(makeView(messageIndex, hidden.source, inner, () => span, true))
    // One more level: encodings are often stacked (base64 of hex, rot13 of base64).
    for (const deeper of hiddenTexts(hidden.text)) {
      const d = fold(deeper.text)
      views.push(makeView(messageIndex, deeper.source, d, () => span, true))
    }
  }
  return views
}

function makeView(messageIndex: number, source: ViewSource, f: Folded, origin: View['origin'], hidden = false): View {
  return { messageIndex, source, text: f.text, origin, folded: hidden || f.folded }
}

interface Hidden {
  source: Exclude<ViewSource, 'text'>
  text: string
  start: number
  end: number
}

const BASE64_MIN_RUN = 16
// Base64 of text mixes cases and digits or + and /; identifiers_like_this and words do not.
const BASE64_SHAPE = /^(?=.*[0-9+/])(?=.*[a-z])(?=.*[A-Z])/
const HEX = /(?<![0-9A-Fa-f])(?:0x)?(?:[0-9A-Fa-f]{2}[ :]?){8,}(?![0-9A-Fa-f])|(?:\\x[0-9A-Fa-f]{2}){6,}/g
const HEX_HINT = /[0-9][0-9a-fA-F][ :]?[0-9][0-9a-fA-F][ :]?[0-9][0-9a-fA-F]|\\x[0-9a-fA-F]{2}/
const PERCENT = /(?:%[0-9A-Fa-f]{2}[^%\s]{0,2}){4,}/g
// Frequent short English words: plain English is full of them, rot13 English is not, and vice versa.
const ENGLISH = /\b(?:the|and|you|to|of|is|it|that|for|this|with|your|all|not|use|code|ignore|disable|previous|instructions)\b/g

/** Text hidden inside a message: tag characters, base64, hex, percent-encoding, rot13. */
export function hiddenTexts(text: string): Hidden[] {
  const found: Hidden[] = []
  const tags = tagText(text)
  if (tags) found.push(tags)
  for (const [start, end] of base64Runs(text)) {
    const run = text.slice(start, end)
    if (!BASE64_SHAPE.test(run)) continue
    const decoded = decodeBase64(run)
    if (decoded) found.push({ source: 'base64', text: decoded, start, end })
  }
  // Hex of text always has digits: every printable byte starts with 2–7.
  for (const m of HEX_HINT.test(text) ? text.matchAll(HEX) : []) {
    const hex = m[0].replace(/\\x|0x|[ :]/g, '')
    const decoded = printable(Buffer.from(hex, 'hex'))
    if (decoded) found.push({ source: 'hex', text: decoded, start: m.index, end: m.index + m[0].length })
  }
  for (const m of text.matchAll(PERCENT)) {
    try {
      const decoded = decodeURIComponent(m[0])
      if (/[a-z]{3}/i.test(decoded)) found.push({ source: 'percent', text: decoded, start: m.index, end: m.index + m[0].length })
    } catch {
      // Not valid percent-encoding: nothing hidden there.
    }
  }
  // rot13: only mostly-ASCII text that is not already plain English is worth rotating.
  const sample = text.length > 2000 ? text.slice(0, 2000) : text
  const plainWords = mostlyAsciiLetters(sample) ? (sample.toLowerCase().match(ENGLISH) ?? []).length : -1
  if (plainWords >= 0 && (plainWords < 3 || plainWords * 40 < sample.length)) {
    const rot = rot13(text)
    const rotWords = (rot.slice(0, 2000).toLowerCase().match(ENGLISH) ?? []).length
    if (rotWords >= 3 && rotWords > 2 * plainWords) found.push({ source: 'rot13', text: rot, start: 0, end: text.length })
  }
  return found
}

/** Whole runs of base64 characters (standard or URL-safe) of at least 16, with up to two `=` of padding. */
function base64Runs(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 95 || c === 45) {
      if (start < 0) start = i
      continue
    }
    if (start >= 0 && i - start >= BASE64_MIN_RUN) {
      let end = i
      while (end < text.length && end - i < 2 && text.charCodeAt(end) === 61) end++
      runs.push([start, end])
    }
    start = -1
  }
  return runs
}

function tagText(text: string): Hidden | undefined {
  // Tag characters are U+E0020–E007E: in UTF-16, high surrogate DB40 and a low one.
  if (!text.includes('\udb40')) return undefined
  let out = ''
  let start = -1
  let end = -1
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!
    if (cp >= 0xe0020 && cp <= 0xe007e) {
      out += String.fromCharCode(cp - TAG_START)
      if (start < 0) start = i
      end = i + 2
      i++
    }
  }
  return out.trim() ? { source: 'tag-characters', text: out, start, end } : undefined
}

function decodeBase64(candidate: string): string | undefined {
  const bytes = Buffer.from(candidate.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
  return bytes.length >= 8 ? printable(bytes) : undefined
}

/** UTF-8 text that is mostly printable, or undefined for binary data. */
function printable(bytes: Buffer): string | undefined {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
  let good = 0
  for (const c of text) if (/[\p{L}\p{N}\p{P}\p{Zs}\n\t=<>+$^`|~]/u.test(c)) good++
  return good >= 0.9 * [...text].length && /\p{L}{3}/u.test(text) ? text : undefined
}

function mostlyAsciiLetters(text: string): boolean {
  let ascii = 0
  let other = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32
    if (c >= 97 && c <= 122) ascii++
    else if (text.charCodeAt(i) >= 0xc0) other++
  }
  return ascii > 0 && ascii >= 9 * other
}

function rot13(text: string): string {
  const codes = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    codes[i] = c >= 65 && c <= 90 ? ((c - 52) % 26) + 65 : c >= 97 && c <= 122 ? ((c - 84) % 26) + 97 : c
  }
  return new TextDecoder('utf-16le').decode(codes)
}
