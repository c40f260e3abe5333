import { readFileSync } from 'node:fs'
import { scanSource } from '../src/verify/engine/engine.js'
import { DataFlow } from '../src/verify/engine/dataflow.js'
import { ALL_RULES } from '../src/verify/rules/index.js'
const [lang, file, id] = process.argv.slice(2)
const src = readFileSync(file!, 'utf8')
const orig = DataFlow.prototype.origin
const rule = ALL_RULES.find((r) => r.id === id)!
let log: string[] = []
DataFlow.prototype.origin = function (this: DataFlow, node: any, o?: any) { const s = performance.now(); try { return orig.call(this, node, o) } finally { log.push(`${(performance.now() - s).toFixed(2)}ms ${node.kind()} ${JSON.stringify(node.text().slice(0, 50))} L${node.range().start.line + 1}`) } } as any
for (let i = 0; i < 3; i++) { log = []; scanSource(src, { language: lang as any, rules: [rule] }) }
console.log(log.join('\n'))
