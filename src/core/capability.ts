import { z } from 'zod'

/** What a piece of code needs from its host, inferred from the code itself. */
export const CapabilityManifestSchema = z.object({
  fs: z.object({
    read: z.array(z.string()).describe('literal paths read'),
    write: z.array(z.string()).describe('literal paths written'),
    dynamic: z.boolean().describe('some path is computed at run time'),
  }),
  net: z.object({
    hosts: z.array(z.string()).describe('literal hosts contacted'),
    dynamic: z.boolean().describe('some host is computed at run time'),
    listen: z.boolean().describe('opens a listening socket or server'),
  }),
  process: z.object({ spawn: z.boolean(), commands: z.array(z.string()) }),
  env: z.object({ read: z.array(z.string()), dynamic: z.boolean() }),
  dynamicCode: z.boolean(),
  native: z.boolean(),
})
export type CapabilityManifest = z.infer<typeof CapabilityManifestSchema>

export function emptyManifest(): CapabilityManifest {
  return {
    fs: { read: [], write: [], dynamic: false },
    net: { hosts: [], dynamic: false, listen: false },
    process: { spawn: false, commands: [] },
    env: { read: [], dynamic: false },
    dynamicCode: false,
    native: false,
  }
}
