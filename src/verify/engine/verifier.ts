import { createRequire } from 'node:module'
import type { Verifier } from '../../core/finding.js'

const require = createRequire(import.meta.url)
const pkg = require('../../../package.json') as { version: string }
const astGrep = require('@ast-grep/napi/package.json') as { version: string }

/** The securegen version, from package.json. */
export const SECUREGEN_VERSION = pkg.version

/** The structural rule engine as it appears in provenance: our rules on ast-grep's tree-sitter parsers. */
export const VERIFIER: Verifier = { name: 'securegen-rules', version: `${pkg.version}+ast-grep.${astGrep.version}` }
