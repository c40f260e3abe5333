import { describe, expect, it } from 'vitest'
import type { LanguageId } from '../../core/properties.js'
import { verifySource } from '../verify.js'
import { DECLARED_ROOT, renderPolicy } from './render.js'

const manifestOf = (language: LanguageId, code: string) => verifySource(code, { language, rules: [] }).capabilities!

describe('inferCapabilities', () => {
  it('lists literal paths, hosts, commands and env vars (python)', () => {
    const m = manifestOf(
      'python',
      'import os, subprocess, requests\nopen("/etc/app.conf").read()\nopen("/var/log/app.log", "a").write("x")\nrequests.get("https://api.example.com/v1")\nsubprocess.run(["git", "pull"])\nos.getenv("HOME")\n',
    )
    expect(m.fs).toEqual({ read: ['/etc/app.conf'], write: ['/var/log/app.log'], dynamic: false })
    expect(m.net.hosts).toEqual(['api.example.com'])
    expect(m.process).toEqual({ spawn: true, commands: ['git'] })
    expect(m.env.read).toEqual(['HOME'])
    expect(m.dynamicCode).toBe(false)
    expect(m.native).toBe(false)
  })

  it('marks computed paths and hosts as dynamic (javascript)', () => {
    const m = manifestOf('javascript', 'const fs = require("fs")\nfunction f(p, u) { fs.readFileSync(p); fetch(u); return process.env.TOKEN }\n')
    expect(m.fs.dynamic).toBe(true)
    expect(m.net.dynamic).toBe(true)
    expect(m.env.read).toEqual(['TOKEN'])
    // require of a constant module name is not dynamic code
    expect(m.dynamicCode).toBe(false)
  })

  it('sees native code declarations (rust extern blocks, java native methods, go cgo)', () => {
    expect(manifestOf('rust', 'extern "C" { fn abs(x: i32) -> i32; }\n').native).toBe(true)
    expect(manifestOf('java', 'class A { native int f(); }\n').native).toBe(true)
    expect(manifestOf('go', 'package main\nimport "C"\n').native).toBe(true)
    expect(manifestOf('go', 'package main\nimport "fmt"\n').native).toBe(false)
  })

  it('sees servers, process spawns and dynamic code in C# and PHP', () => {
    expect(manifestOf('csharp', 'class A { void F() { System.Diagnostics.Process.Start("ls"); } }').process.spawn).toBe(true)
    expect(manifestOf('csharp', 'using System.Diagnostics; class A { void F() { Process.Start("ls"); } }').process).toEqual({ spawn: true, commands: ['ls'] })
    expect(manifestOf('php', '<?php eval($code);').dynamicCode).toBe(true)
  })
})

describe('renderPolicy', () => {
  it('renders node, deno and bubblewrap policy that grants only what is needed', () => {
    const m = manifestOf('python', 'import subprocess, requests\nopen("/data/in.csv").read()\nrequests.get("https://api.example.com/x")\nsubprocess.run(["convert", "a.png"])\n')
    const p = renderPolicy(m)
    expect(p.node).toEqual(['--permission', '--allow-fs-read=/data/in.csv', '--allow-child-process'])
    expect(p.deno).toEqual(['--allow-read=/data/in.csv', '--allow-net=api.example.com', '--allow-run=convert'])
    expect(p.bubblewrap).toContain('--unshare-all')
    expect(p.bubblewrap.join(' ')).toContain('--ro-bind /data/in.csv /data/in.csv')
    expect(p.bubblewrap).toContain('--share-net')
    expect(p.notes.join(' ')).toContain('cannot limit hosts')
  })

  it('denies everything for code that needs nothing', () => {
    const p = renderPolicy(manifestOf('go', 'package main\nfunc add(a, b int) int { return a + b }\n'))
    expect(p.node).toEqual(['--permission'])
    expect(p.deno).toEqual([])
    expect(p.bubblewrap).not.toContain('--share-net')
  })

  it('asks for a declared root when paths are computed', () => {
    const p = renderPolicy(manifestOf('python', 'def f(p):\n    return open(p).read()\n'))
    expect(p.node).toContain(`--allow-fs-read=${DECLARED_ROOT}`)
    expect(p.notes.join(' ')).toContain('computed at run time')
  })
})
