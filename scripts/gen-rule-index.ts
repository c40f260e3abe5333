/** Writes src/verify/rules/index.ts from the rule folders. A test fails while the index is stale. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { RULES_DIR, renderIndex, ruleFiles } from '../src/verify/rules/rule-index.js'

const files = ruleFiles()
writeFileSync(join(RULES_DIR, 'index.ts'), renderIndex(files))
console.log(`wrote ${files.length} rules to src/verify/rules/index.ts`)
