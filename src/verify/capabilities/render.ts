import type { CapabilityManifest } from '../../core/capability.js'

/** Placeholder for a root the operator must declare: the code computes its paths at run time. */
export const DECLARED_ROOT = '<declared-root>'

export interface RuntimePolicy {
  /** `node --permission …` (Node 22+; Node 20 spells the first flag `--experimental-permission`) */
  node: string[]
  /** `deno run …` permission flags; an absent flag is a denial */
  deno: string[]
  /** arguments for `bwrap … -- <program>` */
  bubblewrap: string[]
  /** what these runtimes cannot enforce for this manifest */
  notes: string[]
}

const BWRAP_BASE = [
  '--unshare-all',
  '--die-with-parent',
  '--new-session',
  '--cap-drop',
  'ALL',
  '--ro-bind',
  '/usr',
  '/usr',
  '--symlink',
  'usr/lib',
  '/lib',
  '--symlink',
  'usr/lib64',
  '/lib64',
  '--symlink',
  'usr/bin',
  '/bin',
  '--proc',
  '/proc',
  '--dev',
  '/dev',
  '--tmpfs',
  '/tmp',
]

/** Renders a capability manifest as enforceable runtime policy for Node, Deno and bubblewrap. */
export function renderPolicy(manifest: CapabilityManifest): RuntimePolicy {
  const notes: string[] = []
  const reads = [...manifest.fs.read]
  const writes = [...manifest.fs.write]
  if (manifest.fs.dynamic) {
    reads.push(DECLARED_ROOT)
    notes.push(`some file paths are computed at run time: replace ${DECLARED_ROOT} with the one directory the code may use`)
  }

  const node = ['--permission']
  for (const p of reads) node.push(`--allow-fs-read=${p}`)
  for (const p of writes) node.push(`--allow-fs-write=${p}`)
  if (manifest.process.spawn) node.push('--allow-child-process')
  if (manifest.native) node.push('--allow-addons')
  if (manifest.net.hosts.length || manifest.net.dynamic || manifest.net.listen) notes.push("Node's permission model does not restrict the network: enforce hosts with Deno or a network namespace")

  const deno: string[] = []
  if (reads.length) deno.push(`--allow-read=${reads.join(',')}`)
  if (writes.length) deno.push(`--allow-write=${writes.join(',')}`)
  if (manifest.net.dynamic) deno.push('--allow-net')
  else if (manifest.net.hosts.length) deno.push(`--allow-net=${manifest.net.hosts.join(',')}`)
  if (manifest.net.listen && !manifest.net.dynamic && !manifest.net.hosts.length) deno.push('--allow-net=0.0.0.0')
  if (manifest.process.spawn) deno.push(manifest.process.commands.length ? `--allow-run=${manifest.process.commands.join(',')}` : '--allow-run')
  if (manifest.env.dynamic) deno.push('--allow-env')
  else if (manifest.env.read.length) deno.push(`--allow-env=${manifest.env.read.join(',')}`)
  if (manifest.native) deno.push('--allow-ffi')
  if (manifest.net.dynamic) notes.push('some hosts are computed at run time: list the hosts the code may reach instead of a bare --allow-net')

  const bubblewrap = [...BWRAP_BASE]
  for (const p of manifest.fs.read) if (p.startsWith('/')) bubblewrap.push('--ro-bind', p, p)
  for (const p of manifest.fs.write) if (p.startsWith('/')) bubblewrap.push('--bind', p, p)
  if (manifest.fs.dynamic) bubblewrap.push('--bind', DECLARED_ROOT, DECLARED_ROOT)
  if (manifest.net.hosts.length || manifest.net.dynamic || manifest.net.listen) {
    bubblewrap.push('--share-net')
    notes.push('bubblewrap shares the whole network or none: it cannot limit hosts')
  }
  if ([...manifest.fs.read, ...manifest.fs.write].some((p) => !p.startsWith('/'))) notes.push('relative paths resolve against the working directory: bind it explicitly for bubblewrap')
  return { node, deno, bubblewrap, notes }
}
