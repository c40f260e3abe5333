import { isClauseEnd, UNSPACED_CHARS } from './language.js'
import { isLetterOrDigit, skeleton } from './normalize.js'
import escapeStringRegexp from 'escape-string-regexp'

/**
 * Lexicon matching for the request checks. Terms are written as people write them and compiled
 * into the skeleton space of normalize.ts (lower case, leetspeak and confusables folded, `l` read
 * as `i`), so one term matches `disable`, `D1SABLE` and `dіsable` with a Cyrillic і.
 *
 * Matching is by word: a view is split into words once, and each word is walked once through a
 * character trie of the terms' first words, so the cost grows with the length of the text, not
 * with the size of the lexicons, and no word is copied out of the text.
 *
 * - A term ending in `*` matches any ending of its last word (`disabl*` → disable, disabled).
 * - Words of a term may be separated in the text by spaces, `_`, `-`, `.`, `:`, `=`, `/` or
 *   nothing else (`bounds check`, `bounds-check`, `os.system`, `verify=false`).
 * - Terms in scripts without spaces (Chinese, Japanese) and terms starting with `*` match anywhere.
 */
export interface Match {
  start: number
  end: number
  /** the group the term belongs to, for lexicons with several */
  group: string
}

export interface Matcher {
  find: (text: string) => Match[]
}

interface Entry {
  rest: string[]
  open: boolean
  /** the lexicon that registered the term, and the term's group in it */
  lexicon: number
  group: string
  /** punctuation the term starts with (`|safe`, `.so`): must precede the first word */
  lead: string
  trail: string
}

const CJK = new RegExp(`[${UNSPACED_CHARS}]`)
const WORD = /[\p{L}\p{N}_]+/gu
const SPACE = /\s/
const JOINERS = new Set([...'-.:=/\'('].map((c) => c.charCodeAt(0)))

interface TrieNode {
  next: Map<number, TrieNode>
  /** terms whose first word is exactly this path */
  exact?: Entry[]
  /** open single-word terms (`disabl*`): any word starting with this path */
  prefix?: Entry[]
}

/** A term of a script without spaces, in a character trie walked from every position of a text. */
interface UnspacedTerm {
  /** which group's matches it adds to: an index into `Index.anywhere` */
  slot: number
  /** its place among the group's terms: the first listed wins where several match, as in a regex alternation */
  order: number
  open: boolean
}

interface UnspacedNode {
  next: Map<number, UnspacedNode>
  terms?: UnspacedTerm[]
}

/** The trie node for `path` under `root`, created on the way as needed. */
function pathTo<Node extends { next: Map<number, Node> }>(root: Node, path: string): Node {
  let node = root
  for (let k = 0; k < path.length; k++) {
    const code = path.charCodeAt(k)
    let child = node.next.get(code)
    if (!child) {
      child = { next: new Map() } as Node
      node.next.set(code, child)
    }
    node = child
  }
  return node
}

/** The words of the text being scanned, as [start, end) offsets in reused buffers. */
let wordStarts = new Int32Array(1024)
let wordEnds = new Int32Array(1024)
let wordCount = 0

function splitWords(text: string): void {
  wordCount = 0
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    const point = i < text.length ? text.codePointAt(i)! : -1
    const inWord = point === 95 || (point >= 0 && isLetterOrDigit(point))
    if (inWord && start < 0) start = i
    else if (!inWord && start >= 0) {
      if (wordCount === wordStarts.length) {
        const starts = new Int32Array(wordCount * 2)
        const ends = new Int32Array(wordCount * 2)
        starts.set(wordStarts)
        ends.set(wordEnds)
        wordStarts = starts
        wordEnds = ends
      }
      wordStarts[wordCount] = start
      wordEnds[wordCount++] = i
      start = -1
    }
    if (point > 0xffff) i++
  }
}

/**
 * Every lexicon's terms in one index, so a text is split and looked up once for all checks.
 * Terms register when their lexicon is created (at module load); matches are cached for the last
 * text, since every check reads the same view in turn.
 */
class Index {
  /** every term's first word in a character trie: a word is walked once, without slicing */
  private readonly words: TrieNode = { next: new Map() }
  /**
   * Terms matched anywhere, a slot per lexicon group and kind: a regex for terms with a leading `*`,
   * or, for Chinese and Japanese terms, `pattern` undefined and the terms in the character trie.
   */
  private readonly anywhere: Array<{ pattern?: RegExp; lexicon: number; group: string }> = []
  private readonly unspaced: UnspacedNode = { next: new Map() }
  /** first characters of the trie's terms, so most positions are passed over with one table read */
  private readonly unspacedStarts = new Uint8Array(0x10000)
  private lexicons = 0
  private lastText: string | undefined
  private lastMatches = new Map<number, Match[]>()

  register(groups: Record<string, readonly string[]>): number {
    const id = this.lexicons++
    for (const [group, list] of Object.entries(groups)) {
      const anywhere: Array<{ core: string; open: boolean }> = []
      for (const raw of list) {
        const open = raw.endsWith('*')
        const core = skeleton(raw.replace(/^\*|\*$/g, ''))
        const words = [...core.matchAll(WORD)].map((m) => m[0])
        if (raw.startsWith('*') || CJK.test(core) || !words.length) {
          anywhere.push({ core, open })
          continue
        }
        const lead = core.slice(0, core.indexOf(words[0]!)).trim()
        const last = words.at(-1)!
        const trail = core.slice(core.lastIndexOf(last) + last.length).trim()
        const entry: Entry = { rest: words.slice(1), open, lexicon: id, group, lead, trail }
        const node = pathTo(this.words, words[0]!)
        if (open && words.length === 1) (node.prefix ??= []).push(entry)
        else (node.exact ??= []).push(entry)
      }
      if (anywhere.length) {
        const unspaced = anywhere.filter((a) => CJK.test(a.core))
        const other = anywhere.filter((a) => !CJK.test(a.core))
        if (unspaced.length) {
          const slot = this.anywhere.push({ lexicon: id, group }) - 1
          for (const [order, { core, open }] of unspaced.entries()) this.addUnspaced(core, { slot, order, open })
        }
        if (other.length) this.anywhere.push({ pattern: new RegExp(other.map((a) => escapeStringRegexp(a.core) + (a.open ? '[\\p{L}\\p{N}]*' : '')).join('|'), 'gu'), lexicon: id, group })
      }
    }
    this.lastText = undefined
    return id
  }

  private addUnspaced(core: string, term: UnspacedTerm): void {
    this.unspacedStarts[core.charCodeAt(0)] = 1
    ;(pathTo(this.unspaced, core).terms ??= []).push(term)
  }

  matches(text: string, id: number): Match[] {
    if (text !== this.lastText) {
      this.lastMatches = this.scan(text)
      this.lastText = text
    }
    return this.lastMatches.get(id) ?? []
  }

  private scan(text: string): Map<number, Match[]> {
    const byLexicon = new Map<number, Match[]>()
    splitWords(text)
    const prefixes: TrieNode[] = []
    for (let i = 0; i < wordCount; i++) {
      const start = wordStarts[i]!
      const end = wordEnds[i]!
      let node: TrieNode | undefined = this.words
      prefixes.length = 0
      for (let k = start; node && k < end; k++) {
        node = node.next.get(text.charCodeAt(k))
        if (node?.prefix) prefixes.push(node)
      }
      // Terms whose first word is this word, then open terms by the length of their prefix.
      if (node?.exact) for (const entry of node.exact) extend(text, i, entry, byLexicon)
      for (const prefix of prefixes) for (const entry of prefix.prefix!) extend(text, i, entry, byLexicon)
    }
    const unspaced = CJK.test(text) ? this.scanUnspaced(text) : undefined
    for (let slot = 0; slot < this.anywhere.length; slot++) {
      const { pattern, lexicon, group } = this.anywhere[slot]!
      if (pattern) {
        pattern.lastIndex = 0
        for (let m = pattern.exec(text); m; m = pattern.exec(text)) add(byLexicon, lexicon, { start: m.index, end: m.index + m[0].length, group })
      } else for (const m of unspaced?.get(slot) ?? []) add(byLexicon, lexicon, m)
    }
    return byLexicon
  }

  /**
   * Matches of the Chinese and Japanese terms by slot, walking the trie once from each position:
   * per slot leftmost first, the first-listed term where several start at one position, and no
   * overlap, the matches a regex alternation of the slot's terms would give.
   */
  private scanUnspaced(text: string): Map<number, Match[]> {
    const out = new Map<number, Match[]>()
    const slots = this.anywhere.length
    // Per slot: where its next match may start, and the best term starting at the current position.
    const free = new Int32Array(slots)
    const bestOrder = new Int32Array(slots).fill(-1)
    const bestEnd = new Int32Array(slots)
    const bestTerm: Array<UnspacedTerm | undefined> = new Array<UnspacedTerm | undefined>(slots)
    const seen: number[] = []
    const starts = this.unspacedStarts
    for (let p = 0; p < text.length; p++) {
      if (!starts[text.charCodeAt(p)]) continue
      let node: UnspacedNode | undefined = this.unspaced
      for (let k = p; node && k < text.length; k++) {
        node = node.next.get(text.charCodeAt(k))
        if (!node?.terms) continue
        for (const term of node.terms) {
          if (free[term.slot]! > p) continue
          const known = bestOrder[term.slot]!
          if (known < 0) seen.push(term.slot)
          if (known < 0 || term.order < known) {
            bestOrder[term.slot] = term.order
            bestEnd[term.slot] = k + 1
            bestTerm[term.slot] = term
          }
        }
      }
      for (const slot of seen) {
        let stop = bestEnd[slot]!
        if (bestTerm[slot]!.open) {
          for (let point = text.codePointAt(stop); point !== undefined && isLetterOrDigit(point); point = text.codePointAt(stop)) stop += point > 0xffff ? 2 : 1
        }
        add(out, slot, { start: p, end: stop, group: this.anywhere[slot]!.group })
        free[slot] = stop
        bestOrder[slot] = -1
      }
      seen.length = 0
    }
    return out
  }
}

function extend(text: string, i: number, entry: Entry, out: Map<number, Match[]>): void {
  const first = wordStarts[i]!
  if (entry.lead && (first < entry.lead.length || !text.startsWith(entry.lead, first - entry.lead.length))) return
  let end = wordEnds[i]!
  for (let k = 0; k < entry.rest.length; k++) {
    const next = i + 1 + k
    if (next >= wordCount || !joins(text, end, wordStarts[next]!)) return
    const want = entry.rest[k]!
    const isLast = k === entry.rest.length - 1
    const length = wordEnds[next]! - wordStarts[next]!
    if (!text.startsWith(want, wordStarts[next]!) || (isLast && entry.open ? length < want.length : length !== want.length)) return
    end = wordEnds[next]!
  }
  if (entry.trail) {
    if (!text.startsWith(entry.trail, end)) return
    end += entry.trail.length
  }
  add(out, entry.lexicon, { start: entry.lead ? first - entry.lead.length : first, end, group: entry.group })
}

/** Whether the gap between two words joins them into one term: at most three spaces or `-.:=/'(`. */
function joins(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k)
    if (!JOINERS.has(code) && !(code === 32 || SPACE.test(text[k]!))) return false
  }
  return true
}

/** Whether a sentence ends in text[from, to). */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isClauseEnd(text.charCodeAt(k))) return true
  return false
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const INDEX = new Index()

function lexiconMatcher(groups: Record<string, readonly string[]>): Matcher {
  const id = INDEX.register(groups)
  return { find: (text) => INDEX.matches(text, id) }
}

/** Any of the terms. */
export function terms(...list: string[]): Matcher {
  return lexiconMatcher({ '': list })
}

/** Several named groups of terms, matched in one pass; each match names its group. */
export function lexicon(groups: Record<string, readonly string[]>): Matcher {
  return lexiconMatcher(groups)
}

/** `a` followed by `b` within about `words` words, in the same sentence. */
export function near(a: Matcher, b: Matcher, words = 3): Matcher {
  const gap = words * 12
  return {
    find(text) {
      const as = a.find(text)
      if (!as.length) return []
      const bs = b.find(text)
      const out: Match[] = []
      for (const x of as) {
        for (const y of bs) {
          if (y.start >= x.end && y.start - x.end <= gap && !endsSentence(text, x.end, y.start)) {
            out.push({ start: x.start, end: y.end, group: x.group })
            break
          }
        }
      }
      return out
    },
  }
}

/** `a` then `b`, or `b` then `a`, within about `words` words in the same sentence. */
export function around(a: Matcher, b: Matcher, words = 3): Matcher {
  return either(near(a, b, words), near(b, a, words))
}

export function either(...parts: Matcher[]): Matcher {
  return { find: (text) => parts.flatMap((p) => p.find(text)) }
}
