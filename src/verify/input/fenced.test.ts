import { describe, expect, it } from 'vitest'
import { languageFromName, languageFromPath } from '../engine/languages.js'
import { fencedBlocks } from './fenced.js'

describe('fencedBlocks', () => {
  it('finds fenced blocks with their info string and first code line', () => {
    const md = '# Answer\n\n```python title="app.py"\nprint(1)\n```\n\ntext\n\n~~~js\nconsole.log(1)\n~~~\n'
    expect(fencedBlocks(md)).toEqual([
      { info: 'python', code: 'print(1)', firstLine: 4 },
      { info: 'js', code: 'console.log(1)', firstLine: 10 },
    ])
  })

  it('ignores fences inside inline code and returns nothing for prose', () => {
    expect(fencedBlocks('Use `eval` never.\n')).toEqual([])
  })
})

describe('language detection', () => {
  it('from extensions', () => {
    expect(languageFromPath('a/b/main.rs')).toBe('rust')
    expect(languageFromPath('x.HPP')).toBe('cpp')
    expect(languageFromPath('view.tsx')).toBe('typescript')
    expect(languageFromPath('Makefile')).toBeUndefined()
    expect(languageFromPath('dir.d/file')).toBeUndefined()
  })

  it('from fence info strings and aliases', () => {
    expect(languageFromName('py3')).toBe('python')
    expect(languageFromName('c++ {.numberLines}')).toBe('cpp')
    expect(languageFromName('golang')).toBe('go')
    expect(languageFromName('bash')).toBeUndefined()
  })
})
