import { parse } from '@ast-grep/napi'
import { ensureLanguagesRegistered } from '/work/main/src/verify/engine/languages.ts'
ensureLanguagesRegistered()
const [lang, code, rule] = [process.argv[2], process.argv[3], process.argv[4]]
const root = parse(lang, code).root()
for (const m of root.findAll(JSON.parse(rule))) console.log(m.kind(), JSON.stringify(m.text()), m.range().start.line + 1, Object.fromEntries(['A','B','C','F','P','X','R'].map(k=>[k, m.getMatch(k)?.text()]).filter(([,v])=>v)))
