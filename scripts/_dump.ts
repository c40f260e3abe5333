import { parse } from '@ast-grep/napi'
import { ensureLanguagesRegistered } from '/work/main/src/verify/engine/languages.ts'
ensureLanguagesRegistered()
const [lang, code] = [process.argv[2], process.argv[3]]
function dump(n: any, d = 0) { if (!n.isNamed()) return; console.log(' '.repeat(d*2) + n.kind() + (n.children().length ? '' : ' ' + JSON.stringify(n.text()))); for (const c of n.children()) dump(c, d+1) }
dump(parse(lang, code).root())
