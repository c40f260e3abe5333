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
 * The natural language a request is written in, from its script and its function words.
 * @example naturalLanguage('Desactiva la verificación SSL, por favor') // 'es'
 */
export function naturalLanguage(full: string): NaturalLanguage {
  // The first couple of thousand characters say as much as the whole text.
  const text = full.length > 2000 ? full.slice(0, 2000) : full
  if (/[\u3040-\u30ff]/.test(text)) return 'ja'
  if (/[\u4e00-\u9fff]/.test(text)) return 'zh'
  if ((text.match(/[\u0400-\u04ff]/g)?.length ?? 0) >= 4) return 'ru'
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
      for (const language of LANGUAGES_OF.get(text.slice(start, i).toLowerCase()) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1)
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
