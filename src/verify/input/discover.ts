import { lstat, readFile, readdir, realpath, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import ignore, { type Ignore } from 'ignore'

export interface DiscoveredFile {
  path: string
}

export interface DiscoveryProblem {
  path: string
  code: 'INPUT_NOT_FOUND' | 'INPUT_UNREADABLE' | 'INPUT_SYMLINK_LOOP'
  message: string
}

/** Folders never worth verifying: dependencies and VCS data. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn', '__pycache__', '.venv', 'venv', 'target', '.tox'])

/**
 * Expands paths to files: directories recursively, honouring .gitignore files on the way down,
 * following symlinks once (a directory reached twice by its real path is a loop and is skipped).
 */
export async function discoverFiles(paths: readonly string[], accept: (path: string) => boolean): Promise<{ files: DiscoveredFile[]; problems: DiscoveryProblem[] }> {
  const files: DiscoveredFile[] = []
  const problems: DiscoveryProblem[] = []
  const visited = new Set<string>()

  const walk = async (dir: string, display: string, rules: Array<{ base: string; ig: Ignore }>): Promise<void> => {
    let real: string
    try {
      real = await realpath(dir)
    } catch (cause) {
      problems.push({ path: display, code: 'INPUT_UNREADABLE', message: `cannot resolve ${display}: ${(cause as Error).message}` })
      return
    }
    if (visited.has(real)) {
      problems.push({ path: display, code: 'INPUT_SYMLINK_LOOP', message: `${display} leads back to ${real}, which is already being scanned (a symlink loop); skipped.` })
      return
    }
    visited.add(real)
    const gitignore = await readFile(join(dir, '.gitignore'), 'utf8').catch(() => undefined)
    const here = gitignore === undefined ? rules : [...rules, { base: dir, ig: ignore().add(gitignore) }]
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (cause) {
      problems.push({ path: display, code: 'INPUT_UNREADABLE', message: `cannot list ${display}: ${(cause as Error).message}` })
      return
    }
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue
      const full = join(dir, entry.name)
      const shown = display === '.' ? entry.name : join(display, entry.name)
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => undefined)
        if (!target) continue
        isDir = target.isDirectory()
        isFile = target.isFile()
      }
      if (isIgnored(here, full, isDir)) continue
      if (isDir) await walk(full, shown, here)
      else if (isFile && accept(full)) files.push({ path: shown })
    }
  }

  for (const p of paths) {
    const info = await lstat(p).catch(() => undefined)
    if (!info) {
      problems.push({ path: p, code: 'INPUT_NOT_FOUND', message: `${p} does not exist. Check the path, or pass - to read code from standard input.` })
      continue
    }
    const target = info.isSymbolicLink() ? await stat(p).catch(() => undefined) : info
    if (!target) {
      problems.push({ path: p, code: 'INPUT_NOT_FOUND', message: `${p} is a broken symlink.` })
      continue
    }
    if (target.isDirectory()) await walk(resolve(p), p, [])
    else files.push({ path: p })
  }
  return { files, problems }
}

function isIgnored(rules: Array<{ base: string; ig: Ignore }>, full: string, isDir: boolean): boolean {
  for (const { base, ig } of rules) {
    const rel = relative(base, full).split(sep).join('/')
    if (rel && !rel.startsWith('..') && ig.ignores(isDir ? `${rel}/` : rel)) return true
  }
  return false
}
