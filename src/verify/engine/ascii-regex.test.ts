import { parse } from '@ast-grep/napi'
import { describe, expect, it } from 'vitest'
import { asciiConfig, asciiRegex } from './ascii-regex.js'

describe('asciiRegex', () => {
  it('rewrites Unicode classes to ASCII ones', () => {
    expect(asciiRegex('^\\w+\\s*=\\d')).toBe('^(?-u:\\w)+[\\t\\n\\x0B\\f\\r ]*=[0-9]')
    expect(asciiRegex('\\bkey\\b')).toBe('(?-u:\\b)key(?-u:\\b)')
    expect(asciiRegex('[\\w.]+')).toBe('[0-9A-Za-z_.]+')
    expect(asciiRegex('a\\.b\\(')).toBe('a\\.b\\(')
  })

  it('expands case-insensitive letters instead of using Unicode case folding', () => {
    expect(asciiRegex('(?i)md5|sha')).toBe('[mM][dD]5|[sS][hH][aA]')
    expect(asciiRegex('x(?i:ab)y')).toBe('x(?:[aA][bB])y')
    expect(asciiRegex('(?i)[a-c_]')).toBe('[a-c_A-C]')
  })

  it('matches what the original matched on ASCII text', () => {
    const cases: Array<[string, string[], string[]]> = [
      ['(?i)^\\w*(?:pass|secret)\\w*\\s*=', ['DB_PASSWORD = "x"', 'my_Secret= 1'], ['user = "x"', 'pass_through']],
      ['^(?:os\\.system|subprocess\\.call)$', ['os.system', 'subprocess.call'], ['os.systemx', 'xos.system']],
      ['\\bMD5\\b', ['MD5(x)', 'a MD5'], ['MD5X', 'xMD5']],
    ]
    for (const [re, yes, no] of cases) {
      const js = new RegExp(asciiRegex(re).replace(/\(\?-u:(\\[wbB])\)/g, '$1'))
      for (const s of yes) expect(js.test(s), `${re} on ${s}`).toBe(true)
      for (const s of no) expect(js.test(s), `${re} on ${s}`).toBe(false)
    }
  })

  it('produces regexes ast-grep accepts, in every rule position', () => {
    const config = asciiConfig({ rule: { kind: 'string', regex: '(?i)\\bpass\\w*', not: { regex: '[^"]\\s' } } })
    const root = parse('JavaScript', 'const p = "PASSword"; f(42)').root()
    expect(root.findAll(config).map((n) => n.text())).toEqual(['"PASSword"'])
    const constrained = asciiConfig({ rule: { pattern: 'f($X)' }, constraints: { X: { regex: '^\\d+$' } } })
    expect(root.findAll(constrained).map((n) => n.text())).toEqual(['f(42)'])
  })
})
