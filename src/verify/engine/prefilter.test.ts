import { describe, expect, it } from 'vitest'
import { patternWords, regexWords, requiredWords, TrigramFilter } from './prefilter.js'

describe('regexWords', () => {
  it('extracts the alternatives of callee-name regexes', () => {
    expect(regexWords('^(?:memcpy|memmove|strncpy)$')).toEqual(['memcpy', 'memmove', 'strncpy'])
    expect(regexWords('(?:^|\\.)(?:open|listdir)$')).toEqual(['open', 'listdir'])
    expect(regexWords('^os\\.(system|popen)$')).toEqual(['system', 'popen'])
    expect(regexWords('EVP_md5')).toEqual(['EVP_md5'])
  })

  it('declines what it cannot prove', () => {
    expect(regexWords('(?i)md5')).toBeUndefined()
    expect(regexWords('^\\w+$')).toBeUndefined()
    expect(regexWords('^(?:a|bc)$')).toBeUndefined() // words too short to help
    expect(regexWords('(?:system)?exec')).toEqual(['exec'])
  })

  it('drops quantified characters and optional groups', () => {
    expect(regexWords('^sprintfs?$')).toEqual(['sprintf'])
    expect(regexWords('^(?:foo)*barbaz$')).toEqual(['barbaz'])
  })
})

describe('patternWords and requiredWords', () => {
  it('takes the longest literal identifier of a pattern', () => {
    expect(patternWords('os.system($CMD)')).toEqual(['system'])
    expect(patternWords('$CALL($$$ARGS)')).toBeUndefined()
  })

  it('combines rule keys: conjunctions pick one, any unions all', () => {
    expect(requiredWords({ rule: { kind: 'call', has: { field: 'function', regex: '^(?:md5|sha1)$' } } })).toEqual(['md5', 'sha1'])
    expect(requiredWords({ rule: { any: [{ pattern: 'pickle.loads($X)' }, { pattern: 'yaml.load($X)' }] } })).toEqual(['pickle', 'yaml'])
    expect(requiredWords({ rule: { any: [{ pattern: 'pickle.loads($X)' }, { kind: 'call' }] } })).toBeUndefined()
    expect(requiredWords({ rule: { kind: 'string' } })).toBeUndefined()
    expect(requiredWords({ rule: { pattern: '$F($X)' }, constraints: { F: { regex: '^(?:strcpy|strcat)$' } } })).toEqual(['strcpy', 'strcat'])
  })
})

describe('TrigramFilter', () => {
  it('never rules out a word the text contains, whatever its characters', () => {
    const text = 'const fs = require("node:fs");\n// naïve 日本語 😀 emoji\nfs.readFileSync(p)'
    const filter = new TrigramFilter(text)
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 3; end <= Math.min(text.length, start + 12); end++) expect(filter.mayContain(text.slice(start, end))).toBe(true)
    }
  })

  it('rules out words with a trigram the text lacks', () => {
    const filter = new TrigramFilter('fs.readFileSync(path)')
    expect(filter.mayContain('child_process')).toBe(false)
    expect(filter.mayContain('eval')).toBe(false)
    expect(filter.mayContain('readFile')).toBe(true)
    expect(new TrigramFilter('').mayContain('abc')).toBe(false)
  })
})
