/** Prints the tree-sitter tree of a snippet: `npx tsx scripts/dump-tree.ts <language> '<code>'`. For writing rules. */
import { parse, type SgNode } from '@ast-grep/napi'
import { ensureLanguagesRegistered, grammarFor } from '../src/verify/engine/languages.js'
import { LanguageSchema } from '../src/core/properties.js'

ensureLanguagesRegistered()
const [lang = '', code = ''] = process.argv.slice(2)
const grammar = LanguageSchema.safeParse(lang).success ? grammarFor(LanguageSchema.parse(lang)) : lang
function dump(n: SgNode, depth = 0): void {
  if (!n.isNamed()) return
  const leaf = n.children().length === 0
  console.log(`${'  '.repeat(depth)}${String(n.kind())}${leaf ? ` ${JSON.stringify(n.text())}` : ''}`)
  for (const c of n.children()) dump(c, depth + 1)
}
dump(parse(grammar, code).root())
