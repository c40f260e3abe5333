import type { NapiConfig } from '@ast-grep/napi'

/**
 * A text prefilter, as semgrep and ripgrep use: the words a file must contain (any one of them)
 * for a rule to be able to match it. A rule whose words are all absent is skipped without asking
 * ast-grep, which would compile the rule and walk the whole tree. Derived conservatively from the
 * rule's own patterns and regexes: when in doubt, there is no prefilter and the rule always runs.
 */
export type Words = readonly string[]

const MIN_WORD = 3
type Json = Record<string, unknown>

const cache = new WeakMap<object, Words | null>()

/** The words of a rule config, or undefined when the rule may match any file. */
export function requiredWords(config: NapiConfig): Words | undefined {
  const cached = cache.get(config)
  if (cached !== undefined) return cached ?? undefined
  const rule = config.rule as Json
  const constraints = (config as { constraints?: Record<string, Json> }).constraints ?? {}
  const words = ruleWords(rule, constraints)
  cache.set(config, words ?? null)
  return words
}

/** Picks the most selective of several necessary word sets: the one whose shortest word is longest. */
function best(sets: Array<Words | undefined>): Words | undefined {
  let out: Words | undefined
  let score = 0
  for (const s of sets) {
    if (!s || s.length === 0) continue
    const shortest = Math.min(...s.map((w) => w.length))
    if (shortest >= MIN_WORD && (out === undefined || shortest > score)) {
      out = s
      score = shortest
    }
  }
  return out
}

function union(sets: Array<Words | undefined>): Words | undefined {
  if (sets.length === 0 || sets.some((s) => !s || s.length === 0)) return undefined
  return [...new Set(sets.flatMap((s) => [...s!]))]
}

function ruleWords(rule: Json, constraints: Record<string, Json>): Words | undefined {
  // A rule object is the conjunction of its keys: any one key's words are necessary.
  const sets: Array<Words | undefined> = []
  // Context patterns (`{ context: 'void f(){ $F($X); }', selector }`) wrap the match in code the file
  // need not contain: only their metavariables' constraints give words.
  const patternText = typeof rule.pattern === 'string' ? rule.pattern : typeof (rule.pattern as Json | undefined)?.context === 'string' ? ((rule.pattern as Json).context as string) : undefined
  if (typeof rule.pattern === 'string') sets.push(patternWords(rule.pattern))
  if (patternText !== undefined) {
    // A constraint on a metavariable the pattern always binds is necessary too.
    for (const [name, c] of Object.entries(constraints)) {
      if (new RegExp(`\\$${name}(?![A-Z0-9_])`).test(patternText) && typeof c.regex === 'string') sets.push(regexWords(c.regex))
    }
  }
  if (typeof rule.regex === 'string') sets.push(regexWords(rule.regex))
  for (const key of ['has', 'inside', 'follows', 'precedes'] as const) {
    const sub = rule[key]
    if (sub && typeof sub === 'object') sets.push(ruleWords(sub as Json, {}))
  }
  if (Array.isArray(rule.all)) sets.push(best((rule.all as Json[]).map((r) => ruleWords(r, constraints))))
  if (Array.isArray(rule.any)) sets.push(union((rule.any as Json[]).map((r) => ruleWords(r, constraints))))
  return best(sets)
}

/** Identifiers in a pattern that are not metavariables: the matched code contains each of them. */
export function patternWords(pattern: string): Words | undefined {
  const words = [...pattern.replace(/\$\$?\$?[A-Z_][A-Z0-9_]*/g, ' ').matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)].map((m) => m[0])
  const longest = words.sort((a, b) => b.length - a.length)[0]
  return longest ? [longest] : undefined
}

/**
 * Literal strings one of which every match of a Rust regex contains, or undefined. Handles the
 * shapes rules use (`^(?:memcpy|memmove)$`, `(?:^|\.)open$`, `EVP_md5`); anything else is undefined.
 */
export function regexWords(re: string): Words | undefined {
  if (/\(\?[a-z-]*i/.test(re)) return undefined // case-insensitive: literal case is unknown
  const alternatives = splitTop(re, '|')
  if (alternatives.length > 1) return union(alternatives.map(regexWords))
  const items = concatItems(re)
  if (!items) return undefined
  return best(items)
}

/** Splits at a separator that stands outside groups and classes. */
function splitTop(re: string, sep: string): string[] {
  const parts: string[] = []
  let depth = 0
  let inClass = false
  let start = 0
  for (let i = 0; i < re.length; i++) {
    const ch = re[i]!
    if (ch === '\\') {
      i += 1
      continue
    }
    if (inClass) {
      if (ch === ']') inClass = false
      continue
    }
    if (ch === '[') inClass = true
    else if (ch === '(') depth += 1
    else if (ch === ')') depth -= 1
    else if (ch === sep && depth === 0) {
      parts.push(re.slice(start, i))
      start = i + 1
    }
  }
  parts.push(re.slice(start))
  return parts
}

const LITERAL_ESCAPES = new Set(['.', '(', ')', '[', ']', '{', '}', '*', '+', '?', '|', '^', '$', '\\', '/', '-', ':', '<', '>', '"', "'", '#', '&', '~', '@', '=', '!', ',', ' ', '%'])

/**
 * The word sets of each item of a concatenation: runs of literal characters, and groups whose
 * alternatives all have words. Returns undefined for syntax it does not model.
 */
function concatItems(re: string): Array<Words | undefined> | undefined {
  const items: Array<Words | undefined> = []
  let run = ''
  const flush = (): void => {
    if (run) items.push([run])
    run = ''
  }
  let i = 0
  while (i < re.length) {
    const ch = re[i]!
    const quantified = (end: number): boolean => /^[*?]|^\{0/.test(re.slice(end))
    if (ch === '\\') {
      const next = re[i + 1] ?? ''
      if (LITERAL_ESCAPES.has(next) && !quantified(i + 2)) {
        run += next
        i += 2
        continue
      }
      flush()
      i += 2
      continue
    }
    if (ch === '(') {
      flush()
      let depth = 0
      let j = i
      for (; j < re.length; j++) {
        if (re[j] === '\\') {
          j += 1
          continue
        }
        if (re[j] === '(') depth += 1
        else if (re[j] === ')' && --depth === 0) break
      }
      const inner = re.slice(i + 1, j).replace(/^\?(?:[a-zA-Z-]*:|<[A-Za-z_]\w*>|P<[A-Za-z_]\w*>)/, '')
      items.push(quantified(j + 1) ? undefined : regexWords(inner))
      i = j + 1
      continue
    }
    if (ch === '[') {
      flush()
      const close = re.indexOf(']', i + 2)
      i = close < 0 ? re.length : close + 1
      continue
    }
    if ('^$.'.includes(ch)) {
      flush()
      i += 1
      continue
    }
    if ('*?+{'.includes(ch)) {
      // A quantifier applies to the last character of the run: drop it from the run.
      const last = run.slice(-1)
      run = run.slice(0, -1)
      flush()
      if (ch === '+' && last) run = last
      if (ch === '{') i = re.indexOf('}', i) + 1
      else i += 1
      continue
    }
    if (ch === ')') return undefined
    run += ch
    i += 1
  }
  flush()
  return items
}

const TRIGRAM_BITS = 1 << 16

/**
 * The hashed trigrams of a text, in one pass: a word with a trigram the text lacks cannot occur in
 * it. Most rule words are absent from most files, so this answers them without a substring search
 * over the whole text (the idea of trigram code-search indexes); a present trigram says nothing, and
 * `includes` decides. Sound for any text: hash collisions only let a word through to `includes`.
 */
export class TrigramFilter {
  private readonly bits = new Uint32Array(TRIGRAM_BITS >>> 5)

  constructor(text = '') {
    this.load(text)
  }

  /** Forgets the previous text and takes the trigrams of `text`: one filter serves file after file. */
  load(text: string): this {
    this.bits.fill(0)
    let a = 0
    let b = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      const h = (a * 961 + b * 31 + c) & (TRIGRAM_BITS - 1)
      this.bits[h >>> 5]! |= 1 << (h & 31)
      a = b
      b = c
    }
    return this
  }

  /** False when `word` (3+ characters) cannot be a substring of the text; true when it may be. */
  mayContain(word: string): boolean {
    for (let i = 2; i < word.length; i++) {
      const h = (word.charCodeAt(i - 2) * 961 + word.charCodeAt(i - 1) * 31 + word.charCodeAt(i)) & (TRIGRAM_BITS - 1)
      if ((this.bits[h >>> 5]! & (1 << (h & 31))) === 0) return false
    }
    return true
  }
}
