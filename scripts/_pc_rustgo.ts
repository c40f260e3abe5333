import { scanSource } from '../src/verify/engine/engine.js'
console.log(JSON.stringify(scanSource(process.argv[3], { language: process.argv[2] as any, rules: [] }).syntaxErrors))
