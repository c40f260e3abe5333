import { UNSPACED_CHARS } from './language.js'
import { skeleton } from './normalize.js'
import escapeStringRegexp from 'escape-string-regexp'

/**
 * Lexicon matching for the request checks. Terms are written as people write them and compiled
 * into the skeleton space of normalize.ts (lower case, leetspeak and confusables folded, `l` read
 * as `i`), so one term matches `disable`, `D1SABLE` and `dіsable` with a Cyrillic і.
 *
 * Matching is by word: a view is split into words once, and each word is looked up in hash maps,
 * so the cost grows with the length of the text, not with the size of the lexicons.
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
const JOINER = /^[\s\-.:=/'(]{0,3}$/
const SENTENCE_END = /[\n.;!?。！？]/

interface TrieNode {
  next: Map<number, TrieNode>
  entries?: Entry[]
}

interface Word {
  text: string
  start: number
  end: number
}

/**
 * Every lexicon's terms in one index, so a text is split and looked up once for all checks.
 * Terms register when their lexicon is created (at module load); matches are cached for the last
 * text, since every check reads the same view in turn.
 */
class Index {
  private readonly exact = new Map<string, Entry[]>()
  /** open single-word terms (`disabl*`) in a character trie: a word is walked once, without slicing */
  private readonly prefixes: TrieNode = { next: new Map() }
  private readonly anywhere: Array<{ pattern: RegExp; lexicon: number; group: string; cjk: boolean }> = []
  private lexicons = 0
  private lastText: string | undefined
  private lastMatches = new Map<number, Match[]>()

  register(groups: Record<string, readonly string[]>): number {
    const id = this.lexicons++
    for (const [group, list] of Object.entries(groups)) {
      const anywhere: string[] = []
      for (const raw of list) {
        const open = raw.endsWith('*')
        const core = skeleton(raw.replace(/^\*|\*$/g, ''))
        const words = [...core.matchAll(WORD)].map((m) => m[0])
        if (raw.startsWith('*') || CJK.test(core) || !words.length) {
          anywhere.push(escapeStringRegexp(core) + (open ? '[\\p{L}\\p{N}]*' : ''))
          continue
        }
        const lead = core.slice(0, core.indexOf(words[0]!)).trim()
        const last = words.at(-1)!
        const trail = core.slice(core.lastIndexOf(last) + last.length).trim()
        const entry: Entry = { rest: words.slice(1), open, lexicon: id, group, lead, trail }
        if (open && words.length === 1) {
          let node = this.prefixes
          const first = words[0]!
          for (let k = 0; k < first.length; k++) {
            const code = first.charCodeAt(k)
            let child = node.next.get(code)
            if (!child) {
              child = { next: new Map() }
              node.next.set(code, child)
            }
            node = child
          }
          ;(node.entries ??= []).push(entry)
        } else add(this.exact, words[0]!, entry)
      }
      if (anywhere.length) {
        const cjk = anywhere.filter((a) => CJK.test(a))
        const other = anywhere.filter((a) => !CJK.test(a))
        if (cjk.length) this.anywhere.push({ pattern: new RegExp(cjk.join('|'), 'gu'), lexicon: id, group, cjk: true })
        if (other.length) this.anywhere.push({ pattern: new RegExp(other.join('|'), 'gu'), lexicon: id, group, cjk: false })
      }
    }
    this.lastText = undefined
    return id
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
    const words: Word[] = []
    for (const m of text.matchAll(WORD)) words.push({ text: m[0], start: m.index, end: m.index + m[0].length })
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!.text
      const exact = this.exact.get(word)
      if (exact) for (const entry of exact) extend(text, words, i, entry, byLexicon)
      let node: TrieNode | undefined = this.prefixes
      for (let k = 0; node && k < word.length; k++) {
        node = node.next.get(word.charCodeAt(k))
        if (node?.entries) for (const entry of node.entries) extend(text, words, i, entry, byLexicon)
      }
    }
    const cjk = CJK.test(text)
    for (const { pattern, lexicon, group, cjk: needsCjk } of this.anywhere) {
      if (needsCjk && !cjk) continue
      for (const m of text.matchAll(pattern)) add(byLexicon, lexicon, { start: m.index, end: m.index + m[0].length, group })
    }
    return byLexicon
  }
}

function extend(text: string, words: Word[], i: number, entry: Entry, out: Map<number, Match[]>): void {
  const first = words[i]!
  if (entry.lead && text.slice(first.start - entry.lead.length, first.start) !== entry.lead) return
  let end = first.end
  for (let k = 0; k < entry.rest.length; k++) {
    const next = words[i + 1 + k]
    if (!next || !JOINER.test(text.slice(end, next.start))) return
    const want = entry.rest[k]!
    const isLast = k === entry.rest.length - 1
    if (isLast && entry.open ? !next.text.startsWith(want) : next.text !== want) return
    end = next.end
  }
  if (entry.trail) {
    if (text.slice(end, end + entry.trail.length) !== entry.trail) return
    end += entry.trail.length
  }
  add(out, entry.lexicon, { start: entry.lead ? first.start - entry.lead.length : first.start, end, group: entry.group })
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
          if (y.start >= x.end && y.start - x.end <= gap && !SENTENCE_END.test(text.slice(x.end, y.start))) {
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
