import { createRequire } from 'node:module'
import { Lang, registerDynamicLanguage, type SgNode } from '@ast-grep/napi'
import type { LanguageId } from '../../core/properties.js'

const require = createRequire(import.meta.url)

/** How securegen parses one language: the ast-grep language name and how to recognise files. */
export interface LanguageSpec {
  id: LanguageId
  /** the name ast-grep knows the grammar by */
  grammar: string
  extensions: readonly string[]
  /** info strings of fenced code blocks and common aliases */
  aliases: readonly string[]
  lineComment: string
  /** grammar package registered at start-up; built-in grammars have none */
  dynamicPackage?: string
}

export const LANGUAGES: Record<LanguageId, LanguageSpec> = {
  c: { id: 'c', grammar: 'c', extensions: ['.c', '.h'], aliases: ['c'], lineComment: '//', dynamicPackage: '@ast-grep/lang-c' },
  cpp: {
    id: 'cpp',
    grammar: 'cpp',
    extensions: ['.cpp', '.cc', '.cxx', '.c++', '.hpp', '.hh', '.hxx', '.h++', '.ipp'],
    aliases: ['cpp', 'c++', 'cxx', 'cc', 'hpp'],
    lineComment: '//',
    dynamicPackage: '@ast-grep/lang-cpp',
  },
  rust: { id: 'rust', grammar: 'rust', extensions: ['.rs'], aliases: ['rust', 'rs'], lineComment: '//', dynamicPackage: '@ast-grep/lang-rust' },
  go: { id: 'go', grammar: 'go', extensions: ['.go'], aliases: ['go', 'golang'], lineComment: '//', dynamicPackage: '@ast-grep/lang-go' },
  java: { id: 'java', grammar: 'java', extensions: ['.java'], aliases: ['java'], lineComment: '//', dynamicPackage: '@ast-grep/lang-java' },
  python: {
    id: 'python',
    grammar: 'python',
    extensions: ['.py', '.pyw', '.pyi'],
    aliases: ['python', 'py', 'python3', 'py3'],
    lineComment: '#',
    dynamicPackage: '@ast-grep/lang-python',
  },
  javascript: {
    id: 'javascript',
    grammar: Lang.JavaScript,
    extensions: ['.js', '.mjs', '.cjs', '.jsx'],
    aliases: ['javascript', 'js', 'jsx', 'node', 'mjs', 'cjs'],
    lineComment: '//',
  },
  typescript: {
    id: 'typescript',
    grammar: Lang.TypeScript,
    extensions: ['.ts', '.mts', '.cts', '.tsx'],
    aliases: ['typescript', 'ts', 'tsx', 'mts', 'cts'],
    lineComment: '//',
  },
  csharp: {
    id: 'csharp',
    grammar: 'csharp',
    extensions: ['.cs'],
    aliases: ['csharp', 'cs', 'c#'],
    lineComment: '//',
    dynamicPackage: '@ast-grep/lang-csharp',
  },
  php: { id: 'php', grammar: 'php', extensions: ['.php', '.phtml', '.php8'], aliases: ['php'], lineComment: '//', dynamicPackage: '@ast-grep/lang-php' },
}

let registered = false

/** Registers the tree-sitter grammars that ast-grep loads at run time. Idempotent. */
export function ensureLanguagesRegistered(): void {
  if (registered) return
  const modules: Record<string, Parameters<typeof registerDynamicLanguage>[0][string]> = {}
  for (const spec of Object.values(LANGUAGES)) {
    if (spec.dynamicPackage) modules[spec.grammar] = require(spec.dynamicPackage)
  }
  registerDynamicLanguage(modules)
  registered = true
}

/** The grammar to parse a file with: TSX files need the TSX grammar. */
export function grammarFor(language: LanguageId, path?: string): string {
  if (language === 'typescript' && path?.toLowerCase().endsWith('.tsx')) return Lang.Tsx
  if (language === 'javascript' && path?.toLowerCase().endsWith('.jsx')) return Lang.Tsx
  return LANGUAGES[language].grammar
}

const BY_EXTENSION = new Map<string, LanguageId>()
const BY_ALIAS = new Map<string, LanguageId>()
for (const spec of Object.values(LANGUAGES)) {
  for (const ext of spec.extensions) BY_EXTENSION.set(ext, spec.id)
  for (const alias of spec.aliases) BY_ALIAS.set(alias, spec.id)
}

/** Language of a path from its extension, or undefined when securegen does not know it. */
export function languageFromPath(path: string): LanguageId | undefined {
  const lower = path.toLowerCase()
  const dot = lower.lastIndexOf('.')
  if (dot < 0 || dot < lower.lastIndexOf('/')) return undefined
  return BY_EXTENSION.get(lower.slice(dot))
}

/** Language named by a fenced block's info string (```py title=x) or an alias given by the user. */
export function languageFromName(name: string): LanguageId | undefined {
  const first = name.trim().split(/[\s{,]/)[0]?.toLowerCase() ?? ''
  return BY_ALIAS.get(first) ?? BY_ALIAS.get(first.replace(/^\./, ''))
}

const kindCache = new Map<string, string[]>()

/**
 * The subset of `kinds` that the grammar of `root` defines. A rule naming a kind its grammar
 * lacks is rejected by ast-grep, so shared code asks here first; the answer is cached.
 */
export function kindsOf(root: SgNode, grammar: string, kinds: Iterable<unknown>): string[] {
  const key = `${grammar}\0${[...kinds].join(',')}`
  const cached = kindCache.get(key)
  if (cached) return cached
  const valid = [...kinds].map(String).filter((kind) => {
    try {
      root.find({ rule: { kind } })
      return true
    } catch {
      return false
    }
  })
  kindCache.set(key, valid)
  return valid
}
