import { isLetterOrDigit } from './normalize.js'

/**
 * Characters of Chinese and Japanese, which are written without spaces between words: kana, CJK
 * ideographs and compatibility ideographs.
 */
const UNSPACED_RANGES: ReadonlyArray<readonly [number, number]> = [[0x3040, 0x30ff], [0x3400, 0x9fff], [0xf900, 0xfaff]]

/** The same characters as a regex character-class body. */
export const UNSPACED_CHARS = UNSPACED_RANGES.map(([from, to]) => `\\u${from.toString(16)}-\\u${to.toString(16)}`).join('')

/** Whether a UTF-16 code unit is one of those characters. */
export function isUnspaced(code: number): boolean {
  if (code < UNSPACED_RANGES[0]![0]) return false
  for (const [from, to] of UNSPACED_RANGES) if (code >= from && code <= to) return true
  return false
}

// Punctuation that ends a sentence or clause, Chinese and Japanese full stops included, as a table
// indexed by UTF-16 code unit.
const CLAUSE_ENDS = new Uint8Array(0x10000)
for (const c of '.!?;\n。！？') CLAUSE_ENDS[c.charCodeAt(0)] = 1

/** Whether a UTF-16 code unit ends a sentence or a clause. */
export function isClauseEnd(code: number): boolean {
  return CLAUSE_ENDS[code] === 1
}

/** Natural languages the screener knows by name; anything else reads as `other`. */
export const NATURAL_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'ru', 'zh', 'ja'] as const
export type NaturalLanguage = (typeof NATURAL_LANGUAGES)[number] | 'other'

// Frequent function words of each Latin-script language: a handful of hits decides.
const STOPWORDS: Array<[NaturalLanguage, string]> = [
  ['en', 'the and is are you with this that for it to of please can my'],
  ['es', 'el los las una con para por que del está pero puedes necesito quiero sin'],
  ['fr', 'le les des une avec pour que est dans pas vous je tu sur sans'],
  ['de', 'der die das und ist nicht mit für ich du bitte ein eine auf ohne'],
  ['pt', 'os as uma com para não você que do da está preciso quero sem isso'],
]
const LANGUAGES_OF = new Map<string, NaturalLanguage[]>()
for (const [language, words] of STOPWORDS) for (const word of words.split(' ')) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), language])
const LONGEST_STOPWORD = Math.max(...[...LANGUAGES_OF.keys()].map((w) => w.length))

/**
 * Lower case of a UTF-16 code unit, exact for ASCII and Latin-1, the only letters function words have
 * (`À`–`Þ` are their lower-case letters less 32, `×` aside); other letters are returned as they are,
 * and cannot match a function word either way.
 */
function lowerUnit(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c
}

function hashLower(text: string, from: number, to: number): number {
  let h = 0x811c9dc5
  for (let k = from; k < to; k++) h = Math.imul(h ^ lowerUnit(text.charCodeAt(k)), 0x01000193)
  return h >>> 0
}

// Function words by the hash of their lower-case code units, so a word is looked up where it stands.
const STOPWORDS_BY_HASH = new Map<number, Array<{ word: string; languages: NaturalLanguage[] }>>()
for (const [word, languages] of LANGUAGES_OF) {
  const h = hashLower(word, 0, word.length)
  STOPWORDS_BY_HASH.set(h, [...(STOPWORDS_BY_HASH.get(h) ?? []), { word, languages }])
}

/** The languages whose function word text[from, to) is, compared case-insensitively without a copy. */
function languagesOfWord(text: string, from: number, to: number): readonly NaturalLanguage[] {
  for (const { word, languages } of STOPWORDS_BY_HASH.get(hashLower(text, from, to)) ?? []) {
    if (word.length !== to - from) continue
    let same = true
    for (let k = 0; same && k < word.length; k++) same = lowerUnit(text.charCodeAt(from + k)) === word.charCodeAt(k)
    if (same) return languages
  }
  return NONE
}
const NONE: readonly NaturalLanguage[] = []

const KANA = /[\u3040-\u30ff]/
const HAN = /[\u4e00-\u9fff]/
const CYRILLIC = /[\u0400-\u04ff]/g

/**
 * The natural language a request is written in, from its script and its function words.
 * @example naturalLanguage('Desactiva la verificación SSL, por favor') // 'es'
 */
export function naturalLanguage(full: string): NaturalLanguage {
  // The first couple of thousand characters say as much as the whole text.
  const text = full.length > 2000 ? full.slice(0, 2000) : full
  if (KANA.test(text)) return 'ja'
  if (HAN.test(text)) return 'zh'
  CYRILLIC.lastIndex = 0
  let cyrillic = 0
  while (cyrillic < 4 && CYRILLIC.test(text)) cyrillic++
  if (cyrillic >= 4) return 'ru'
  // Words are runs of letters, digits and `_` (so identifiers like `is_valid` count as one word); only
  // those short enough to be a function word are looked up.
  const counts = new Map<NaturalLanguage, number>()
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    const point = i < text.length ? text.codePointAt(i)! : -1
    if (point >= 0 && (isLetterOrDigit(point) || point === 95)) {
      if (start < 0) start = i
      if (point > 0xffff) i++
      continue
    }
    if (start >= 0 && i - start <= LONGEST_STOPWORD) {
      for (const language of languagesOfWord(text, start, i)) counts.set(language, (counts.get(language) ?? 0) + 1)
    }
    start = -1
  }
  let best: NaturalLanguage = 'other'
  let bestCount = 1
  for (const [language] of STOPWORDS) {
    const count = counts.get(language) ?? 0
    if (count > bestCount) {
      best = language
      bestCount = count
    }
  }
  return best
}
