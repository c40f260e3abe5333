import { parse } from '@ast-grep/napi'
import { ensureLanguagesRegistered, grammarFor } from '../../engine/languages.js'
ensureLanguagesRegistered()
const code = process.argv[2]!
const root = parse(grammarFor('php'), code).root()
const fields = ['function','arguments','object','name','scope','left','right','operator','condition','body','alternative','value','type','key','default_value','return_type','parameters']
function walk(n: any, d = 0) {
  if (!n.isNamed()) return
  const fs = fields.map(f => { const x = n.field(f); return x ? `${f}=${x.kind()}` : '' }).filter(Boolean).join(' ')
  console.log('  '.repeat(d) + n.kind() + (fs ? '  [' + fs + ']' : '') + (n.children().length===0 ? ' ' + JSON.stringify(n.text()) : ''))
  for (const c of n.children()) walk(c, d+1)
}
walk(root)
