import { parse } from '@ast-grep/napi'
import { DataFlow } from '../src/verify/engine/dataflow.js'
import { ensureLanguagesRegistered } from '../src/verify/engine/languages.js'
ensureLanguagesRegistered()
const [lang, code, sel] = process.argv.slice(2)
const root = parse(lang, code).root()
const flow = new DataFlow(root, lang as any)
for (const n of root.findAll({ rule: { kind: sel } })) console.log(n.text(), JSON.stringify(flow.origin(n)))
