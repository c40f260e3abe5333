import { readFileSync } from 'node:fs'
import { parse } from '@ast-grep/napi'
import { DataFlow } from '../../engine/dataflow.js'
import { ensureLanguagesRegistered, grammarFor } from '../../engine/languages.js'
import { reachingDefinitions, enclosingFunction } from './_utils/php.js'
ensureLanguagesRegistered()
const src = readFileSync(process.argv[2]!, 'utf8')
const min = (fn: () => void) => { let b = Infinity; for (let i = 0; i < 12; i++) { const t = performance.now(); fn(); b = Math.min(b, performance.now() - t) } return b }
let root = parse(grammarFor('php'), src).root()
console.log('parse', min(() => { root = parse(grammarFor('php'), src).root() }).toFixed(2))
console.log('findAll defs-like kinds', min(() => root.findAll({ rule: { any: [{ kind: 'assignment_expression' }, { kind: 'foreach_statement' }] } })).toFixed(2))
console.log('fileDefs', min(() => { const r = parse(grammarFor('php'), src).root(); const ctx = { language: 'php' as const, source: src, root: r, flow: new DataFlow(r, 'php') }; const v = r.find({ rule: { kind: 'variable_name' } })!; reachingDefinitions(ctx, v) }).toFixed(2))
const nodes = root.findAll({ rule: { kind: 'assignment_expression' } })
console.log('n assignments', nodes.length, 'enclosingFunction all', min(() => { for (const n of nodes) enclosingFunction(n) }).toFixed(2))
console.log('range all', min(() => { for (const n of nodes) n.range() }).toFixed(2))
console.log('field left/right all', min(() => { for (const n of nodes) { n.field('left'); n.field('right') } }).toFixed(2))
console.log('text all', min(() => { for (const n of nodes) { n.text() } }).toFixed(2))
console.log('parent chain', min(() => { for (const n of nodes) { let c = n.parent(); while (c) c = c.parent() } }).toFixed(2))
