import { describe, expect, it } from 'vitest'
import { patternWords, regexWords, requiredWords } from './prefilter.js'

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
