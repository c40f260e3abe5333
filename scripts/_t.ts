import { parse } from '@ast-grep/napi'
const src = 'const a = "é😀"; eval(x)'
const n = parse('JavaScript', src).root().find({rule: {pattern: 'eval($X)'}})!
const r = n.range(); console.log(r, JSON.stringify(src.slice(r.start.index, r.end.index)))
