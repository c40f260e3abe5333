/**
 * Splits the labelled corpus into halves by a hash of each file's name, so nobody chooses which
 * file is held out: corpus/<lang>/<file> moves to corpus/<lang>/tuning/ or corpus/<lang>/heldout/.
 * Idempotent: files already in a half stay where they are.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs'
import { join } from 'node:path'

const CORPUS = new URL('../corpus/', import.meta.url).pathname

export function halfOf(language: string, file: string): 'tuning' | 'heldout' {
  const byte = createHash('sha256').update(`${language}/${file}`).digest()[0]!
  return byte % 2 === 0 ? 'tuning' : 'heldout'
}

// Languages to split; all by default. A language whose files are still being written is left alone.
const only = process.argv.slice(2)
let moved = 0
for (const language of readdirSync(CORPUS)) {
  if (only.length && !only.includes(language)) continue
  const dir = join(CORPUS, language)
  if (!statSync(dir).isDirectory()) continue
  for (const file of readdirSync(dir)) {
    const full = join(dir, file)
    if (!statSync(full).isFile()) continue
    const half = halfOf(language, file)
    mkdirSync(join(dir, half), { recursive: true })
    renameSync(full, join(dir, half, file))
    moved += 1
  }
}
console.log(`moved ${moved} files into tuning/ and heldout/`)
